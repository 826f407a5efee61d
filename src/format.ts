/** Number formatting for the screen (the engine's numbers are exact; only display rounds). */

/** Fixed decimals with a real minus sign (−0.123). */
export function fmt(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return String(x);
  const s = x.toFixed(digits);
  const z = Number(s) === 0 ? (0).toFixed(digits) : s;
  return z.replace('-', '−');
}

/** Percentage with one decimal: 0.4123 → "41.2%". */
export function pct(p: number): string {
  return `${(p * 100).toFixed(1)}%`;
}

/** Compact scientific for tiny/huge magnitudes, fixed otherwise. */
export function fmtAuto(x: number, digits = 3): string {
  const a = Math.abs(x);
  if (a !== 0 && (a < 1e-3 || a >= 1e4)) return x.toExponential(2).replace('-', '−');
  return fmt(x, digits);
}

export function norm(v: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < v.length; k++) s += v[k] * v[k];
  return Math.sqrt(s);
}

/**
 * Label text shared by the charts: vocabulary characters made visible, and cell values with a real minus
 * sign.
 */

/** Vocabulary characters as labels: blanks and control characters made visible (␣ space, ↵ newline, ⇥ tab). */
export function charLabel(ch: string): string {
  if (ch === ' ') return '␣';
  if (ch === '\n') return '↵';
  if (ch === '\t') return '⇥';
  return ch;
}

/** Short value text for a cell, with a real minus sign (no "−0.00"). */
export function cellValueText(v: number, digits = 2): string {
  if (!Number.isFinite(v)) return String(v);
  const s = v.toFixed(digits);
  return (Number(s) === 0 ? (0).toFixed(digits) : s).replace('-', '−');
}

/** How the heatmap prints values in its cells (pure): decimals that fit, and a power of ten for tiny values. */
import { superscript } from '../svg';
import { safeMaxAbs } from './scale';

/**
 * Decimals wanted for the values printed in a matrix's cells: two significant digits for the largest
 * value of a small matrix (0.5 → 3 decimals, 0.004 → 4), 2 for values ≥ 1, 1 for values ≥ 10 (at most 5).
 */
export function valueDigits(maxAbs: number): number {
  if (maxAbs >= 10) return 1;
  if (maxAbs >= 1) return 2;
  return Math.min(5, Math.max(3, 1 - Math.floor(Math.log10(maxAbs))));
}

/** Digit width as a fraction of the font size (tabular figures of common sans fonts), for fitting text. */
const DIGIT_EM = 0.62;

/**
 * Decimals that fit a cell of cellPx at font px for values up to maxAbs ("−0.123": sign, integer
 * digits, point, decimals), at most valueDigits(maxAbs); null when none fits or when the largest value
 * would print as zero (an all-zero matrix prints zeros).
 */
export function fitDigits(cellPx: number, font: number, maxAbs: number): number | null {
  const m = safeMaxAbs(maxAbs);
  const intDigits = Math.max(1, Math.floor(Math.log10(Math.max(1, m))) + 1);
  for (let d = valueDigits(m); d >= 1; d--) {
    if ((intDigits + d + 2) * DIGIT_EM * font + 4 > cellPx) continue;
    return m >= 10 ** -d ? d : null;
  }
  return null;
}

/** "×10⁻³" for exp = −3. */
export function powerLabel(exp: number): string {
  return `×10${superscript(exp)}`;
}

/**
 * How to print a matrix's values in cells of cellPx: plain decimals when the largest value keeps two
 * significant digits, else (a tiny ΔW) in units of 10^exp — values ÷ 10^exp, with "×10^exp" shown;
 * null when nothing fits.
 */
export function valuePlan(
  cellPx: number,
  font: number,
  maxAbs: number,
): { digits: number; exp: number } | null {
  const plain = fitDigits(cellPx, font, maxAbs);
  const finite = maxAbs > 0 && Number.isFinite(maxAbs);
  if (!finite || (plain !== null && maxAbs >= 10 ** (1 - plain))) {
    return plain === null ? null : { digits: plain, exp: 0 };
  }
  const exp = Math.floor(Math.log10(maxAbs));
  const digits = fitDigits(cellPx, font, maxAbs / 10 ** exp);
  return digits === null ? null : { digits, exp };
}

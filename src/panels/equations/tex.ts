/**
 * Small TeX builders for the equations panel: numbers, vectors and matrices as KaTeX source.
 * Pure string functions (no DOM), so the substituted equations can be unit-tested as text.
 */

/** Above this many rows or columns a vector or matrix is drawn as a heatmap instead of typeset. */
export const TYPESET_MAX = 8;

/** Words that appear inside the equations, already translated (e.g. \text{target}). */
export interface TexWords {
  input: string;
  target: string;
  future: string;
}

/** A vector or matrix too large to typeset, shown as a small heatmap (row-major values). */
export interface Grid {
  /** TeX of its symbol, e.g. "a_t" or "W_{hh}". */
  label: string;
  /** Plain-text name for hover text and the accessible label, e.g. "a_t". */
  name: string;
  rows: number;
  cols: number;
  values: ArrayLike<number>;
  /** Names of the columns when they are characters (scores and probabilities over the vocabulary). */
  colNames?: readonly string[];
}

/** What goes below the active equation: the numbers substituted (TeX) and/or heatmaps. */
export interface Substitution {
  tex: string | null;
  grids: Grid[];
}

export const EMPTY: Substitution = { tex: null, grids: [] };

/** A number with 3 decimals (KaTeX draws "-" as a real minus sign); −0.000 becomes 0.000. */
export function num(x: number, digits = 3): string {
  if (Number.isNaN(x)) return '\\text{NaN}';
  if (!Number.isFinite(x)) return x > 0 ? '\\infty' : '-\\infty';
  const s = x.toFixed(digits);
  return Number(s) === 0 ? (0).toFixed(digits) : s;
}

/** A column vector [v_0; v_1; …] as a bmatrix. */
export function colVec(v: ArrayLike<number>): string {
  return `\\begin{bmatrix}${Array.from(v, (x) => num(x)).join('\\\\')}\\end{bmatrix}`;
}

/** A row vector [v_0 v_1 …] as a bmatrix. */
export function rowVec(v: ArrayLike<number>): string {
  return `\\begin{bmatrix}${Array.from(v, (x) => num(x)).join('&')}\\end{bmatrix}`;
}

/** A rows×cols matrix from flat row-major data. */
export function mat(data: ArrayLike<number>, rows: number, cols: number): string {
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < cols; c++) cells.push(num(data[r * cols + c]));
    lines.push(cells.join('&'));
  }
  return `\\begin{bmatrix}${lines.join('\\\\')}\\end{bmatrix}`;
}

/** The transpose of a rows×cols row-major matrix, typeset (cols×rows). */
export function matT(data: ArrayLike<number>, rows: number, cols: number): string {
  const t = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) t[c * rows + r] = data[r * cols + c];
  return mat(t, cols, rows);
}

/** Column k of a rows×cols row-major matrix. */
export function column(data: ArrayLike<number>, rows: number, cols: number, k: number): Float64Array {
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) out[r] = data[r * cols + k];
  return out;
}

/** The one-hot column vector with a 1 at index k (length n). */
export function oneHot(n: number, k: number): Float64Array {
  const v = new Float64Array(n);
  if (k >= 0 && k < n) v[k] = 1;
  return v;
}

/** A one-hot vector typeset with integer entries. */
export function oneHotVec(n: number, k: number | null): string {
  const cells = Array.from({ length: n }, (_, i) => (i === k ? '1' : '0'));
  return `\\begin{bmatrix}${cells.join('\\\\')}\\end{bmatrix}`;
}

const TEXT_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  '%': '\\%',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/**
 * Combining marks, math symbols and the blocks of letterlike, technical and bracket symbols: KaTeX knows
 * many of them only in math mode (∑, ℋ, ⟦, a lone combining accent) and fails on them inside \text{…},
 * so they are written as {\char"HEX}, which typesets the same glyph (∅ is fine as it is).
 */
const TEXT_UNSAFE =
  /[\p{M}\p{Sm}\u203c\u2100-\u214f\u21a4\u2300-\u23ff\u27c0-\u27ef\u2980-\u2aff]|[\u{1d400}-\u{1d7ff}]/u;

/** Plain text made safe for \text{…}. */
export function escapeText(s: string): string {
  let out = '';
  for (const c of s) {
    const cp = c.codePointAt(0) ?? 0;
    if (c in TEXT_ESCAPES) out += TEXT_ESCAPES[c];
    else if (cp > 0x7e && c !== '∅' && TEXT_UNSAFE.test(c))
      out += `{\\char"${cp.toString(16).toUpperCase()}}`;
    else out += c;
  }
  return out;
}

/** How a vocabulary character is shown: space and line breaks get visible symbols. */
export function showChar(ch: string): string {
  if (ch === ' ') return '␣';
  if (ch === '\n') return '↵';
  if (ch === '\t') return '⇥';
  return ch;
}

/** A vocabulary character in quotes, as TeX text: ‘h’. */
export function charTex(ch: string): string {
  return `\\text{‘${escapeText(showChar(ch))}’}`;
}

/** Lines joined into an aligned block (each line should contain one "&"). */
export function aligned(lines: string[]): string {
  return lines.length === 1
    ? lines[0].replace('&', '')
    : `\\begin{aligned}${lines.join('\\\\[0.4em]')}\\end{aligned}`;
}

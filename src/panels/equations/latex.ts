/**
 * The equations of a moment as a LaTeX document that compiles with plain amsmath (pdflatex, no other
 * package): the block's rows in a gather*, then the active row with the numbers substituted. The TeX is
 * the same the panel typesets with KaTeX, made pdflatex-safe: the words inside \text are English
 * (Hangul needs a CJK package), quotes become LaTeX quotes, the visible-space symbol the word space, any other
 * non-ASCII character is written as its code point.
 */
import type { Activation } from '../../engine/model';
import type { OptimizerKind } from '../../engine/optim';
import type { Moment } from '../../store/cursor';
import type { Pass } from '../../store/lesson';
import { activeRowId, blockOf, blockRows, substitution } from './block';
import type { TexWords } from './tex';

export const LATEX_WORDS: TexWords = { input: 'input', target: 'target', future: 'future' };

const ASCII_FOR: Record<string, string> = {
  '‘': '`',
  '’': "'",
  '␣': 'space',
  '↵': '\\textbackslash{}n',
  '⇥': '\\textbackslash{}t',
  '−': '-',
};

/** KaTeX-friendly TeX → TeX pdflatex reads without extra packages (ASCII only). */
export function pdflatexSafe(tex: string): string {
  return [...tex]
    .map((ch) => {
      if (ch.charCodeAt(0) < 128) return ch;
      const code = (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
      return ASCII_FOR[ch] ?? `\\textsf{U+${code}}`;
    })
    .join('');
}

/** A comment line: '%' and line breaks kept out, non-ASCII allowed (comments are not typeset). */
const comment = (s: string) => `% ${s.replace(/[\r\n]+/g, ' ')}`;

export interface LatexInput {
  moment: Moment;
  pass: Pass;
  next: Pass | null;
  activation: Activation;
  optimizer: OptimizerKind;
  /** Words for the caption comment: what the figure caption says (cell, text, moment). */
  caption: string;
  /** "With the numbers of t = 2:" in English (it is typeset). */
  numbersLine: string;
}

export interface LatexDoc {
  /** The whole document. */
  text: string;
  /** The math parts as they are typeset (for a KaTeX check): the gather* body and the substitution. */
  math: { rows: string[]; substituted: string | null };
}

export function latexDocument(x: LatexInput): LatexDoc {
  const { cell } = x.pass.trace.model;
  const kind = blockOf(x.moment);
  const active = activeRowId(x.moment);
  const rows = blockRows(kind, cell, x.activation, x.optimizer, LATEX_WORDS);
  const sub = substitution(x.moment, x.pass, x.next, x.activation);
  const math = {
    rows: rows.map((r) => pdflatexSafe(r.tex)),
    substituted: sub.tex ? pdflatexSafe(sub.tex) : null,
  };
  const lines = [
    comment(`Unrolled: ${x.caption}`),
    comment('Compiles with pdflatex and amsmath only.'),
    '\\documentclass{article}',
    '\\usepackage{amsmath}',
    '\\begin{document}',
    '\\begin{gather*}',
    rows
      .map((r, i) => (r.id === active ? `${comment('this moment')}\n${math.rows[i]}` : math.rows[i]))
      .join(' \\\\\n'),
    '\\end{gather*}',
  ];
  if (math.substituted) {
    lines.push(
      `\\noindent ${pdflatexSafe(x.numbersLine)}`,
      '\\begin{equation*}',
      math.substituted,
      '\\end{equation*}',
    );
  }
  for (const g of sub.grids)
    lines.push(comment(`${g.name} (${g.rows} x ${g.cols}) is shown as a heatmap on screen.`));
  lines.push('\\end{document}', '');
  return { text: lines.join('\n'), math };
}

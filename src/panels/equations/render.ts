/**
 * KaTeX rendering for the panel. The static rows of a block are typeset once per
 * (block, cell, activation, optimiser, language) and kept; substituted numbers are typeset per moment.
 */
import katex from 'katex';
import type { Activation, CellType } from '../../engine/model';
import type { OptimizerKind } from '../../engine/optim';
import { type BlockKind, blockRows } from './block';
import type { TexWords } from './tex';

/** TeX → HTML (with MathML for screen readers); errors are drawn in red instead of thrown. */
export function renderTex(tex: string, display = true): string {
  return katex.renderToString(tex, { throwOnError: false, displayMode: display, strict: false });
}

/**
 * TeX → HTML only (no MathML, hidden from assistive tech), for a symbol whose name is already given in
 * plain text nearby (a heatmap's label: its picture's accessible name starts with the same name). Half
 * the nodes of renderTex, which matters for what is typeset again on every cursor step.
 */
export function renderTexVisual(tex: string, display = false): string {
  return katex.renderToString(tex, {
    throwOnError: false,
    displayMode: display,
    strict: false,
    output: 'html',
  });
}

/** TeX → MathML only (KaTeX's copy for screen readers, with the TeX as its annotation), display style. */
export function renderTexSpeech(tex: string): string {
  return katex.renderToString(tex, {
    throwOnError: false,
    displayMode: true,
    strict: false,
    output: 'mathml',
  });
}

export interface RenderedRow {
  id: string;
  html: string;
}

const cache = new Map<string, RenderedRow[]>();

/** The typeset rows of a block, memoised on everything they depend on. */
export function renderedBlock(
  kind: BlockKind,
  cell: CellType,
  act: Activation,
  opt: OptimizerKind,
  lang: string,
  words: TexWords,
): RenderedRow[] {
  const key = [kind, cell, act, opt, lang].join('|');
  let rows = cache.get(key);
  if (!rows) {
    rows = blockRows(kind, cell, act, opt, words).map((r) => ({ id: r.id, html: renderTex(r.tex) }));
    cache.set(key, rows);
  }
  return rows;
}

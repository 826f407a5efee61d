/** The names of quantities as the app writes them: h₂[1] (subscript step, 1-based unit), y₂[e], dWhh[1,2]. */
import { type Block, blockName, type Model } from '../model';
import type { Quantity } from './types';

const SUB = '₀₁₂₃₄₅₆₇₈₉';

/** 12 → "₁₂". */
export function subDigits(n: number): string {
  return String(n).replace(/\d/g, (d) => SUB[Number(d)]);
}

/** A character of the vocabulary as the app shows it (␣ for a space, ↵ for a newline). */
export function showChar(ch: string): string {
  if (ch === ' ') return '␣';
  if (ch === '\n') return '↵';
  if (ch === '\t') return '⇥';
  return ch;
}

/** The symbol of a block's value: a (rnn pre-activation), h (rnn value), f i o g z r. */
function actSymbol(block: Block): string {
  return block === '' ? 'h' : block;
}
function preSymbol(block: Block): string {
  return block === '' ? 'a' : `a_${block}`;
}

/** Row and column names of weight `name` at flat index. */
export function weightEntry(model: Model, name: string, index: number): { row: string; col: string | null } {
  const H = model.hiddenSize;
  const V = model.vocab.length;
  const unit = (j: number) => String(j + 1);
  const ch = (v: number) => showChar(model.vocab[v]);
  if (name === 'by') return { row: ch(index), col: null };
  if (name.startsWith('bh')) return { row: unit(index), col: null };
  if (name === 'Why') return { row: ch(Math.floor(index / H)), col: unit(index % H) };
  const cols = name.startsWith('Wxh') ? V : H;
  const c = index % cols;
  return { row: unit(Math.floor(index / cols)), col: name.startsWith('Wxh') ? ch(c) : unit(c) };
}

/** "Whh[1,2]", "bh_f[3]", "by[e]". */
export function weightName(model: Model, name: string, index: number): string {
  const { row, col } = weightEntry(model, name, index);
  return col === null ? `${name}[${row}]` : `${name}[${row},${col}]`;
}

/** The weight of block `blk` with base Wxh/Whh/bh (re-exported for the explainers). */
export const wName = blockName;

/** The name of a quantity, e.g. "h₂[1]", "p₃[e]", "L₂", "dWhh[1,2]", "ΔWhy[e,1]". */
export function quantityName(model: Model, q: Quantity): string {
  const ch = (k: number) => showChar(model.vocab[k]);
  switch (q.kind) {
    case 'h':
    case 'c':
      return `${q.kind}${subDigits(q.t)}[${q.j + 1}]`;
    case 'pre':
      return `${preSymbol(q.block)}${subDigits(q.t)}[${q.j + 1}]`;
    case 'act':
      return `${actSymbol(q.block)}${subDigits(q.t)}[${q.j + 1}]`;
    case 'y':
    case 'p':
    case 'dy':
      return `${q.kind}${subDigits(q.t)}[${ch(q.k)}]`;
    case 'loss':
      return `L${subDigits(q.t)}`;
    case 'dh':
    case 'dc':
      return `${q.kind}${subDigits(q.t)}[${q.j + 1}]`;
    case 'dhOut':
      return `(Whyᵀdy${subDigits(q.t)})[${q.j + 1}]`;
    case 'dhFuture':
      return `dh${subDigits(q.t)}^future[${q.j + 1}]`;
    case 'dcFuture':
      return `dc${subDigits(q.t)}^future[${q.j + 1}]`;
    case 'dact':
      return `d${actSymbol(q.block)}${subDigits(q.t)}[${q.j + 1}]`;
    case 'deriv':
      return `${q.block === '' ? 'act′' : q.block === 'g' ? 'tanh′' : 'σ′'}(${preSymbol(q.block)}${subDigits(q.t)}[${q.j + 1}])`;
    case 'dpre':
      return `d${preSymbol(q.block)}${subDigits(q.t)}[${q.j + 1}]`;
    case 'dW':
      return `d${weightName(model, q.name, q.index)}`;
    case 'delta':
      return `Δ${weightName(model, q.name, q.index)}`;
  }
}

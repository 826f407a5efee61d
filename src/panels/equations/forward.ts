/**
 * Forward equations of each cell in the lecture's notation, and the same equations with the numbers of
 * one step of the trace substituted. Pure TeX strings; vectors longer than TYPESET_MAX become heatmaps.
 */

import type { Activation, Block, CellType } from '../../engine/model';
import { blockName } from '../../engine/model';
import { charAt } from '../../engine/text';
import { asCell, blockOf, type ForwardStep, type Trace } from '../../engine/trace';
import type { ForwardSub } from '../../store/cursor';
import {
  aligned,
  charTex,
  column,
  colVec,
  type Grid,
  mat,
  num,
  oneHotVec,
  type Substitution,
  type TexWords,
  TYPESET_MAX,
} from './tex';

export type ForwardRowId = ForwardSub | 'total';

export interface EqRow<Id extends string = string> {
  id: Id;
  tex: string;
}

/** The activation's name as an operator: tanh, σ, ReLU, leaky ReLU, ELU, linear. */
export const ACT_TEX: Record<Activation, string> = {
  tanh: '\\tanh',
  sigmoid: '\\sigma',
  relu: '\\operatorname{ReLU}',
  leaky_relu: '\\operatorname{leakyReLU}',
  elu: '\\operatorname{ELU}',
  linear: '\\operatorname{linear}',
};

/** W_{xh_f}, b_{h_f} …: a block's weight symbol; W_{xh} for the vanilla RNN. */
function w(base: 'xh' | 'hh', blk: Block): string {
  return blk === '' ? `W_{${base}}` : `W_{${base}_${blk}}`;
}
function b(blk: Block): string {
  return blk === '' ? 'b_h' : `b_{h_${blk}}`;
}

/** Wxh x_t + Whh h_{t−1} + b (GRU candidate: Whh_g (r_t ⊙ h_{t−1})). */
function affine(blk: Block, hIn = 'h_{t-1}'): string {
  return `${w('xh', blk)}\\,x_t + ${w('hh', blk)}\\,${hIn} + ${b(blk)}`;
}

const OUTPUT_ROWS = (words: TexWords): EqRow<ForwardRowId>[] => [
  { id: 'y', tex: 'y_t = W_{hy}\\,h_t + b_y' },
  { id: 'p', tex: 'p_t = \\operatorname{softmax}(y_t)' },
  { id: 'loss', tex: `L_t = -\\ln p_t[\\text{${words.target}}_t]` },
  { id: 'total', tex: 'L = \\sum_{t=1}^{T} L_t' },
];

/** The forward block of a cell: one row per forward sub-step, then the total loss. */
export function forwardRows(cell: CellType, act: Activation, words: TexWords): EqRow<ForwardRowId>[] {
  const gate = (g: Block, fn: string, hIn?: string): EqRow<ForwardRowId> => ({
    id: g as ForwardSub,
    tex: `${g}_t = ${fn}(${affine(g, hIn)})`,
  });
  let cellRows: EqRow<ForwardRowId>[];
  if (cell === 'lstm') {
    cellRows = [
      gate('f', '\\sigma'),
      gate('i', '\\sigma'),
      gate('o', '\\sigma'),
      gate('g', '\\tanh'),
      { id: 'c', tex: 'c_t = f_t \\odot c_{t-1} + i_t \\odot g_t' },
      { id: 'h', tex: 'h_t = o_t \\odot \\tanh(c_t)' },
    ];
  } else if (cell === 'gru') {
    cellRows = [
      gate('z', '\\sigma'),
      gate('r', '\\sigma'),
      gate('g', '\\tanh', '(r_t \\odot h_{t-1})'),
      { id: 'h', tex: 'h_t = z_t \\odot h_{t-1} + (1 - z_t) \\odot g_t' },
    ];
  } else {
    const h = act === 'linear' ? `${ACT_TEX.linear}(a_t) = a_t` : `${ACT_TEX[act]}(a_t)`;
    cellRows = [
      { id: 'x', tex: `x_t = \\operatorname{onehot}(\\text{${words.input}}_t)` },
      { id: 'a', tex: `a_t = ${affine('')}` },
      { id: 'h', tex: `h_t = ${h}` },
    ];
  }
  return [...cellRows, ...OUTPUT_ROWS(words)];
}

/** Dimensions of the trace's model. */
export function dims(trace: Trace): { H: number; V: number } {
  return { H: trace.model.hiddenSize, V: trace.model.vocab.length };
}

const vecGrid = (label: string, name: string, v: ArrayLike<number>): Grid => ({
  label,
  name,
  rows: 1,
  cols: v.length,
  values: v,
});

/**
 * Wxh x_t (full matrix times the one-hot when V ≤ 8, else the column it picks), Whh hIn and the bias, as
 * TeX, separately: they go on three lines, the bias next to the sum it makes (narrow enough for a
 * projector screen at 24 px).
 */
function affineNumbers(trace: Trace, f: ForwardStep, blk: Block, hInTex: string): [string, string, string] {
  const { H, V } = dims(trace);
  const W = trace.model.weights;
  const Wxh = W[blockName('Wxh', blk)];
  const xPart =
    f.input === null
      ? '0'
      : V <= TYPESET_MAX
        ? `${mat(Wxh, H, V)}${oneHotVec(V, f.input)}`
        : `\\underbrace{${colVec(column(Wxh, H, V, f.input))}}_{\\textstyle ${w('xh', blk)}[:,\\,${charTex(trace.model.vocab[f.input])}]}`;
  const hPart = `${mat(W[blockName('Whh', blk)], H, H)}${hInTex}`;
  return [xPart, hPart, colVec(W[blockName('bh', blk)])];
}

/** A gate (or the RNN's a_t): pre-activation with numbers, then the nonlinearity. */
function gateSubstitution(trace: Trace, f: ForwardStep, blk: Block, fn: string): Substitution {
  const { H } = dims(trace);
  const pre = blockOf(f.pre, blk);
  const act = blockOf(f.act, blk);
  const sym = blk === '' ? 'a_t' : `a_{${blk},t}`;
  const out = blk === '' ? 'h_t' : `${blk}_t`;
  if (H > TYPESET_MAX) {
    return {
      tex: `${out} = ${fn}(${sym})`,
      grids: [vecGrid(sym, `a_${blk}ₜ`, pre), vecGrid(out, `${blk}ₜ`, act)],
    };
  }
  const hIn = blk === 'g' && trace.model.cell === 'gru' ? 'r' : 'h';
  const hInTex =
    hIn === 'r' ? `\\left(${colVec(blockOf(f.act, 'r'))} \\odot ${colVec(f.hPrev)}\\right)` : colVec(f.hPrev);
  const [xPart, hPart, bias] = affineNumbers(trace, f, blk, hInTex);
  return {
    tex: aligned([
      `${sym} &= ${xPart}`,
      `&\\phantom{=}+ ${hPart}`,
      // the bias next to the sum it makes: narrow enough for a projector screen at 24 px
      `&\\phantom{=}+ ${bias} = ${colVec(pre)}`,
      `${out} &= ${fn}(${sym}) = ${colVec(act)}`,
    ]),
    grids: [],
  };
}

/** The numbers of forward sub-step `sub` at time t. */
export function forwardSubstitution(trace: Trace, t: number, sub: ForwardSub, act: Activation): Substitution {
  const f = trace.forward[t - 1];
  const { H, V } = dims(trace);
  const small = H <= TYPESET_MAX;
  const ch = charTex(charAt(trace.model.vocab, f.input));
  switch (sub) {
    case 'x':
      return {
        tex:
          V <= TYPESET_MAX
            ? `x_t = \\operatorname{onehot}(${ch}) = ${oneHotVec(V, f.input)}`
            : `x_t = \\operatorname{onehot}(${ch}) = ${f.input === null ? '0' : `e_{${f.input + 1}}`} \\in \\mathbb{R}^{${V}}`,
        grids: [],
      };
    case 'a': {
      const a = blockOf(f.pre, '');
      if (!small)
        return {
          tex: null, // the row above already says it
          grids: [vecGrid('h_{t-1}', 'hₜ₋₁', f.hPrev), vecGrid('a_t', 'aₜ', a)],
        };
      const [xPart, hPart, bias] = affineNumbers(trace, f, '', colVec(f.hPrev));
      return {
        tex: aligned([`a_t &= ${xPart}`, `&\\phantom{=}+ ${hPart}`, `&\\phantom{=}+ ${bias} = ${colVec(a)}`]),
        grids: [],
      };
    }
    case 'h':
      return hSubstitution(trace, f, act);
    case 'f':
    case 'i':
    case 'o':
    case 'z':
    case 'r':
      return gateSubstitution(trace, f, sub, '\\sigma');
    case 'g':
      return gateSubstitution(trace, f, 'g', '\\tanh');
    case 'c': {
      const lstm = asCell(f, 'lstm');
      const { f: fg, i, g } = lstm.act;
      const c = lstm.c;
      const cPrev = lstm.cPrev;
      if (!small)
        return {
          tex: null, // the row above already says it
          grids: [vecGrid('c_{t-1}', 'cₜ₋₁', cPrev), vecGrid('c_t', 'cₜ', c)],
        };
      return {
        tex: `c_t = ${colVec(fg)} \\odot ${colVec(cPrev)} + ${colVec(i)} \\odot ${colVec(g)} = ${colVec(c)}`,
        grids: [],
      };
    }
    case 'y':
      return ySubstitution(trace, f);
    case 'p':
      if (V > TYPESET_MAX)
        return { tex: null, grids: [{ ...vecGrid('p_t', 'pₜ', f.p), colNames: trace.model.vocab }] };
      return {
        tex: `p_t = \\operatorname{softmax}\\left(${colVec(f.y)}\\right) = ${colVec(f.p)}`,
        grids: [],
      };
    case 'loss':
      if (f.target === null) return { tex: 'L_t = 0', grids: [] };
      return {
        tex: `L_t = -\\ln p_t[${charTex(trace.model.vocab[f.target])}] = -\\ln ${num(f.p[f.target])} = ${num(f.loss)}`,
        grids: [],
      };
  }
}

function hSubstitution(trace: Trace, f: ForwardStep, act: Activation): Substitution {
  const { H } = dims(trace);
  const small = H <= TYPESET_MAX;
  if (f.cell === 'rnn') {
    const a = f.pre[''];
    if (!small)
      return {
        tex: null, // the row above already says it
        grids: [vecGrid('a_t', 'aₜ', a), vecGrid('h_t', 'hₜ', f.h)],
      };
    return { tex: `h_t = ${ACT_TEX[act]}\\left(${colVec(a)}\\right) = ${colVec(f.h)}`, grids: [] };
  }
  if (f.cell === 'lstm') {
    const o = f.act.o;
    if (!small)
      return {
        tex: null, // the row above already says it
        grids: [vecGrid('\\tanh(c_t)', 'tanh(cₜ)', f.tanhC), vecGrid('h_t', 'hₜ', f.h)],
      };
    return {
      tex: aligned([
        `h_t &= ${colVec(o)} \\odot \\tanh\\left(${colVec(f.c)}\\right)`,
        `&= ${colVec(o)} \\odot ${colVec(f.tanhC)} = ${colVec(f.h)}`,
      ]),
      grids: [],
    };
  }
  const z = f.act.z;
  const g = f.act.g;
  if (!small)
    return {
      tex: null, // the row above already says it
      grids: [vecGrid('h_{t-1}', 'hₜ₋₁', f.hPrev), vecGrid('g_t', 'gₜ', g), vecGrid('h_t', 'hₜ', f.h)],
    };
  return {
    tex: aligned([
      `h_t &= ${colVec(z)} \\odot ${colVec(f.hPrev)}`,
      `&\\phantom{=}+ \\left(1 - ${colVec(z)}\\right) \\odot ${colVec(g)} = ${colVec(f.h)}`,
    ]),
    grids: [],
  };
}

function ySubstitution(trace: Trace, f: ForwardStep): Substitution {
  const { H, V } = dims(trace);
  const W = trace.model.weights;
  if (V > TYPESET_MAX)
    return { tex: null, grids: [{ ...vecGrid('y_t', 'yₜ', f.y), colNames: trace.model.vocab }] };
  if (H > TYPESET_MAX)
    return { tex: `y_t = W_{hy}\\,h_t + b_y = ${colVec(f.y)}`, grids: [vecGrid('h_t', 'hₜ', f.h)] };
  return {
    tex: aligned([`y_t &= ${mat(W.Why, V, H)}${colVec(f.h)} + ${colVec(W.by)}`, `&= ${colVec(f.y)}`]),
    grids: [],
  };
}

/** L = L_1 + … + L_T = total (the sum written out for up to 12 steps). */
export function totalSubstitution(trace: Trace): Substitution {
  const terms = trace.forward.map((f) => num(f.loss));
  const sum = trace.T <= 12 ? `${terms.join(' + ')} = ` : '';
  return { tex: `L = ${sum}${num(trace.loss)}`, grids: [] };
}

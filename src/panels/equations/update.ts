/**
 * The optimiser's update rule (sgd, momentum, adagrad, adam) as TeX, and the rule applied to one
 * recurrent matrix with the numbers of this pass (old W, dW, ΔW) and the next (new W).
 */
import type { CellType } from '../../engine/model';
import { BLOCKS, blockName } from '../../engine/model';
import type { OptimizerKind, OptimizerState } from '../../engine/optim';
import type { Trace } from '../../engine/trace';
import type { EqRow } from './forward';
import { aligned, type Grid, mat, type Substitution, TYPESET_MAX } from './tex';

export const UPDATE_RULE_TEX: Record<OptimizerKind, string> = {
  sgd: 'W &\\leftarrow W - \\mathrm{lr}\\,dW',
  momentum: 'v &\\leftarrow \\mu\\,v - \\mathrm{lr}\\,dW, \\quad W \\leftarrow W + v',
  adagrad:
    'm &\\leftarrow m + dW^{2}, \\quad W \\leftarrow W - \\mathrm{lr}\\,\\frac{dW}{\\sqrt{m + \\epsilon}}',
  adam: [
    'm &\\leftarrow \\beta_1 m + (1 - \\beta_1)\\,dW, \\quad v \\leftarrow \\beta_2 v + (1 - \\beta_2)\\,dW^{2}',
    '\\hat m &= \\frac{m}{1 - \\beta_1^{k}}, \\quad \\hat v = \\frac{v}{1 - \\beta_2^{k}}, \\quad W \\leftarrow W - \\mathrm{lr}\\,\\frac{\\hat m}{\\sqrt{\\hat v} + \\epsilon}',
  ].join('\\\\[0.4em]'),
};

/** The set of weights every rule is applied to, in the cell's notation. */
export function weightSetTex(cell: CellType): string {
  return cell === 'rnn'
    ? '\\forall\\, W \\in \\{W_{xh}, W_{hh}, b_h, W_{hy}, b_y\\}'
    : `\\forall\\, W \\in \\{W_{xh_k}, W_{hh_k}, b_{h_k}, W_{hy}, b_y\\}, \\; k \\in \\{${BLOCKS[cell].join(', ')}\\}`;
}

/** The update block: one row, the rule of the chosen optimiser for every weight. */
export function updateRows(cell: CellType, opt: OptimizerKind): EqRow<'update'>[] {
  return [
    {
      id: 'update',
      tex: `\\begin{aligned}${UPDATE_RULE_TEX[opt]}\\\\[0.4em]&${weightSetTex(cell)}\\end{aligned}`,
    },
  ];
}

/** The hyper-parameters of a rule with their values (k is Adam's update count). */
export function hyperTex(state: OptimizerState): string {
  const h = state.hyper;
  const eps = `\\epsilon = 10^{${Math.round(Math.log10(h.eps))}}`;
  const lr = `\\mathrm{lr} = ${h.lr}`;
  switch (state.kind) {
    case 'sgd':
      return lr;
    case 'momentum':
      return `${lr}, \\; \\mu = ${h.momentum}`;
    case 'adagrad':
      return `${lr}, \\; ${eps}`;
    case 'adam':
      return `${lr}, \\; \\beta_1 = ${h.beta1}, \\; \\beta_2 = ${h.beta2}, \\; ${eps}, \\; k = ${state.step}`;
  }
}

/** The recurrent matrix shown in the worked update: W_hh (the first block's for gated cells). */
export function shownWeight(cell: CellType): { name: string; tex: string } {
  const blk = BLOCKS[cell][0];
  return { name: blockName('Whh', blk), tex: blk === '' ? 'W_{hh}' : `W_{hh_${blk}}` };
}

export interface UpdateInputs {
  trace: Trace;
  weights: Record<string, Float64Array>;
  /** The pass after the update (null if it could not be computed). */
  next: {
    weights: Record<string, Float64Array>;
    delta: Record<string, Float64Array> | null;
    optimizer: OptimizerState;
  } | null;
}

/** The rule applied to W_hh: old − lr dW (sgd) or old + ΔW (the others) = new. */
export function updateSubstitution(u: UpdateInputs): Substitution {
  if (!u.next) return { tex: null, grids: [] };
  const { cell, hiddenSize: H } = u.trace.model;
  const { name, tex: sym } = shownWeight(cell);
  const old = u.weights[name];
  const grad = u.trace.grads[name];
  const fresh = u.next.weights[name];
  const delta = u.next.delta?.[name];
  const state = u.next.optimizer;
  const hyper = hyperTex(state);
  if (H > TYPESET_MAX) {
    const grids: Grid[] = [{ label: `d${sym}`, name: `d${name}`, rows: H, cols: H, values: grad }];
    if (delta) grids.push({ label: `\\Delta ${sym}`, name: `Δ${name}`, rows: H, cols: H, values: delta });
    return { tex: hyper, grids };
  }
  const lines = [`&${hyper}`];
  if (state.kind === 'sgd') {
    lines.push(`${sym} &\\leftarrow ${mat(old, H, H)} - ${state.hyper.lr}\\,${mat(grad, H, H)}`);
  } else if (delta) {
    lines.push(`\\Delta ${sym} &= ${mat(delta, H, H)}`);
    lines.push(`${sym} &\\leftarrow ${mat(old, H, H)} + \\Delta ${sym}`);
  }
  lines.push(`&= ${mat(fresh, H, H)}`);
  return { tex: aligned(lines), grids: [] };
}

/**
 * Backward (BPTT) equations of each cell, one row per backward sub-step (dy, dh, through the
 * nonlinearity, weight gradients), and the same rows with step t's numbers from the trace.
 */
import { ELU_ALPHA, LEAKY_SLOPE } from '../../engine/activations';
import type { Activation, Block, CellType } from '../../engine/model';
import { BLOCKS } from '../../engine/model';
import { asCell, blockOf, stepContribution, type Trace } from '../../engine/trace';
import type { BackwardSub } from '../../store/cursor';
import { dims, type EqRow } from './forward';
import {
  aligned,
  charTex,
  colVec,
  type Grid,
  mat,
  matT,
  oneHotVec,
  rowVec,
  type Substitution,
  type TexWords,
  TYPESET_MAX,
} from './tex';

const PLUS_EQ = '\\mathrel{+}=';

/** act'(a_t) of the vanilla RNN, written with h_t = act(a_t) where that is the usual form. */
export const DERIV_TEX: Record<Activation, string> = {
  tanh: '(1 - h_t^{2})',
  sigmoid: 'h_t \\odot (1 - h_t)',
  relu: '\\mathbf{1}[a_t > 0]',
  leaky_relu: `(\\mathbf{1}[a_t > 0] + ${LEAKY_SLOPE}\\cdot\\mathbf{1}[a_t \\le 0])`,
  elu: `(\\mathbf{1}[a_t > 0] + (h_t + ${ELU_ALPHA}) \\odot \\mathbf{1}[a_t \\le 0])`,
  linear: '1',
};

function dactRows(cell: CellType, act: Activation, words: TexWords): string {
  const fut = `\\text{${words.future}}`;
  if (cell === 'lstm') {
    return aligned([
      'do_t &= dh_t \\odot \\tanh(c_t)',
      `dc_t &= dh_t \\odot o_t \\odot (1 - \\tanh^2 c_t) + dc_t^{${fut}}`,
      'df_t &= dc_t \\odot c_{t-1}, \\quad di_t = dc_t \\odot g_t, \\quad dg_t = dc_t \\odot i_t',
      'da_k &= dk_t \\odot k_t \\odot (1 - k_t) \\;\\; (k = f, i, o)',
      'da_g &= dg_t \\odot (1 - g_t^2)',
    ]);
  }
  if (cell === 'gru') {
    return aligned([
      'dz_t &= dh_t \\odot (h_{t-1} - g_t), \\quad dg_t = dh_t \\odot (1 - z_t)',
      'd(r \\odot h)_t &= W_{hh_g}^{\\top} da_g, \\quad da_g = dg_t \\odot (1 - g_t^2)',
      'dr_t &= d(r \\odot h)_t \\odot h_{t-1}',
      'da_k &= dk_t \\odot k_t \\odot (1 - k_t) \\;\\; (k = z, r)',
    ]);
  }
  return act === 'linear' ? 'da_t = dh_t' : `da_t = dh_t \\odot ${DERIV_TEX[act]}`;
}

function dwRows(cell: CellType): string {
  const pe = `&${PLUS_EQ}`;
  const out = `dW_{hy} ${pe} dy_t\\,h_t^{\\top}, \\quad db_y ${PLUS_EQ} dy_t`;
  if (cell === 'lstm') {
    return aligned([
      `dW_{xh_k} ${pe} da_k\\,x_t^{\\top}, \\quad db_{h_k} ${PLUS_EQ} da_k`,
      `dW_{hh_k} ${pe} da_k\\,h_{t-1}^{\\top} \\;\\; (k = f, i, o, g)`,
      out,
      'dh_{t-1} &= \\textstyle\\sum_k W_{hh_k}^{\\top} da_k, \\quad dc_{t-1} = dc_t \\odot f_t',
    ]);
  }
  if (cell === 'gru') {
    return aligned([
      `dW_{xh_k} ${pe} da_k\\,x_t^{\\top}, \\quad db_{h_k} ${PLUS_EQ} da_k \\;\\; (k = z, r, g)`,
      `dW_{hh_k} ${pe} da_k\\,h_{t-1}^{\\top} \\;\\; (k = z, r)`,
      `dW_{hh_g} ${pe} da_g\\,(r_t \\odot h_{t-1})^{\\top}`,
      out,
      'dh_{t-1} &= dh_t \\odot z_t + d(r \\odot h)_t \\odot r_t',
      '&\\phantom{=}+ W_{hh_z}^{\\top} da_z + W_{hh_r}^{\\top} da_r',
    ]);
  }
  return aligned([
    `dW_{xh} ${pe} da_t\\,x_t^{\\top}, \\quad db_h ${PLUS_EQ} da_t`,
    `dW_{hh} ${pe} da_t\\,h_{t-1}^{\\top}`,
    out,
    'dh_{t-1} &= W_{hh}^{\\top} da_t',
  ]);
}

/** The backward block of a cell: one row per backward sub-step. */
export function backwardRows(cell: CellType, act: Activation, words: TexWords): EqRow<BackwardSub>[] {
  return [
    { id: 'dy', tex: `dy_t = p_t - \\operatorname{onehot}(\\text{${words.target}}_t)` },
    { id: 'dh', tex: `dh_t = W_{hy}^{\\top} dy_t + dh_t^{\\text{${words.future}}}` },
    { id: 'dact', tex: dactRows(cell, act, words) },
    { id: 'dW', tex: dwRows(cell) },
  ];
}

const vecGrid = (label: string, name: string, v: ArrayLike<number>): Grid => ({
  label,
  name,
  rows: 1,
  cols: v.length,
  values: v,
});

/** H×k matrix whose columns are the given vectors (e.g. one gate per column). */
function columns(vs: Float64Array[]): string {
  const H = vs[0].length;
  const data = new Float64Array(H * vs.length);
  for (let r = 0; r < H; r++) for (let c = 0; c < vs.length; c++) data[r * vs.length + c] = vs[c][r];
  return mat(data, H, vs.length);
}

/** Which block each column of a gate matrix is: (k = f, i, o, g). */
function columnsNote(blocks: readonly Block[]): string {
  return `\\quad (k = ${blocks.join(', ')})`;
}

/** The numbers of backward sub-step `sub` at time t. */
export function backwardSubstitution(
  trace: Trace,
  t: number,
  sub: BackwardSub,
  act: Activation,
): Substitution {
  switch (sub) {
    case 'dy':
      return dySubstitution(trace, t);
    case 'dh':
      return dhSubstitution(trace, t);
    case 'dact':
      return dactSubstitution(trace, t, act);
    case 'dW':
      return dwSubstitution(trace, t);
  }
}

function dySubstitution(trace: Trace, t: number): Substitution {
  const f = trace.forward[t - 1];
  const bk = trace.backward[t - 1];
  const { V } = dims(trace);
  if (f.target === null) return { tex: 'dy_t = 0', grids: [] };
  if (V > TYPESET_MAX) {
    return {
      tex: `dy_t = p_t - \\operatorname{onehot}(${charTex(trace.model.vocab[f.target])})`,
      grids: [{ ...vecGrid('dy_t', 'dyₜ', bk.dy), colNames: trace.model.vocab }],
    };
  }
  return { tex: `dy_t = ${colVec(f.p)} - ${oneHotVec(V, f.target)} = ${colVec(bk.dy)}`, grids: [] };
}

function dhSubstitution(trace: Trace, t: number): Substitution {
  const bk = trace.backward[t - 1];
  const { H, V } = dims(trace);
  if (H > TYPESET_MAX) {
    return {
      tex: null,
      grids: [
        vecGrid('W_{hy}^{\\top} dy_t', 'Wᵀdyₜ', bk.dhFromOutput),
        vecGrid('dh_t^{(t+1)}', 'dhₜ (t+1)', bk.dhFromFuture),
        vecGrid('dh_t', 'dhₜ', bk.dh),
      ],
    };
  }
  const lines: string[] = [];
  if (V <= TYPESET_MAX) {
    const why = matT(trace.model.weights.Why, V, H);
    lines.push(`W_{hy}^{\\top} dy_t &= ${why}${colVec(bk.dy)}`);
  }
  lines.push(`dh_t &= ${colVec(bk.dhFromOutput)} + ${colVec(bk.dhFromFuture)} = ${colVec(bk.dh)}`);
  return { tex: aligned(lines), grids: [] };
}

function dactSubstitution(trace: Trace, t: number, act: Activation): Substitution {
  const f = trace.forward[t - 1];
  const bk = trace.backward[t - 1];
  const { H } = dims(trace);
  const cell = trace.model.cell;
  const blocks = BLOCKS[cell];
  const dPre = (k: Block) => blockOf(bk.dPre, k);
  const dAct = (k: Block) => blockOf(bk.dAct, k);
  if (H > TYPESET_MAX) {
    const grids = blocks.map((k) =>
      vecGrid(k === '' ? 'da_t' : `da_${k}`, k === '' ? 'daₜ' : `da_${k}`, dPre(k)),
    );
    if (cell === 'lstm') grids.unshift(vecGrid('dc_t', 'dcₜ', asCell(bk, 'lstm').dc));
    if (cell === 'rnn') grids.unshift(vecGrid('dh_t', 'dhₜ', bk.dh));
    return { tex: null, grids };
  }
  if (cell === 'rnn') {
    if (act === 'linear') return { tex: `da_t = dh_t = ${colVec(bk.dh)}`, grids: [] };
    const deriv = blockOf(bk.actDeriv, '');
    return { tex: `da_t = ${colVec(bk.dh)} \\odot ${colVec(deriv)} = ${colVec(dPre(''))}`, grids: [] };
  }
  const lines: string[] = [];
  if (cell === 'lstm') {
    const fl = asCell(f, 'lstm');
    const bl = asCell(bk, 'lstm');
    const o = fl.act.o;
    lines.push(
      `dc_t &= ${colVec(bk.dh)} \\odot ${colVec(o)} \\odot \\left(1 - ${colVec(fl.tanhC)}^{2}\\right)`,
      `&\\phantom{=}+ ${colVec(bl.dcFromFuture)} = ${colVec(bl.dc)}`,
    );
  } else {
    lines.push(`d(r \\odot h)_t &= ${colVec(asCell(bk, 'gru').dRh)}`);
  }
  lines.push(`dk_t &= ${columns(blocks.map(dAct))}${columnsNote(blocks)}`);
  lines.push(`da_k &= ${columns(blocks.map(dPre))}${columnsNote(blocks)}`);
  return { tex: aligned(lines), grids: [] };
}

function dwSubstitution(trace: Trace, t: number): Substitution {
  const f = trace.forward[t - 1];
  const bk = trace.backward[t - 1];
  const { H, V } = dims(trace);
  const cell = trace.model.cell;
  if (H > TYPESET_MAX) {
    const grids: Grid[] = [vecGrid('dh_{t-1}', 'dhₜ₋₁', bk.dhPrev)];
    if (cell === 'lstm') grids.push(vecGrid('dc_{t-1}', 'dcₜ₋₁', asCell(bk, 'lstm').dcPrev));
    if (cell === 'rnn') {
      grids.unshift({
        label: 'da_t\\,h_{t-1}^{\\top}',
        name: 'dWhh (t)',
        rows: H,
        cols: H,
        values: stepContribution(trace, t, 'Whh'),
      });
    }
    return { tex: null, grids };
  }
  const lines: string[] = [];
  if (cell === 'rnn') {
    const da = blockOf(bk.dPre, '');
    lines.push(
      `dW_{hh} &${PLUS_EQ} ${colVec(da)}${rowVec(f.hPrev)}`,
      `&= ${mat(stepContribution(trace, t, 'Whh'), H, H)}`,
    );
  }
  if (V <= TYPESET_MAX) {
    lines.push(
      `dW_{hy} &${PLUS_EQ} ${colVec(bk.dy)}${rowVec(f.h)}`,
      `&= ${mat(stepContribution(trace, t, 'Why'), V, H)}`,
    );
  }
  if (cell === 'rnn') {
    lines.push(
      `dh_{t-1} &= ${matT(trace.model.weights.Whh, H, H)}${colVec(blockOf(bk.dPre, ''))} = ${colVec(bk.dhPrev)}`,
    );
  } else {
    lines.push(`dh_{t-1} &= ${colVec(bk.dhPrev)}`);
  }
  if (cell === 'lstm') {
    const bl = asCell(bk, 'lstm');
    lines.push(
      `dc_{t-1} &= ${colVec(bl.dc)} \\odot ${colVec(asCell(f, 'lstm').act.f)} = ${colVec(bl.dcPrev)}`,
    );
  }
  return { tex: aligned(lines), grids: [] };
}

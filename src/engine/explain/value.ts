/** The trace's own value of a quantity (what a panel shows), read, never recomputed. */
import type { Block } from '../model';
import { accumulatedFrom, type BlockVectors, type Trace } from '../trace';
import type { Quantity, UpdateContext } from './types';

const vecAt = (v: Float64Array | null | undefined, j: number): number => {
  if (!v) throw new Error('this quantity does not exist for this cell');
  return v[j];
};

/** Entry j of block blk of a step's block record (the same error as vecAt for a block the cell lacks). */
const blockAt = (vectors: BlockVectors, blk: Block, j: number): number => vecAt(vectors[blk], j);

/** Value of q in the trace (ΔW needs the update context). */
export function traceValue(trace: Trace, q: Quantity, ctx?: UpdateContext): number {
  const { model } = trace;
  switch (q.kind) {
    case 'h':
      return q.t === 0 ? model.h0[q.j] : trace.forward[q.t - 1].h[q.j];
    case 'c':
      return q.t === 0 ? vecAt(model.c0, q.j) : vecAt(trace.forward[q.t - 1].c, q.j);
    case 'pre':
      return blockAt(trace.forward[q.t - 1].pre, q.block as Block, q.j);
    case 'act':
      return blockAt(trace.forward[q.t - 1].act, q.block as Block, q.j);
    case 'y':
      return trace.forward[q.t - 1].y[q.k];
    case 'p':
      return trace.forward[q.t - 1].p[q.k];
    case 'loss':
      return trace.forward[q.t - 1].loss;
    case 'dy':
      return trace.backward[q.t - 1].dy[q.k];
    case 'dh':
      return trace.backward[q.t - 1].dh[q.j];
    case 'dhOut':
      return trace.backward[q.t - 1].dhFromOutput[q.j];
    case 'dhFuture':
      return trace.backward[q.t - 1].dhFromFuture[q.j];
    case 'dc':
      return vecAt(trace.backward[q.t - 1].dc, q.j);
    case 'dcFuture':
      return vecAt(trace.backward[q.t - 1].dcFromFuture, q.j);
    case 'dact':
      return blockAt(trace.backward[q.t - 1].dAct, q.block, q.j);
    case 'deriv':
      return blockAt(trace.backward[q.t - 1].actDeriv, q.block, q.j);
    case 'dpre':
      return blockAt(trace.backward[q.t - 1].dPre, q.block, q.j);
    case 'dW':
      if (q.from === undefined || q.from <= 1) return trace.grads[q.name][q.index];
      return accumulatedFrom(trace, q.from, q.name)[q.index];
    case 'delta':
      if (!ctx) throw new Error('ΔW needs the update');
      return ctx.delta[q.name][q.index];
  }
}

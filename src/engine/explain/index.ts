/**
 * Explain any number of the trace: the formula with the numbers plugged in, down to the sum of products,
 * and for gradients the chain rule's factors with the earlier gradients they come from (docs/explain.md).
 */
import type { Trace } from '../trace';
import { explainDc, explainDcFuture, explainDh, explainDhFuture, explainDhOut, explainDy } from './backward';
import { explainAct, explainC, explainH, explainLoss, explainP, explainPre, explainY } from './forward';
import { explainDact, explainDeriv, explainDpre } from './gates';
import type { Explanation, Quantity, UpdateContext } from './types';
import { explainDelta, explainDW } from './weights';

export { fold, termSum } from './build';
export { quantityName, subDigits } from './names';
export type { Explanation, Factor, Quantity, Term, UpdateContext } from './types';
export { traceValue } from './value';

export function explain(trace: Trace, q: Quantity, ctx?: UpdateContext): Explanation {
  switch (q.kind) {
    case 'h':
      return explainH(trace, q.t, q.j);
    case 'c':
      return explainC(trace, q.t, q.j);
    case 'pre':
      return explainPre(trace, q.t, q.block, q.j);
    case 'act':
      return q.block === '' ? explainH(trace, q.t, q.j) : explainAct(trace, q.t, q.block, q.j);
    case 'y':
      return explainY(trace, q.t, q.k);
    case 'p':
      return explainP(trace, q.t, q.k);
    case 'loss':
      return explainLoss(trace, q.t);
    case 'dy':
      return explainDy(trace, q.t, q.k);
    case 'dh':
      return explainDh(trace, q.t, q.j);
    case 'dhOut':
      return explainDhOut(trace, q.t, q.j);
    case 'dhFuture':
      return explainDhFuture(trace, q.t, q.j);
    case 'dc':
      return explainDc(trace, q.t, q.j);
    case 'dcFuture':
      return explainDcFuture(trace, q.t, q.j);
    case 'dact':
      return explainDact(trace, q.t, q.block, q.j);
    case 'deriv':
      return explainDeriv(trace, q.t, q.block, q.j);
    case 'dpre':
      return explainDpre(trace, q.t, q.block, q.j);
    case 'dW':
      return explainDW(trace, q.name, q.index, q.from);
    case 'delta':
      if (!ctx) throw new Error('ΔW needs the update');
      return explainDelta(trace, q.name, q.index, ctx);
  }
}

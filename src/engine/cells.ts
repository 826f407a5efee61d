/** Dispatch to the selected cell's forward and backward step. */
import { gruBackward, gruForward } from './cells/gru';
import { lstmBackward, lstmForward } from './cells/lstm';
import { rnnBackward, rnnForward } from './cells/rnn';
import type { CellBackward, CellForward } from './cells/types';
import type { Model } from './model';
import type { ForwardStep } from './trace';

export function forwardCell(
  model: Model,
  input: number | null,
  hPrev: Float64Array,
  cPrev: Float64Array | null,
): CellForward {
  if (model.cell === 'lstm') return lstmForward(model, input, hPrev, cPrev as Float64Array);
  if (model.cell === 'gru') return gruForward(model, input, hPrev);
  return rnnForward(model, input, hPrev);
}

export function backwardCell(
  model: Model,
  f: ForwardStep,
  dh: Float64Array,
  dcNext: Float64Array | null,
): CellBackward {
  if (model.cell === 'lstm') return lstmBackward(model, f, dh, dcNext as Float64Array);
  if (model.cell === 'gru') return gruBackward(model, f, dh);
  return rnnBackward(model, f, dh);
}

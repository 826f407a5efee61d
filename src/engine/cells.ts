/** Dispatch to the selected cell's forward and backward step. */
import { gruBackward, gruForward } from './cells/gru';
import { lstmBackward, lstmForward } from './cells/lstm';
import { rnnBackward, rnnForward } from './cells/rnn';
import type { CellBackward, CellForward } from './cells/types';
import { EngineError, type Model } from './model';
import type { ForwardStep } from './trace';

export function forwardCell(
  model: Model,
  input: number | null,
  hPrev: Float64Array,
  cPrev: Float64Array | null,
): CellForward {
  if (model.cell === 'lstm') return lstmForward(model, input, hPrev, lstmState(cPrev, 'c_{t−1}'));
  if (model.cell === 'gru') return gruForward(model, input, hPrev);
  return rnnForward(model, input, hPrev);
}

/** The backward step of the recorded step f (its cell is f.cell, the model's). */
export function backwardCell(
  model: Model,
  f: ForwardStep,
  dh: Float64Array,
  dcNext: Float64Array | null,
): CellBackward {
  if (f.cell === 'lstm') return lstmBackward(model, f, dh, lstmState(dcNext, 'dL/dc_t from the future'));
  if (f.cell === 'gru') return gruBackward(model, f, dh);
  return rnnBackward(model, f, dh);
}

/** The LSTM's carried cell-state vector, which it cannot step without. */
function lstmState(v: Float64Array | null, what: string): Float64Array {
  if (v === null) throw new EngineError(`an LSTM step needs ${what}, and none was given`);
  return v;
}

/**
 * The fast path's entry points: loss and gradients of one window, with the dispatch to the cell's
 * specialised (monomorphic) forward and backward functions done once per window.
 */
import type { Model } from '../model';
import { checkSequence } from '../trace';
import { gruBackward, gruForward } from './gru';
import { zeroRange } from './kernels';
import { lstmBackward, lstmForward } from './lstm';
import { createFastNet, type FastNet, inputBackward, type KernelChoice, setWindow } from './net';
import { outputBackward, outputForward } from './output';
import { rnnBackward, rnnForward } from './rnn';
import { smallRnnLossAndGrads } from './small-rnn';

export { createFastNet, type FastNet, type KernelChoice, setWindow } from './net';

/**
 * Loss L = Σ_t −ln p_t[target_t] of the window loaded in net (len steps, start state in row 0 of hs/cs),
 * with dL/dW in net.grads (overwritten), dh0 in net.dhNext, dc0 in net.dcNext, h_len in hs row len.
 */
export function lossAndGrads(net: FastNet, len: number): number {
  zeroRange(net.grads, 0, net.grads.length);
  zeroRange(net.dhNext, 0, net.H);
  zeroRange(net.dcNext, 0, net.H);
  if (net.small) return smallRnnLossAndGrads(net, len);
  if (net.cell === 'lstm') lstmForward(net, len);
  else if (net.cell === 'gru') gruForward(net, len);
  else rnnForward(net, len);
  const loss = outputForward(net, len);
  outputBackward(net, len);
  if (net.cell === 'lstm') lstmBackward(net, len);
  else if (net.cell === 'gru') gruBackward(net, len);
  else rnnBackward(net, len);
  inputBackward(net, len);
  return loss;
}

export interface FastResult {
  loss: number;
  /** Views into the net's buffers: valid until the next window. */
  grads: FastNet['gradWeights'];
  dh0: Float64Array;
  dc0: Float64Array | null;
  /** Final state h_T (c_T). */
  h: Float64Array;
  c: Float64Array | null;
}

/**
 * One window through the fast path for a model (weights copied in), starting from model.h0 (c0).
 * Pass a net to reuse its workspaces (its weights are overwritten with the model's).
 */
export function fastLossAndGrads(
  model: Model,
  inputs: (number | null)[],
  targets: (number | null)[],
  net?: FastNet,
  kernels: KernelChoice = 'auto',
): FastResult {
  checkSequence(model, inputs, targets);
  const n = net ?? createFastNet(model, inputs.length, kernels);
  if (net) for (const [name, w] of Object.entries(model.weights)) n.weights[name].set(w);
  setWindow(n, inputs, targets, model.h0, model.c0);
  const loss = lossAndGrads(n, inputs.length);
  const T = inputs.length;
  const H = n.H;
  return {
    loss,
    grads: n.gradWeights,
    dh0: n.dhNext,
    dc0: n.cell === 'lstm' ? n.dcNext : null,
    h: n.hs.subarray(T * H, (T + 1) * H),
    c: n.cell === 'lstm' ? n.cs.subarray(T * H, (T + 1) * H) : null,
  };
}

/**
 * The vanilla RNN's selectable activations (the lecture's list) and their derivatives.
 * Derivatives take both the pre-activation a and the output h = act(a), so each uses the cheaper form.
 */
import type { Activation } from './model';
import { sigmoid } from './numeric';

export const LEAKY_SLOPE = 0.01;
export const ELU_ALPHA = 1;

/** act(a) for the named activation. */
export function activate(kind: Activation, a: number): number {
  switch (kind) {
    case 'tanh':
      return Math.tanh(a);
    case 'sigmoid':
      return sigmoid(a);
    case 'relu':
      return Math.max(a, 0);
    case 'leaky_relu':
      return a > 0 ? a : LEAKY_SLOPE * a;
    case 'elu':
      return a > 0 ? a : ELU_ALPHA * Math.expm1(a);
    case 'linear':
      return a;
  }
}

/** act'(a), given a and h = act(a). At the kinks (a = 0) the left-hand derivative is used. */
export function activateDeriv(kind: Activation, a: number, h: number): number {
  switch (kind) {
    case 'tanh':
      return 1 - h * h;
    case 'sigmoid':
      return h * (1 - h);
    case 'relu':
      return a > 0 ? 1 : 0;
    case 'leaky_relu':
      return a > 0 ? 1 : LEAKY_SLOPE;
    case 'elu':
      return a > 0 ? 1 : h + ELU_ALPHA;
    case 'linear':
      return 1;
  }
}

/**
 * What a number of the trace is, and how it is explained: a sum of terms, each a product of factors,
 * every factor a number with a label and (when it is itself a quantity of the trace) a reference to it.
 */
import type { Block } from '../model';
import type { OptimizerState } from '../optim';

/** One number of the trace. t is 1-based (h and c also take t = 0: h₀, c₀); j, k are 0-based entries. */
export type Quantity =
  | { kind: 'h' | 'c'; t: number; j: number }
  | { kind: 'pre' | 'act'; t: number; block: Block; j: number }
  | { kind: 'y' | 'p' | 'dy'; t: number; k: number }
  | { kind: 'loss'; t: number }
  | { kind: 'dh' | 'dhOut' | 'dhFuture' | 'dc' | 'dcFuture'; t: number; j: number }
  | { kind: 'dact' | 'deriv' | 'dpre'; t: number; block: Block; j: number }
  /** dL/dW entry; with `from`, only the steps s ≥ from (the sum accumulated when backward reached from). */
  | { kind: 'dW'; name: string; index: number; from?: number }
  | { kind: 'delta'; name: string; index: number };

export interface Factor {
  label: string;
  value: number;
  /** The quantity this factor is, when it is one (clickable in turn: the provenance). */
  ref?: Quantity;
  /** When set, value = fn(value of ref) (tanh, 1 −, softmax, −ln …), not the ref's own value. */
  fn?: string;
}

/** A product of factors; value = the product of the factors' values. */
export interface Term {
  factors: Factor[];
  value: number;
}

export interface Explanation {
  quantity: Quantity;
  /** "h₂[1]", "dWhh[1,2]" … */
  name: string;
  /** The symbolic right-hand side: "tanh(a₂[1])", "Σ Whh[1,·]·h₁ + …". */
  formula: string;
  /** The terms whose sum is the result, in descending |value|. */
  terms: Term[];
  /** The trace's own value of the quantity. */
  result: number;
  /** For a function applied to one number (tanh, σ, softmax, −ln): how it was applied, for the card. */
  applied?: { fn: string; arg: Factor };
  /** True for gradients: the factors are the chain rule's, and their refs lead back to the loss. */
  gradient: boolean;
}

/** What explaining ΔW needs besides the trace: the optimiser's state before the update and ΔW. */
export interface UpdateContext {
  before: OptimizerState;
  delta: Record<string, Float64Array>;
}

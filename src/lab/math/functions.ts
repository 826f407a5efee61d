/**
 * The lab's activation functions and their derivatives. The RNN-compatible ones reuse the engine's
 * (src/engine/activations.ts); leaky ReLU and ELU take an adjustable α, linear an adjustable slope c,
 * and softplus, GELU (the tanh approximation) and maxout live only here.
 */
import { activate, activateDeriv } from '../../engine/activations';
import type { Activation } from '../../engine/model';
import { sigmoid } from '../../engine/numeric';
import { type MaxoutParams, maxout, maxoutDeriv, maxoutDerivRight, maxoutKinks } from './maxout';

export type LabFn =
  | 'sigmoid'
  | 'tanh'
  | 'relu'
  | 'leaky_relu'
  | 'elu'
  | 'maxout'
  | 'linear'
  | 'softplus'
  | 'gelu';

/** Every function of the lab, in the order of the lecture (modern references last). */
export const LAB_FNS: readonly LabFn[] = [
  'sigmoid',
  'tanh',
  'relu',
  'leaky_relu',
  'elu',
  'maxout',
  'linear',
  'softplus',
  'gelu',
];

/** The lab functions the vanilla RNN cell can use (with the engine's fixed α = 0.01 and α = 1, c = 1). */
export const RNN_FNS: readonly Activation[] = ['tanh', 'sigmoid', 'relu', 'leaky_relu', 'elu', 'linear'];

export interface FnParams {
  /** Leaky ReLU's slope for x < 0. */
  leakyAlpha: number;
  /** ELU's α: f(x) = α(eˣ − 1) for x < 0. */
  eluAlpha: number;
  /** Linear slope: f(x) = c·x. */
  slope: number;
  maxout: MaxoutParams;
}

/** Leaky ReLU: x for x > 0, αx otherwise. */
export const leakyRelu = (x: number, alpha: number): number => (x > 0 ? x : alpha * x);
/** ELU: x for x > 0, α(eˣ − 1) otherwise. */
export const elu = (x: number, alpha: number): number => (x > 0 ? x : alpha * Math.expm1(x));
/** Softplus: ln(1 + eˣ) = max(x, 0) + ln(1 + e^−|x|), without overflow. */
export const softplus = (x: number): number => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));

/** √(2/π), the constant of GELU's tanh approximation. */
const GELU_K = Math.sqrt(2 / Math.PI);
const GELU_C = 0.044715;
/** GELU, tanh approximation (Hendrycks & Gimpel): ½x(1 + tanh(√(2/π)(x + 0.044715x³))). */
export function gelu(x: number): number {
  return 0.5 * x * (1 + Math.tanh(GELU_K * (x + GELU_C * x * x * x)));
}
/** d/dx of the GELU tanh approximation: ½(1 + tanh u) + ½x(1 − tanh²u)·√(2/π)(1 + 3·0.044715x²). */
export function geluDeriv(x: number): number {
  const th = Math.tanh(GELU_K * (x + GELU_C * x * x * x));
  return 0.5 * (1 + th) + 0.5 * x * (1 - th * th) * GELU_K * (1 + 3 * GELU_C * x * x);
}

/** f(x) for a lab function. */
export function labValue(fn: LabFn, x: number, p: FnParams): number {
  switch (fn) {
    case 'sigmoid':
    case 'tanh':
    case 'relu':
      return activate(fn, x);
    case 'leaky_relu':
      return leakyRelu(x, p.leakyAlpha);
    case 'elu':
      return elu(x, p.eluAlpha);
    case 'linear':
      return p.slope * x;
    case 'maxout':
      return maxout(x, p.maxout);
    case 'softplus':
      return softplus(x);
    case 'gelu':
      return gelu(x);
  }
}

/**
 * f′(x) for a lab function. At a kink the left-hand limit is returned (the engine's convention:
 * ReLU′(0) = 0, leaky′(0) = α); `labDerivRight` gives the right-hand limit.
 */
export function labDeriv(fn: LabFn, x: number, p: FnParams): number {
  switch (fn) {
    case 'sigmoid':
    case 'tanh':
    case 'relu':
      return activateDeriv(fn, x, activate(fn, x));
    case 'leaky_relu':
      return x > 0 ? 1 : p.leakyAlpha;
    case 'elu':
      return x > 0 ? 1 : p.eluAlpha * Math.exp(x);
    case 'linear':
      return p.slope;
    case 'maxout':
      return maxoutDeriv(x, p.maxout);
    case 'softplus':
      return sigmoid(x);
    case 'gelu':
      return geluDeriv(x);
  }
}

/** The right-hand limit of f′ at x (differs from labDeriv only at a kink). */
export function labDerivRight(fn: LabFn, x: number, p: FnParams): number {
  switch (fn) {
    case 'relu':
    case 'leaky_relu':
    case 'elu':
      return x >= 0 ? 1 : labDeriv(fn, x, p);
    case 'maxout':
      return maxoutDerivRight(x, p.maxout);
    default:
      return labDeriv(fn, x, p);
  }
}

/** Where f′ jumps (so a plot of f′ breaks there instead of drawing a vertical segment). */
export function labKinks(fn: LabFn, p: FnParams): number[] {
  switch (fn) {
    case 'relu':
      return [0];
    case 'leaky_relu':
      return p.leakyAlpha === 1 ? [] : [0];
    case 'elu':
      return p.eluAlpha === 1 ? [] : [0];
    case 'maxout':
      return maxoutKinks(p.maxout);
    default:
      return [];
  }
}

/** Whether the vanilla RNN cell can use this function (maxout, softplus and GELU are lab-only). */
export function isRnnFn(fn: LabFn): fn is Activation {
  return (RNN_FNS as readonly string[]).includes(fn);
}

/**
 * One colour and dash per lab function. Colours from the Okabe–Ito palette (distinguishable with
 * every common colour-vision deficiency); the dashes tell apart curves that overlap (x > 0).
 */
import type { LabFn } from './math/functions';

export const FN_STYLE: Record<LabFn, { color: string; dash?: string }> = {
  sigmoid: { color: '#E69F00' },
  tanh: { color: '#0072B2' },
  relu: { color: '#D55E00' },
  leaky_relu: { color: '#CC79A7', dash: '9 4' },
  elu: { color: '#009E73', dash: '3 3' },
  maxout: { color: '#1d1d1f' },
  linear: { color: '#56B4E9', dash: '12 4 3 4' },
  softplus: { color: '#7f7f7f', dash: '6 3' },
  gelu: { color: '#8C6D1F', dash: '2 4' },
};

/** The formula of each function, in language-neutral maths (shown in the legend). */
export const FN_FORMULA: Record<LabFn, string> = {
  sigmoid: '1 / (1 + e⁻ˣ)',
  tanh: '(eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)',
  relu: 'max(0, x)',
  leaky_relu: 'max(αx, x)',
  elu: 'x > 0 ? x : α(eˣ − 1)',
  maxout: 'max(w₁x + b₁, w₂x + b₂)',
  linear: 'c·x',
  softplus: 'ln(1 + eˣ)',
  gelu: '½x(1 + tanh(√(2/π)(x + 0.044715x³)))',
};

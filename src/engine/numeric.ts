/** Numerically safe softmax, log-softmax and sigmoid: no overflow at |x| = 1000, no NaN from 0·∞. */

/** σ(x) = 1 / (1 + e^−x), evaluated so that the exponent is never positive. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** p = softmax(y) = e^(y − max y) / Σ e^(y − max y), written into out (length n from offsets). */
export function softmaxInto(
  y: ArrayLike<number>,
  out: Float64Array,
  yOff = 0,
  outOff = 0,
  n = out.length,
): void {
  let m = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < n; k++) if (y[yOff + k] > m) m = y[yOff + k];
  let s = 0;
  for (let k = 0; k < n; k++) {
    const e = Math.exp(y[yOff + k] - m);
    out[outOff + k] = e;
    s += e;
  }
  const inv = 1 / s;
  for (let k = 0; k < n; k++) out[outOff + k] *= inv;
}

export function softmax(y: ArrayLike<number>): Float64Array {
  const out = new Float64Array(y.length);
  softmaxInto(y, out, 0, 0, y.length);
  return out;
}

/** log softmax(y)_k = y_k − max y − ln Σ e^(y − max y); finite whenever y is finite. */
export function logSoftmax(y: ArrayLike<number>): Float64Array {
  let m = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < y.length; k++) if (y[k] > m) m = y[k];
  let s = 0;
  for (let k = 0; k < y.length; k++) s += Math.exp(y[k] - m);
  const lse = m + Math.log(s);
  const out = new Float64Array(y.length);
  for (let k = 0; k < y.length; k++) out[k] = y[k] - lse;
  return out;
}

/** −ln softmax(y)[target], computed from log-sum-exp (never −ln 0). */
export function crossEntropy(y: ArrayLike<number>, target: number, off = 0, n = y.length - off): number {
  let m = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < n; k++) if (y[off + k] > m) m = y[off + k];
  let s = 0;
  for (let k = 0; k < n; k++) s += Math.exp(y[off + k] - m);
  return m + Math.log(s) - y[off + target];
}

/** Index of the largest entry (the first one on ties). */
export function argmax(v: ArrayLike<number>, off = 0, n = v.length - off): number {
  let best = 0;
  for (let k = 1; k < n; k++) if (v[off + k] > v[off + best]) best = k;
  return best;
}

export function norm2(v: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < v.length; k++) s += v[k] * v[k];
  return Math.sqrt(s);
}

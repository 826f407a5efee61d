/** Small dense helpers on flat row-major Float64Arrays (used by the readable trace path). */

/** out += W x, W is rows × cols. */
export function addMatVec(
  W: Float64Array,
  rows: number,
  cols: number,
  x: ArrayLike<number>,
  out: Float64Array,
): void {
  for (let r = 0; r < rows; r++) {
    let s = 0;
    const o = r * cols;
    for (let c = 0; c < cols; c++) s += W[o + c] * x[c];
    out[r] += s;
  }
}

/** out += Wᵀ v, W is rows × cols (v has length rows, out has length cols). */
export function addMatTVec(
  W: Float64Array,
  rows: number,
  cols: number,
  v: ArrayLike<number>,
  out: Float64Array,
): void {
  for (let r = 0; r < rows; r++) {
    const vr = v[r];
    if (vr === 0) continue;
    const o = r * cols;
    for (let c = 0; c < cols; c++) out[c] += W[o + c] * vr;
  }
}

/** out += u vᵀ (rows = u.length, cols = v.length). */
export function addOuter(u: ArrayLike<number>, v: ArrayLike<number>, out: Float64Array): void {
  const cols = v.length;
  for (let r = 0; r < u.length; r++) {
    const ur = u[r];
    if (ur === 0) continue;
    const o = r * cols;
    for (let c = 0; c < cols; c++) out[o + c] += ur * v[c];
  }
}

export function add(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const out = new Float64Array(a.length);
  for (let k = 0; k < a.length; k++) out[k] = a[k] + b[k];
  return out;
}

export function hadamard(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const out = new Float64Array(a.length);
  for (let k = 0; k < a.length; k++) out[k] = a[k] * b[k];
  return out;
}

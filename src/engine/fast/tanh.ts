/**
 * tanh x, the same double as Math.tanh x: V8 computes Math.tanh with fdlibm's formula on top of expm1,
 *   tanh x = sign(x) · (1 − 2 / (expm1(2|x|) + 2))   for 1 ≤ |x| < 22   (±1 beyond)
 *   tanh x = sign(x) · (−m / (m + 2)), m = expm1(−2|x|)   for 2^−28 ≤ |x| < 1   (x itself below)
 * and the same formula written here with Math.expm1 runs faster in the hot loops (tanh.test.ts checks
 * that the results are identical).
 */
const TINY = 2 ** -28;

export function tanh(x: number): number {
  const a = x < 0 ? -x : x;
  let z: number;
  if (a >= 1) {
    if (!(a < 22)) return x < 0 ? -1 : 1;
    z = 1 - 2 / (Math.expm1(2 * a) + 2);
  } else if (a >= TINY) {
    const m = Math.expm1(-2 * a);
    z = -m / (m + 2);
  } else return x; // |x| < 2^−28, ±0 and NaN
  return x < 0 ? -z : z;
}

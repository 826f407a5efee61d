/**
 * Maxout with one input and two pieces: max(w₁x + b₁, w₂x + b₂). With w₁ = b₁ = 0 it is ReLU; other
 * settings give leaky ReLU, |x| or a line — at twice the parameters of a ReLU unit.
 */

export interface MaxoutParams {
  w1: number;
  b1: number;
  w2: number;
  b2: number;
}

export type MaxoutPreset = 'relu' | 'leaky_relu' | 'abs' | 'linear';
export const MAXOUT_PRESETS: readonly MaxoutPreset[] = ['relu', 'leaky_relu', 'abs', 'linear'];

/** max(w₁x + b₁, w₂x + b₂). */
export function maxout(x: number, p: MaxoutParams): number {
  return Math.max(p.w1 * x + p.b1, p.w2 * x + p.b2);
}

/** Equal up to rounding, so the computed crossing (b₂ − b₁)/(w₁ − w₂) counts as a tie. */
function ties(z1: number, z2: number): boolean {
  return Math.abs(z1 - z2) <= 1e-12 * (1 + Math.abs(z1) + Math.abs(z2));
}

/**
 * d/dx maxout: the slope of the larger piece. Where the pieces tie, the left-hand limit, i.e. the
 * smaller slope (the piece that is larger just left of the crossing) — ReLU′(0) = 0 as in the engine.
 */
export function maxoutDeriv(x: number, p: MaxoutParams): number {
  const z1 = p.w1 * x + p.b1;
  const z2 = p.w2 * x + p.b2;
  if (ties(z1, z2)) return Math.min(p.w1, p.w2);
  return z1 > z2 ? p.w1 : p.w2;
}

/** Right-hand limit of maxout′ (the larger slope where the pieces tie). */
export function maxoutDerivRight(x: number, p: MaxoutParams): number {
  const z1 = p.w1 * x + p.b1;
  const z2 = p.w2 * x + p.b2;
  if (ties(z1, z2)) return Math.max(p.w1, p.w2);
  return z1 > z2 ? p.w1 : p.w2;
}

/** The x where the two pieces cross ((b₂ − b₁)/(w₁ − w₂)); none when they are parallel. */
export function maxoutKinks(p: MaxoutParams): number[] {
  if (p.w1 === p.w2) return [];
  return [(p.b2 - p.b1) / (p.w1 - p.w2)];
}

/**
 * Parameters that make maxout equal a named function exactly: ReLU = max(0, x); leaky ReLU =
 * max(αx, x) (for 0 ≤ α ≤ 1); |x| = max(−x, x); linear = max(x, x − 1) (the second piece never wins).
 */
export function maxoutPreset(preset: MaxoutPreset, leakyAlpha: number): MaxoutParams {
  switch (preset) {
    case 'relu':
      return { w1: 0, b1: 0, w2: 1, b2: 0 };
    case 'leaky_relu':
      return { w1: leakyAlpha, b1: 0, w2: 1, b2: 0 };
    case 'abs':
      return { w1: -1, b1: 0, w2: 1, b2: 0 };
    case 'linear':
      return { w1: 1, b1: 0, w2: 1, b2: -1 };
  }
}

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/**
 * Which named function the parameters make, if any. Compares the function, not the numbers, so the
 * pieces may come in either order (max(x, 0) is ReLU too); a line is any pair whose max is x itself.
 */
export function matchPreset(p: MaxoutParams, leakyAlpha: number): MaxoutPreset | null {
  const pieces: [number, number][] = [
    [p.w1, p.b1],
    [p.w2, p.b2],
  ];
  const has = (w: number, b: number) => pieces.some(([pw, pb]) => near(pw, w) && near(pb, b));
  if (has(0, 0) && has(1, 0)) return 'relu';
  if (has(leakyAlpha, 0) && has(1, 0) && leakyAlpha >= 0 && leakyAlpha <= 1) return 'leaky_relu';
  if (has(-1, 0) && has(1, 0)) return 'abs';
  // the line x: one piece is x, the other is parallel and never above it
  const other = pieces.find(([pw, pb]) => !(near(pw, 1) && near(pb, 0)));
  if (has(1, 0) && (!other || (near(other[0], 1) && other[1] <= 0))) return 'linear';
  return null;
}

/** Parameters of one unit with n inputs: a ReLU unit has n weights and a bias, maxout two of each. */
export function paramCount(kind: 'relu' | 'maxout', nInputs: number): number {
  return (kind === 'maxout' ? 2 : 1) * (nInputs + 1);
}

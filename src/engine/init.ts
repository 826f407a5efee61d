/**
 * Initialisers: small gaussian or uniform weights scaled by fan-in, Xavier/Glorot, orthogonal
 * recurrent matrices, or zeros (which shows the symmetry problem); zeros for biases; h0 zeros or random.
 */
import { type Activation, type CellType, type Model, type Weights, weightShapes } from './model';
import { setRecurrentRadius } from './radius';
import { createRng, type Rng } from './rng';

/**
 * gaussian   N(0, (scale/√fanIn)²) — the default, "small random"
 * uniform    U(−scale/√fanIn, scale/√fanIn)
 * xavier     Glorot uniform U(−a, a), a = scale·√(6 / (fanIn + fanOut))
 * orthogonal recurrent matrices (Whh blocks) orthogonal, times scale (QR of a gaussian matrix, signs
 *            fixed so Q is unique); the other matrices Xavier
 * zeros      every weight 0: all hidden units compute the same thing and get the same gradient
 */
export type InitKind = 'gaussian' | 'uniform' | 'xavier' | 'orthogonal' | 'zeros';
/** The initialisers offered in the settings (uniform is kept for the engine's tests and benchmarks). */
export const INIT_CHOICES = ['gaussian', 'xavier', 'orthogonal', 'zeros'] as const;
export type InitialState = 'zeros' | 'random';

export interface InitOptions {
  cell: CellType;
  activation?: Activation;
  vocab: string[];
  hiddenSize: number;
  seed: number;
  /** Matrices: gaussian N(0, (scale/√fanIn)²), uniform U(−scale/√fanIn, scale/√fanIn), or zeros. Biases are zeros. */
  init?: InitKind;
  scale?: number;
  /** h0 (and c0): zeros, or random from the seed U(−1, 1) — the lecture starts h0 from random values. */
  initialState?: InitialState;
  /** Bias of the gate that keeps the old state: LSTM bh_f and GRU bh_z start at this value (default 1). */
  keepBias?: number;
  /** If > 0, every recurrent matrix is rescaled to this spectral radius ρ(Whh) after initialisation. */
  whhRadius?: number;
}

/**
 * Gated cells start biased towards keeping their state (LSTM forget gate σ(1) ≈ 0.73, GRU update gate
 * likewise), the usual initialisation (Gers et al. 2000; Jozefowicz et al. 2015). With zero biases the
 * gates sit at 0.5 and the long-range gradient halves at every step, hiding what gating is for.
 */
export const DEFAULT_KEEP_BIAS = 1;

/** An orthogonal n×n matrix: Q of the QR factorisation of a gaussian matrix, with diag(R) > 0. */
export function orthogonalMatrix(rng: Rng, n: number): Float64Array {
  const A = Float64Array.from({ length: n * n }, () => rng.gaussian());
  // modified Gram–Schmidt on the columns of A
  for (let j = 0; j < n; j++) {
    for (let k = 0; k < j; k++) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += A[i * n + j] * A[i * n + k];
      for (let i = 0; i < n; i++) A[i * n + j] -= dot * A[i * n + k];
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += A[i * n + j] ** 2;
    norm = Math.sqrt(norm);
    for (let i = 0; i < n; i++) A[i * n + j] /= norm;
  }
  return A;
}

export function initWeights(
  rng: Rng,
  cell: CellType,
  V: number,
  H: number,
  init: InitKind,
  scale: number,
): Weights {
  const weights: Weights = {};
  for (const s of weightShapes(cell, V, H)) {
    let w: Float64Array = new Float64Array(s.rows * s.cols);
    if (!s.isVector && init !== 'zeros') {
      if (init === 'orthogonal' && s.name.startsWith('Whh')) {
        w = orthogonalMatrix(rng, H);
        for (let n = 0; n < w.length; n++) w[n] *= scale;
      } else if (init === 'xavier' || init === 'orthogonal') {
        const a = scale * Math.sqrt(6 / (s.rows + s.cols));
        for (let n = 0; n < w.length; n++) w[n] = a * (2 * rng.next() - 1);
      } else {
        const k = scale / Math.sqrt(s.fanIn);
        for (let n = 0; n < w.length; n++)
          w[n] = init === 'gaussian' ? k * rng.gaussian() : k * (2 * rng.next() - 1);
      }
    }
    weights[s.name] = w;
  }
  return weights;
}

export function initialState(rng: Rng, H: number, kind: InitialState): Float64Array {
  const v = new Float64Array(H);
  if (kind === 'random') for (let j = 0; j < H; j++) v[j] = 2 * rng.next() - 1;
  return v;
}

/** A fresh model, deterministic from the seed: weights first, then h0, then c0 from the same stream. */
export function initModel(o: InitOptions): Model {
  const rng = createRng(o.seed);
  const V = o.vocab.length;
  const H = o.hiddenSize;
  const weights = initWeights(rng, o.cell, V, H, o.init ?? 'gaussian', o.scale ?? 1);
  const keep = o.cell === 'lstm' ? weights.bh_f : o.cell === 'gru' ? weights.bh_z : null;
  keep?.fill(o.keepBias ?? DEFAULT_KEEP_BIAS);
  if (o.whhRadius !== undefined && o.whhRadius > 0) setRecurrentRadius(o.cell, weights, H, o.whhRadius);
  const kind = o.initialState ?? 'zeros';
  const h0 = initialState(rng, H, kind);
  const c0 = o.cell === 'lstm' ? initialState(rng, H, kind) : null;
  return {
    cell: o.cell,
    activation: o.activation ?? 'tanh',
    vocab: [...o.vocab],
    hiddenSize: H,
    weights,
    h0,
    c0,
  };
}

/**
 * Activation lab slice: which curves are shown, the functions' parameters (α, c, maxout's pieces), the
 * x range, the stack depth, the dying-ReLU step and the activation to hand to the RNN. Declared once
 * with their limits (LAB_LIMITS); serialised to the URL hash under "lab.*" keys, defaults omitted.
 */
import type { StateCreator } from 'zustand';
import { ACTIVATIONS, type Activation } from '../engine/model';
import { DEPTH_MAX } from '../lab/math/depth';
import { DYING_MAX_STEPS } from '../lab/math/dying';
import { LAB_FNS, type LabFn } from '../lab/math/functions';
import type { MaxoutParams } from '../lab/math/maxout';

export interface LabSettings {
  /** Curves shown, in LAB_FNS order. */
  fns: LabFn[];
  leakyAlpha: number;
  eluAlpha: number;
  /** Linear slope c: f(x) = c·x, so N layers give cᴺx. */
  slope: number;
  maxout: MaxoutParams;
  /** Half-width R of the x range [−R, R]. */
  xRange: number;
  /** Layers stacked in the depth section (1–20). */
  depth: number;
  /** Spread σ of the random pre-activations a ~ N(0, σ²) in the depth section. */
  sigma: number;
  /** Gradient-descent steps taken in the dying-ReLU demo. */
  step: number;
  /** The activation "Use in RNN cell" hands to the lesson. */
  rnnAct: Activation;
  /** Into the RNN: show every step's pre-activations (else the lesson cursor's step). */
  allSteps: boolean;
}

type NumKey =
  | 'leakyAlpha'
  | 'eluAlpha'
  | 'slope'
  | 'xRange'
  | 'depth'
  | 'sigma'
  | 'step'
  | keyof MaxoutParams;

/** Range and slider step of every numeric setting (the URL reader rejects values outside). */
export const LAB_LIMITS: Record<NumKey, { min: number; max: number; step: number; int?: true }> = {
  leakyAlpha: { min: 0, max: 0.5, step: 0.01 },
  eluAlpha: { min: 0, max: 3, step: 0.05 },
  slope: { min: -2, max: 2, step: 0.05 },
  w1: { min: -2, max: 2, step: 0.01 },
  b1: { min: -2, max: 2, step: 0.01 },
  w2: { min: -2, max: 2, step: 0.01 },
  b2: { min: -2, max: 2, step: 0.01 },
  xRange: { min: 1, max: 10, step: 0.5 },
  depth: { min: 1, max: DEPTH_MAX, step: 1, int: true },
  sigma: { min: 0.1, max: 5, step: 0.1 },
  step: { min: 0, max: DYING_MAX_STEPS, step: 1, int: true },
};

export const DEFAULT_LAB: LabSettings = {
  fns: ['sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu'],
  leakyAlpha: 0.01,
  eluAlpha: 1,
  slope: 1,
  maxout: { w1: -0.5, b1: 0, w2: 1, b2: 0 },
  xRange: 5,
  depth: 3,
  sigma: 1,
  step: 0,
  rnnAct: 'relu',
  allSteps: false,
};

export interface LabSlice {
  lab: LabSettings;
  /** Changes lab settings; numbers are clamped into LAB_LIMITS, curves kept in LAB_FNS order. */
  setLab(patch: Partial<Omit<LabSettings, 'maxout'>> & { maxout?: Partial<MaxoutParams> }): void;
  /** Shows or hides one curve. */
  toggleLabFn(fn: LabFn, on: boolean): void;
}

export function clampLab(key: NumKey, v: number): number {
  const { min, max, int } = LAB_LIMITS[key];
  const x = Math.min(max, Math.max(min, v));
  return int ? Math.round(x) : x;
}

const ordered = (fns: readonly LabFn[]): LabFn[] => LAB_FNS.filter((f) => fns.includes(f));

/** Applies a patch to the settings (pure; used by the slice and its tests). */
export function patchLab(lab: LabSettings, patch: Parameters<LabSlice['setLab']>[0]): LabSettings {
  const next: LabSettings = { ...lab, ...patch, maxout: { ...lab.maxout, ...patch.maxout } };
  for (const k of ['leakyAlpha', 'eluAlpha', 'slope', 'xRange', 'depth', 'sigma', 'step'] as const) {
    if (Number.isFinite(next[k])) next[k] = clampLab(k, next[k]);
    else next[k] = lab[k];
  }
  for (const k of ['w1', 'b1', 'w2', 'b2'] as const) {
    next.maxout[k] = Number.isFinite(next.maxout[k]) ? clampLab(k, next.maxout[k]) : lab.maxout[k];
  }
  next.fns = ordered(next.fns);
  return next;
}

export const createLabSlice: StateCreator<LabSlice, [], [], LabSlice> = (set) => ({
  lab: DEFAULT_LAB,
  setLab(patch) {
    set((s) => ({ lab: patchLab(s.lab, patch) }));
  },
  toggleLabFn(fn, on) {
    set((s) => {
      const fns = on ? [...s.lab.fns, fn] : s.lab.fns.filter((f) => f !== fn);
      return { lab: { ...s.lab, fns: ordered(fns) } };
    });
  },
});

/** URL key of each numeric setting. */
const NUM_KEYS: Record<NumKey, string> = {
  leakyAlpha: 'lab.leaky',
  eluAlpha: 'lab.elu',
  slope: 'lab.c',
  w1: 'lab.w1',
  b1: 'lab.b1',
  w2: 'lab.w2',
  b2: 'lab.b2',
  xRange: 'lab.x',
  depth: 'lab.N',
  sigma: 'lab.sd',
  step: 'lab.step',
};
const FNS_KEY = 'lab.fn';
const RNN_KEY = 'lab.rnn';
const ALL_KEY = 'lab.all';

const isMaxoutKey = (k: NumKey): k is keyof MaxoutParams =>
  k === 'w1' || k === 'b1' || k === 'w2' || k === 'b2';
const getNum = (lab: LabSettings, k: NumKey): number => (isMaxoutKey(k) ? lab.maxout[k] : lab[k]);

/** URL parameters of the lab: only settings that differ from the defaults, under "lab.*" keys. */
export function labToParams(lab: LabSettings): Record<string, string> {
  const out: Record<string, string> = {};
  const fns = lab.fns.join('.');
  if (fns !== DEFAULT_LAB.fns.join('.')) out[FNS_KEY] = fns === '' ? 'none' : fns;
  for (const k of Object.keys(NUM_KEYS) as NumKey[]) {
    const v = getNum(lab, k);
    if (v !== getNum(DEFAULT_LAB, k)) out[NUM_KEYS[k]] = String(v);
  }
  if (lab.rnnAct !== DEFAULT_LAB.rnnAct) out[RNN_KEY] = lab.rnnAct;
  if (lab.allSteps !== DEFAULT_LAB.allSteps) out[ALL_KEY] = lab.allSteps ? '1' : '0';
  return out;
}

/**
 * Lab settings read from URL parameters: every setting, the default where its key is absent (so a
 * link means the same whatever was open before); malformed or out-of-range keys are listed in `invalid`.
 */
export function labFromParams(params: URLSearchParams): { lab: Partial<LabSettings>; invalid: string[] } {
  const invalid: string[] = [];
  const lab: LabSettings = { ...DEFAULT_LAB, maxout: { ...DEFAULT_LAB.maxout } };
  const fns = params.get(FNS_KEY);
  if (fns !== null) {
    const list = fns === 'none' ? [] : fns.split('.');
    if (list.every((f) => (LAB_FNS as readonly string[]).includes(f))) lab.fns = ordered(list as LabFn[]);
    else invalid.push(FNS_KEY);
  }
  for (const k of Object.keys(NUM_KEYS) as NumKey[]) {
    const raw = params.get(NUM_KEYS[k]);
    if (raw === null) continue;
    const v = raw.trim() === '' ? Number.NaN : Number(raw);
    const { min, max, int } = LAB_LIMITS[k];
    if (!Number.isFinite(v) || v < min || v > max || (int && !Number.isInteger(v))) {
      invalid.push(NUM_KEYS[k]);
      continue;
    }
    if (isMaxoutKey(k)) lab.maxout[k] = v;
    else lab[k] = v;
  }
  const rnn = params.get(RNN_KEY);
  if (rnn !== null) {
    if ((ACTIVATIONS as readonly string[]).includes(rnn)) lab.rnnAct = rnn as Activation;
    else invalid.push(RNN_KEY);
  }
  const all = params.get(ALL_KEY);
  if (all !== null) {
    if (all === '1' || all === '0') lab.allSteps = all === '1';
    else invalid.push(ALL_KEY);
  }
  return { lab, invalid };
}

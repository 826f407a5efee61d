/**
 * The lesson's session as one record (pure, unit-tested): settings, cursor, the loaded and the trained
 * model, the optimiser's state, the training choices and curve. Models are kept as the link's exact
 * float64 blocks (weightsLink.encodeWeights), so every weight round-trips bit for bit and is validated
 * on the way back (H, vocabulary, finite numbers); the optimiser's slots are Float64Arrays, which
 * IndexedDB's structured clone keeps exactly. A record that does not read back is ignored as a whole.
 */

import type { Model } from '../engine/model';
import { weightShapes } from '../engine/model';
import { OPTIMIZER_KINDS, type OptimizerState, SLOT_NAMES } from '../engine/optim';
import type { LossSample, ProbeResult } from '../worker/protocol';
import { type Config, formatHash, parseHash } from './config';
import type { Cursor } from './cursor';
import type { LessonState } from './index';
import type { DataSource } from './trainingData';
import { BUDGETS, CLIP_CHOICES, type ClipChoice, type Trained, type TrainingInfo } from './trainingState';
import { decodeWeights, encodeWeights, WEIGHTS_KEY } from './weightsLink';

export const RECORD_VERSION = 1;

export interface SessionRecord {
  version: number;
  savedAt: number;
  /** The lesson keys (lessonKey) of the addresses this session was shown under: a reload of one restores it. */
  addresses: string[];
  /** Settings and cursor as a link hash (config.formatHash). */
  hash: string;
  loaded: { block: string; file: string } | null;
  trained: { block: string; iterations: number; opt: OptimizerState | null } | null;
  training: SavedTraining;
}

/** The training choices and figures a session keeps: the fields of TrainingInfo that outlive a reload. */
export type SavedTraining = Pick<
  TrainingInfo,
  | 'source'
  | 'pasted'
  | 'clip'
  | 'budget'
  | 'iter'
  | 'loss'
  | 'smooth'
  | 'stride'
  | 'curve'
  | 'sample'
  | 'probe'
>;

export interface RestoredSession {
  config: Config;
  cursor: Cursor;
  loaded: { model: Model; file: string } | null;
  trained: Trained | null;
  training: SavedTraining;
}

/**
 * What identifies a lesson in an address: its settings and its weight block (not the cursor, view or
 * language). A session restores only under an address with the same key (or none).
 */
export function lessonKey(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const { config } = parseHash(hash);
  return `${formatHash(config, { pass: 0, index: 0 })}|${params.get(WEIGHTS_KEY) ?? ''}`;
}

/** The session's state as a record; `kept` is what training has really kept (a snapshot while running). */
export function toRecord(
  s: Pick<LessonState, 'config' | 'cursor' | 'loaded' | 'training'>,
  kept: Trained | null,
  addresses: string[],
  now: number,
): SessionRecord {
  const t = s.training;
  const iter = kept ? kept.iterations : 0;
  return {
    version: RECORD_VERSION,
    savedAt: now,
    addresses,
    hash: formatHash(s.config, s.cursor),
    loaded: s.loaded ? { block: encodeWeights(s.loaded.model), file: s.loaded.file } : null,
    trained: kept ? { block: encodeWeights(kept.model), iterations: kept.iterations, opt: kept.opt } : null,
    training: {
      source: t.source,
      pasted: t.pasted,
      clip: t.clip,
      budget: t.budget,
      // the figures and the curve of what is kept (a run's last iterations after its snapshot are not)
      iter,
      loss: kept ? t.loss : Number.NaN,
      smooth: kept ? t.smooth : Number.NaN,
      stride: t.stride,
      curve: kept ? t.curve.filter((p) => p.x < iter) : [],
      sample: kept ? t.sample : null,
      probe: kept ? t.probe : null,
    },
  };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isNum = (v: unknown): v is number => typeof v === 'number';
const fail = (why: string): never => {
  throw new Error(why);
};

/** The optimiser state if it is one for this model (every slot of every weight, right lengths, finite). */
function readOpt(v: unknown, model: Model): OptimizerState | null {
  if (v === null) return null;
  if (!isObj(v) || !OPTIMIZER_KINDS.includes(v.kind as never)) return fail('optimiser kind');
  const kind = v.kind as OptimizerState['kind'];
  const hyper = v.hyper as OptimizerState['hyper'];
  if (!isObj(hyper) || !['lr', 'momentum', 'beta1', 'beta2', 'eps'].every((k) => isNum(hyper[k])))
    return fail('optimiser hyper-parameters');
  if (!Number.isInteger(v.step) || (v.step as number) < 0) return fail('optimiser step');
  const slots: OptimizerState['slots'] = {};
  const shapes = weightShapes(model.cell, model.vocab.length, model.hiddenSize);
  for (const name of SLOT_NAMES[kind]) {
    const slot = isObj(v.slots) ? v.slots[name] : undefined;
    if (!isObj(slot)) return fail(`optimiser slot ${name}`);
    slots[name] = {};
    for (const w of shapes) {
      const a = slot[w.name];
      if (!(a instanceof Float64Array) || a.length !== w.rows * w.cols || !a.every(Number.isFinite))
        return fail(`optimiser slot ${name}.${w.name}`);
      slots[name][w.name] = Float64Array.from(a);
    }
  }
  return { kind, hyper: { ...hyper }, step: v.step as number, slots };
}

function readTraining(v: unknown): SavedTraining {
  if (!isObj(v)) return fail('training');
  const source = v.source;
  if (
    typeof source !== 'string' ||
    !(source === 'lesson' || source === 'paste' || source.startsWith('corpus:'))
  )
    return fail('source');
  if (typeof v.pasted !== 'string') return fail('pasted');
  if (!CLIP_CHOICES.includes(v.clip as ClipChoice)) return fail('clip');
  if (!BUDGETS.includes(v.budget as number)) return fail('budget');
  const curve = v.curve;
  if (
    !Array.isArray(curve) ||
    !curve.every((p) => isObj(p) && isNum(p.x) && isNum(p.loss) && isNum(p.smooth))
  )
    return fail('curve');
  if (!Number.isInteger(v.iter) || !Number.isInteger(v.stride) || (v.stride as number) < 1)
    return fail('iterations');
  if (!isNum(v.loss) || !isNum(v.smooth)) return fail('loss');
  if (v.sample !== null && typeof v.sample !== 'string') return fail('sample');
  if (v.probe !== null && !Array.isArray(v.probe)) return fail('probe');
  return {
    source: source as DataSource,
    pasted: v.pasted,
    clip: v.clip as ClipChoice,
    budget: v.budget as number,
    iter: v.iter as number,
    loss: v.loss,
    smooth: v.smooth,
    stride: v.stride as number,
    curve: curve.map((p) => ({ x: p.x, loss: p.loss, smooth: p.smooth })),
    sample: v.sample as string | null,
    probe: v.probe as ProbeResult[] | null,
  };
}

/** The session a stored value holds, or the reason it cannot be used. */
export function fromRecord(v: unknown): RestoredSession | { error: string } {
  try {
    if (!isObj(v) || v.version !== RECORD_VERSION) return fail('version');
    if (typeof v.hash !== 'string') return fail('hash');
    const parsed = parseHash(v.hash);
    if (parsed.rejected.length > 0) return fail(`settings (${parsed.rejected.map((r) => r.key).join(', ')})`);
    let loaded: RestoredSession['loaded'] = null;
    if (v.loaded !== null) {
      const l = v.loaded;
      if (!isObj(l) || typeof l.block !== 'string' || typeof l.file !== 'string') return fail('loaded model');
      loaded = { model: decodeWeights(l.block), file: l.file };
    }
    let trained: Trained | null = null;
    if (v.trained !== null) {
      const t = v.trained;
      if (!isObj(t) || typeof t.block !== 'string' || !Number.isInteger(t.iterations))
        return fail('trained model');
      const model = decodeWeights(t.block);
      trained = { model, iterations: t.iterations as number, opt: readOpt(t.opt, model) };
    }
    return {
      config: parsed.config,
      cursor: parsed.cursor,
      loaded,
      trained,
      training: readTraining(v.training),
    };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Growing the lesson's passes without freezing the page and without unbounded memory: a pass is one
 * optimiser update plus a fresh trace (an LSTM with H = 64 over 200 steps: ~40 ms and ~1.9 MB), so a
 * link that asks for pass 500 is computed in the background one pass per slice, and the number of
 * passes kept is limited by a memory budget (PASS_MEMORY) that the notice states; their traces live
 * in a bounded cache (traceCache.ts).
 */
import { type Config, MAX_PASS } from './config';
import { isError, type LessonError, nextPass, type Pass, type Sequence } from './lesson';
import { typedBytes } from './traceCache';

/**
 * Memory the kept passes' weights, optimiser states and ΔW may take (bytes). Their traces have a
 * budget of their own and are rebuilt when read after being dropped (src/store/traceCache.ts).
 */
export const PASS_MEMORY = 128 * 2 ** 20;
/** The fewest passes any lesson keeps (pass 0 and the one after its update). */
export const MAX_PASS_KEPT_MIN = 2;
/** Below this much work (multiply-adds, ~30 ms in Chromium) passes are grown at once, without a progress line. */
export const SYNC_WORK = 4_000_000;

/** Bytes a kept pass holds for good: its model, optimiser state and ΔW (not its trace, which is cached). */
export function passBytes(pass: Pass): number {
  return typedBytes({ model: pass.model, optimizer: pass.optimizer, delta: pass.delta });
}

/** Bytes one later pass holds: pass 0's, plus its ΔW and room for the optimiser's moments (Adam: two). */
export function perPassBytes(pass0: Pass): number {
  return passBytes(pass0) + 2 * typedBytes(pass0.model.weights);
}

/** How many passes (pass 0 included) a lesson may keep: PASS_MEMORY over perPassBytes, within [2, MAX_PASS + 2]. */
export function maxKeptPasses(pass0: Pass): number {
  return Math.max(MAX_PASS_KEPT_MIN, Math.min(MAX_PASS + 2, Math.floor(PASS_MEMORY / perPassBytes(pass0))));
}

/** Rough multiply-adds of one pass: T steps of (gates · H · (H + V)) forward and twice that backward. */
export function passWork(config: Config, seq: Sequence): number {
  const gates = config.cell === 'lstm' ? 4 : config.cell === 'gru' ? 3 : 1;
  const H = config.hidden;
  const V = seq.vocab.length;
  return 3 * seq.inputs.length * (gates * H * (H + V) + V * H);
}

export interface Grown {
  passes: Pass[];
  error: LessonError | null;
}

/** Grows passes up to index `upTo`, one pass per `next()` (yielding the count so far); stops at a divergence. */
export function* growSteps(
  passes: readonly Pass[],
  config: Config,
  seq: Sequence,
  upTo: number,
): Generator<Pass[], Grown, void> {
  const out = [...passes];
  while (out.length <= upTo) {
    const p = nextPass(out[out.length - 1], config, seq);
    if (isError(p)) return { passes: out, error: p };
    out.push(p);
    yield out;
  }
  return { passes: out, error: null };
}

/** growSteps run to the end at once. */
export function growNow(passes: Pass[], config: Config, seq: Sequence, upTo: number): Grown {
  if (passes.length > upTo) return { passes, error: null };
  const steps = growSteps(passes, config, seq, upTo);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

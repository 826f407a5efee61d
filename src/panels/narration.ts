import { BLOCKS, type CellType } from '../engine/model';
/**
 * One sentence per moment, for the class to read: a catalog key and its parameters, filled from the
 * trace of the current pass (and the next pass at the update). Pure; translated by narrationText.
 */
import type { OptimizerKind } from '../engine/optim';
import { NO_INPUT } from '../engine/text';
import { blockOf } from '../engine/trace';
import { fmt, fmtAuto, norm, pct } from '../format';
import type { MessageKey, Params, Translate } from '../i18n';
import type { Moment } from '../store/cursor';
import type { Pass } from '../store/lesson';
import { showChar } from './equations/tex';

export interface Narration {
  key: MessageKey;
  params: Params;
  /** Parameters whose value is itself a message (translated too), e.g. the activation's name. */
  refs?: Record<string, MessageKey>;
}

/** The part of the lesson's config a sentence depends on (the store's Config fits). */
export interface NarrationConfig {
  optimizer: OptimizerKind;
}

/** The sentence in the current language. */
/** The cell's own recurrent weights by name: Wxh, Whh (rnn) or Wxhₖ, Whhₖ over its gates k (lstm f i o g, gru z r g). */
function weightNames(cell: CellType, prefix = ''): string {
  if (cell === 'rnn') return `${prefix}Wxh, ${prefix}Whh`;
  return `${prefix}Wxhₖ, ${prefix}Whhₖ (k = ${BLOCKS[cell].join(', ')})`;
}

export function narrationText(n: Narration, t: Translate): string {
  const params: Params = { ...n.params };
  for (const [name, key] of Object.entries(n.refs ?? {})) params[name] = t(key);
  return t(n.key, params);
}

function mean(v: ArrayLike<number>): string {
  let s = 0;
  for (let k = 0; k < v.length; k++) s += v[k];
  return fmt(v.length ? s / v.length : 0, 2);
}

/** "[0, 1, 0, 0]", or "[0 … 1 … 0] (k/V)" for a large vocabulary. */
/** A whole number in Unicode subscript digits (h₀, h₁₂), for plain-text narration. */
export function subscript(n: number): string {
  return String(n).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]);
}

export function oneHotText(V: number, k: number | null): string {
  if (V <= 12) return `[${Array.from({ length: V }, (_, i) => (i === k ? 1 : 0)).join(', ')}]`;
  return k === null ? `[0 … 0] (${V})` : `[0 … 1 … 0] (${k + 1}/${V})`;
}

export function narrate(
  moment: Moment,
  pass: Pass,
  nextPass: Pass | null,
  config: NarrationConfig,
  vocab: readonly string[],
): Narration {
  const trace = pass.trace;
  const ch = (k: number | null) => (k === null ? NO_INPUT : showChar(vocab[k] ?? '?'));
  switch (moment.phase) {
    case 'forward':
      return narrateForward(moment, pass, ch);
    case 'total':
      return {
        key: 'narr.total',
        params: { T: trace.T, loss: fmt(trace.loss), weights: weightNames(trace.model.cell) },
      };
    case 'backward':
      return narrateBackward(moment, pass, ch);
    case 'update': {
      if (!nextPass) return { key: 'equations.narr.updateFailed', params: {} };
      const params = { before: fmt(trace.loss), after: fmt(nextPass.trace.loss) };
      if (config.optimizer === 'sgd') return { key: 'narr.update', params };
      return { key: 'equations.narr.updateOpt', params, refs: { opt: `opt.${config.optimizer}` } };
    }
  }
}

function narrateForward(
  m: Extract<Moment, { phase: 'forward' }>,
  pass: Pass,
  ch: (k: number | null) => string,
): Narration {
  const { t } = m;
  const trace = pass.trace;
  const f = trace.forward[t - 1];
  const cell = trace.model.cell;
  const tm1 = subscript(t - 1);
  switch (m.sub) {
    case 'x':
      return { key: 'narr.x', params: { t, ch: ch(f.input), onehot: oneHotText(f.p.length, f.input) } };
    case 'a':
      return { key: 'narr.a', params: { t, tm1 } };
    case 'h':
      if (cell === 'lstm') {
        return t < trace.T
          ? { key: 'narr.lstmH', params: { t, tp1: t + 1 } }
          : { key: 'equations.narr.lstmHLast', params: { t } };
      }
      if (cell === 'gru') return { key: 'narr.gruH', params: { t, tm1 } };
      return {
        key: 'narr.h',
        params: { t, tsub: subscript(t) },
        refs: { act: `act.${trace.model.activation}` },
      };
    case 'f':
      return { key: 'narr.forget', params: { t, mean: mean(blockOf(f.act, 'f')) } };
    case 'i':
      return { key: 'narr.inputGate', params: { t, mean: mean(blockOf(f.act, 'i')) } };
    case 'o':
      return { key: 'narr.outputGate', params: { t, mean: mean(blockOf(f.act, 'o')) } };
    case 'g':
      return cell === 'gru'
        ? { key: 'narr.gruCandidate', params: { t, tm1 } }
        : { key: 'narr.candidate', params: { t } };
    case 'c':
      return { key: 'narr.cell', params: { t, tm1 } };
    case 'z':
      return { key: 'narr.updateGate', params: { t, mean: mean(blockOf(f.act, 'z')) } };
    case 'r':
      return { key: 'narr.resetGate', params: { t, tm1, mean: mean(blockOf(f.act, 'r')) } };
    case 'y':
      return { key: 'narr.y', params: { t, pick: ch(f.argmax), score: fmt(f.y[f.argmax]) } };
    case 'p': {
      const params = { t, ch: ch(f.input), pct: pct(f.p[f.argmax]), pick: ch(f.argmax) };
      if (f.target === null) return { key: 'narr.pNoTarget', params };
      return { key: 'narr.p', params: { ...params, target: ch(f.target) } };
    }
    case 'loss': {
      if (f.target === null) return { key: 'narr.lossNone', params: { t } };
      const params = { t, pick: ch(f.argmax), ptarget: fmt(f.p[f.target]), loss: fmt(f.loss) };
      if (f.argmax === f.target) return { key: 'narr.lossRight', params };
      return { key: 'narr.lossWrong', params: { ...params, target: ch(f.target) } };
    }
  }
}

function narrateBackward(
  m: Extract<Moment, { phase: 'backward' }>,
  pass: Pass,
  ch: (k: number | null) => string,
): Narration {
  const { t } = m;
  const trace = pass.trace;
  const f = trace.forward[t - 1];
  const b = trace.backward[t - 1];
  switch (m.sub) {
    case 'dy':
      if (f.target === null) return { key: 'narr.dyNone', params: { t } };
      return { key: 'narr.dy', params: { t, target: ch(f.target), dtarget: fmt(1 - f.p[f.target]) } };
    case 'dh':
      return {
        key: 'narr.dh',
        params: { t, out: fmtAuto(norm(b.dhFromOutput)), fut: fmtAuto(norm(b.dhFromFuture)) },
      };
    case 'dact': {
      const cell = trace.model.cell;
      if (cell === 'lstm')
        return { key: 'equations.narr.dactLstm', params: { t, dc: fmtAuto(norm(b.dc ?? [])) } };
      if (cell === 'gru') return { key: 'equations.narr.dactGru', params: { t, dh: fmtAuto(norm(b.dh)) } };
      const after = fmtAuto(norm(blockOf(b.dPre, '')));
      if (trace.model.activation === 'linear')
        return { key: 'equations.narr.dactLinear', params: { t, after } };
      const before = fmtAuto(norm(b.dh));
      if (before === after) return { key: 'equations.narr.dactKeep', params: { t, after } };
      return { key: 'narr.dact', params: { t, before, after } };
    }
    case 'dW':
      return {
        key: 'narr.dW',
        params: { t, grads: weightNames(trace.model.cell, 'd'), dh: fmt(norm(b.dhPrev), 3) },
      };
  }
}

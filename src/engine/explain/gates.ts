/** The backward pass through the nonlinearities: d(block value), the factor act′, and d(pre-activation). */
import type { Block } from '../model';
import { asCell, blockOf, type Trace } from '../trace';
import { throughWhhG } from './backward';
import { explanation, num, ref, term } from './build';
import { subDigits } from './names';
import type { Explanation, Quantity, Term } from './types';

const s = subDigits;

/** d(value of block)[j]: rnn dh; LSTM do = dh·tanh c, df = dc·c_{t−1}, di = dc·g, dg = dc·i; GRU dz, dr, dg. */
export function explainDact(trace: Trace, t: number, blk: Block, j: number): Explanation {
  const { model } = trace;
  const f = trace.forward[t - 1];
  const b = trace.backward[t - 1];
  const q: Quantity = { kind: 'dact', t, block: blk, j };
  const value = blockOf(b.dAct, blk)[j];
  const act = (k: Block, u = t) =>
    ref(model, { kind: 'act', t: u, block: k, j }, blockOf(trace.forward[u - 1].act, k)[j]);
  const dh = ref(model, { kind: 'dh', t, j }, b.dh[j]);
  const dc = () => ref(model, { kind: 'dc', t, j }, asCell(b, 'lstm').dc[j]);
  const hPrev = ref(model, { kind: 'h', t: t - 1, j }, f.hPrev[j]);
  const J = `[${j + 1}]`;
  let terms: Term[];
  let formula: string;
  switch (model.cell === 'rnn' ? 'rnn' : `${model.cell}-${blk}`) {
    case 'rnn':
      return explanation(model, q, `dh${s(t)}${J}`, [term(dh)], value, true);
    case 'lstm-o':
      terms = [term(dh, ref(model, { kind: 'c', t, j }, asCell(f, 'lstm').tanhC[j], 'tanh'))];
      formula = `dh${s(t)}${J}·tanh(c${s(t)}${J})`;
      break;
    case 'lstm-f':
      terms = [term(dc(), ref(model, { kind: 'c', t: t - 1, j }, asCell(f, 'lstm').cPrev[j]))];
      formula = `dc${s(t)}${J}·c${s(t - 1)}${J}`;
      break;
    case 'lstm-i':
      terms = [term(dc(), act('g'))];
      formula = `dc${s(t)}${J}·g${s(t)}${J}`;
      break;
    case 'lstm-g':
      terms = [term(dc(), act('i'))];
      formula = `dc${s(t)}${J}·i${s(t)}${J}`;
      break;
    case 'gru-z':
      terms = [term(dh, hPrev), term(num('−1', -1), dh, act('g'))];
      formula = `dh${s(t)}${J}·(h${s(t - 1)}${J} − g${s(t)}${J})`;
      break;
    case 'gru-g': {
      const z = asCell(f, 'gru').act.z[j];
      terms = [term(dh, ref(model, { kind: 'act', t, block: 'z', j }, 1 - z, '1 −'))];
      formula = `dh${s(t)}${J}·(1 − z${s(t)}${J})`;
      break;
    }
    default: // gru-r: dr = (Whh_gᵀ da_g)[j]·h_{t−1}[j]
      terms = throughWhhG(trace, t, j, { kind: 'h', t: t - 1, j });
      formula = `Σᵢ Whh_g[i,${j + 1}]·da_g${s(t)}[i]·h${s(t - 1)}${J}`;
  }
  return explanation(model, q, formula, terms, value, true);
}

/** The factor through the nonlinearity: act′(a) (tanh 1 − h²), σ′ = s(1 − s), tanh′ = 1 − g². */
export function explainDeriv(trace: Trace, t: number, blk: Block, j: number): Explanation {
  const { model } = trace;
  const b = trace.backward[t - 1];
  const value = blockOf(b.actDeriv, blk)[j];
  const J = `[${j + 1}]`;
  const sym = blk === '' ? 'h' : blk;
  const other = blk === '' && model.activation !== 'tanh';
  // tanh and σ are differentiated through their value; other activations through a
  const vq: Quantity = other
    ? { kind: 'pre', t, block: '', j }
    : blk === ''
      ? { kind: 'h', t, j }
      : { kind: 'act', t, block: blk, j };
  const fn = other ? `${model.activation}′` : blk === 'g' || blk === '' ? '1 − x²' : 'x(1 − x)';
  const formula = other
    ? `${fn}(a${s(t)}${J})`
    : blk === 'g' || blk === ''
      ? `1 − ${sym}${s(t)}${J}²`
      : `${sym}${s(t)}${J}·(1 − ${sym}${s(t)}${J})`;
  const terms = [term({ label: formula, value, ref: vq, fn })];
  return explanation(model, { kind: 'deriv', t, block: blk, j }, formula, terms, value, true);
}

/** d(pre-activation)[j] = d(value)[j]·act′[j]. */
export function explainDpre(trace: Trace, t: number, blk: Block, j: number): Explanation {
  const { model } = trace;
  const b = trace.backward[t - 1];
  const terms = [
    term(
      ref(model, { kind: 'dact', t, block: blk, j }, blockOf(b.dAct, blk)[j]),
      ref(model, { kind: 'deriv', t, block: blk, j }, blockOf(b.actDeriv, blk)[j]),
    ),
  ];
  const q: Quantity = { kind: 'dpre', t, block: blk, j };
  const sym = blk === '' ? 'h' : blk;
  return explanation(
    model,
    q,
    `d${sym}${s(t)}[${j + 1}]·act′[${j + 1}]`,
    terms,
    blockOf(b.dPre, blk)[j],
    true,
  );
}

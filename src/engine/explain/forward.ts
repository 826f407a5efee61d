/** Forward quantities explained: a = Wxh x + Whh h + b as a sum of products, h, gates, c, y, p, L. */
import { type Block, blockName, type LstmGate } from '../model';
import { asCell, blockOf, type Trace } from '../trace';
import { explanation, num, ref, term } from './build';
import { showChar, subDigits, weightName } from './names';
import type { Explanation, Quantity, Term } from './types';

const FN: Record<string, string> = { f: 'σ', i: 'σ', o: 'σ', z: 'σ', r: 'σ', g: 'tanh' };

/** Pre-activation of block blk, entry j: Σ of the products that make it. */
export function explainPre(trace: Trace, t: number, blk: Block, j: number): Explanation {
  const { model } = trace;
  const H = model.hiddenSize;
  const V = model.vocab.length;
  const f = trace.forward[t - 1];
  const W = model.weights;
  const wxh = blockName('Wxh', blk);
  const whh = blockName('Whh', blk);
  const bh = blockName('bh', blk);
  const terms: Term[] = [];
  if (f.input !== null) {
    const x = f.input;
    terms.push(
      term(
        num(weightName(model, wxh, j * V + x), W[wxh][j * V + x]),
        num(`x${subDigits(t)}[${showChar(model.vocab[x])}]`, 1),
      ),
    );
  }
  const gru = f.cell === 'gru' && blk === 'g';
  for (let i = 0; i < H; i++) {
    const w = num(weightName(model, whh, j * H + i), W[whh][j * H + i]);
    const hq: Quantity = { kind: 'h', t: t - 1, j: i };
    const h = ref(model, hq, f.hPrev[i]);
    if (gru) {
      const r = f.act.r;
      terms.push(term(w, ref(model, { kind: 'act', t, block: 'r', j: i }, r[i]), h));
    } else terms.push(term(w, h));
  }
  terms.push(term(num(weightName(model, bh, j), W[bh][j])));
  const hIn = gru ? `(r${subDigits(t)} ⊙ h${subDigits(t - 1)})` : `h${subDigits(t - 1)}`;
  const formula = `${wxh}[${j + 1},·]·x${subDigits(t)} + ${whh}[${j + 1},·]·${hIn} + ${bh}[${j + 1}]`;
  return explanation(model, { kind: 'pre', t, block: blk, j }, formula, terms, blockOf(f.pre, blk)[j], false);
}

/** A value made by one function of its pre-activation: rnn h = act(a), gates σ(a) or tanh(a). */
export function explainAct(trace: Trace, t: number, blk: Block, j: number): Explanation {
  const { model } = trace;
  const f = trace.forward[t - 1];
  const fn = blk === '' ? model.activation : FN[blk];
  const pq: Quantity = { kind: 'pre', t, block: blk, j };
  const arg = ref(model, pq, blockOf(f.pre, blk)[j]);
  const value = blockOf(f.act, blk)[j];
  const q: Quantity = blk === '' ? { kind: 'h', t, j } : { kind: 'act', t, block: blk, j };
  const terms = [term({ label: `${fn}(${arg.label})`, value, ref: pq, fn })];
  return explanation(model, q, `${fn}(${arg.label})`, terms, value, false, { fn, arg });
}

/** h_t[j] of each cell. */
export function explainH(trace: Trace, t: number, j: number): Explanation {
  const { model } = trace;
  const q: Quantity = { kind: 'h', t, j };
  if (t === 0) return explanation(model, q, 'h₀', [term(num('h₀', model.h0[j]))], model.h0[j], false);
  const f = trace.forward[t - 1];
  const s = subDigits(t);
  if (f.cell === 'rnn') return explainAct(trace, t, '', j);
  if (f.cell === 'lstm') {
    const o = ref(model, { kind: 'act', t, block: 'o', j }, f.act.o[j]);
    const tc = ref(model, { kind: 'c', t, j }, f.tanhC[j], 'tanh');
    return explanation(model, q, `o${s}[${j + 1}]·tanh(c${s}[${j + 1}])`, [term(o, tc)], f.h[j], false);
  }
  const z = f.act.z[j];
  const zq: Quantity = { kind: 'act', t, block: 'z', j };
  const terms = [
    term(ref(model, zq, z), ref(model, { kind: 'h', t: t - 1, j }, f.hPrev[j])),
    term(ref(model, zq, 1 - z, '1 −'), ref(model, { kind: 'act', t, block: 'g', j }, f.act.g[j])),
  ];
  const prev = subDigits(t - 1);
  const formula = `z${s}[${j + 1}]·h${prev}[${j + 1}] + (1 − z${s}[${j + 1}])·g${s}[${j + 1}]`;
  return explanation(model, q, formula, terms, f.h[j], false);
}

/** LSTM c_t[j] = f·c_{t−1} + i·g. */
export function explainC(trace: Trace, t: number, j: number): Explanation {
  const { model } = trace;
  const q: Quantity = { kind: 'c', t, j };
  const c0 = model.c0 as Float64Array;
  if (t === 0) return explanation(model, q, 'c₀', [term(num('c₀', c0[j]))], c0[j], false);
  const f = asCell(trace.forward[t - 1], 'lstm');
  const a = (b: LstmGate) => ref(model, { kind: 'act', t, block: b, j }, f.act[b][j]);
  const cPrev = ref(model, { kind: 'c', t: t - 1, j }, f.cPrev[j]);
  const s = subDigits(t);
  const formula = `f${s}[${j + 1}]·c${subDigits(t - 1)}[${j + 1}] + i${s}[${j + 1}]·g${s}[${j + 1}]`;
  const terms = [term(a('f'), cPrev), term(a('i'), a('g'))];
  return explanation(model, q, formula, terms, f.c[j], false);
}

/** y_t[k] = Why[k,·]·h_t + by[k]. */
export function explainY(trace: Trace, t: number, k: number): Explanation {
  const { model } = trace;
  const H = model.hiddenSize;
  const f = trace.forward[t - 1];
  const W = model.weights;
  const terms: Term[] = [];
  for (let j = 0; j < H; j++) {
    terms.push(
      term(
        num(weightName(model, 'Why', k * H + j), W.Why[k * H + j]),
        ref(model, { kind: 'h', t, j }, f.h[j]),
      ),
    );
  }
  terms.push(term(num(weightName(model, 'by', k), W.by[k])));
  const ch = showChar(model.vocab[k]);
  const formula = `Why[${ch},·]·h${subDigits(t)} + by[${ch}]`;
  return explanation(model, { kind: 'y', t, k }, formula, terms, f.y[k], false);
}

/** p_t[k] = exp(y_t[k]) / Σ exp(y_t). */
export function explainP(trace: Trace, t: number, k: number): Explanation {
  const { model } = trace;
  const f = trace.forward[t - 1];
  const yq: Quantity = { kind: 'y', t, k };
  const arg = ref(model, yq, f.y[k]);
  const formula = `exp(${arg.label}) / Σ exp(y${subDigits(t)})`;
  const terms = [term({ label: formula, value: f.p[k], ref: yq, fn: 'softmax' })];
  return explanation(model, { kind: 'p', t, k }, formula, terms, f.p[k], false, { fn: 'softmax', arg });
}

/** L_t = −ln p_t[target] (0 without a target). */
export function explainLoss(trace: Trace, t: number): Explanation {
  const { model } = trace;
  const f = trace.forward[t - 1];
  const q: Quantity = { kind: 'loss', t };
  if (f.target === null) return explanation(model, q, '0', [], 0, false);
  const pq: Quantity = { kind: 'p', t, k: f.target };
  const arg = ref(model, pq, f.p[f.target]);
  const terms = [term({ label: `−ln ${arg.label}`, value: f.loss, ref: pq, fn: '−ln' })];
  return explanation(model, q, `−ln ${arg.label}`, terms, f.loss, false, { fn: '−ln', arg });
}

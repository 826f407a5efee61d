/** Weight gradients as the sum of every step's product, and ΔW from the optimiser's rule. */
import type { Block } from '../model';
import { blockOf, type Trace } from '../trace';
import { explanation, num, ref, term } from './build';
import { showChar, subDigits, weightName } from './names';
import type { Explanation, Quantity, Term, UpdateContext } from './types';
import { traceValue } from './value';

/** dW[index] = Σ over steps s ≥ from of that step's product (dWhh[i,j] += da_s[i]·h_{s−1}[j], …). */
export function explainDW(trace: Trace, name: string, index: number, from = 1): Explanation {
  const { model } = trace;
  const H = model.hiddenSize;
  const V = model.vocab.length;
  const [base, blk = ''] = name.split('_') as [string, Block?];
  const terms: Term[] = [];
  let formula: string;
  const lo = Math.max(1, from);
  const tSum = lo > 1 ? `Σ_{t≥${lo}}` : 'Σₜ';
  if (name === 'Why' || name === 'by') {
    const k = name === 'Why' ? Math.floor(index / H) : index;
    const j = index % H;
    for (let t = trace.T; t >= lo; t--) {
      const dy = ref(model, { kind: 'dy', t, k }, trace.backward[t - 1].dy[k]);
      if (name === 'by') terms.push(term(dy));
      else terms.push(term(dy, ref(model, { kind: 'h', t, j }, trace.forward[t - 1].h[j])));
    }
    const ch = showChar(model.vocab[k]);
    formula = name === 'by' ? `${tSum} dyₜ[${ch}]` : `${tSum} dyₜ[${ch}]·hₜ[${j + 1}]`;
  } else {
    const cols = base === 'Whh' ? H : V;
    const i = base === 'bh' ? index : Math.floor(index / cols);
    const c = index % cols;
    const b = blk as Block;
    const sym = b === '' ? 'a' : `a_${b}`;
    for (let t = trace.T; t >= lo; t--) {
      const f = trace.forward[t - 1];
      const d = ref(model, { kind: 'dpre', t, block: b, j: i }, blockOf(trace.backward[t - 1].dPre, b)[i]);
      if (base === 'bh') terms.push(term(d));
      else if (base === 'Wxh') {
        // x_t is one-hot: only the steps whose input is character c add da_t[i]
        if (f.input === c) terms.push(term(d, num(`x${subDigits(t)}[${showChar(model.vocab[c])}]`, 1)));
      } else {
        const h = ref(model, { kind: 'h', t: t - 1, j: c }, f.hPrev[c]);
        if (f.cell === 'gru' && b === 'g') {
          terms.push(term(d, ref(model, { kind: 'act', t, block: 'r', j: c }, f.act.r[c]), h));
        } else terms.push(term(d, h));
      }
    }
    const J = `[${i + 1}]`;
    if (base === 'bh') formula = `${tSum} d${sym}ₜ${J}`;
    else if (base === 'Wxh') formula = `${tSum} d${sym}ₜ${J}·xₜ[${showChar(model.vocab[c])}]`;
    else
      formula = `${tSum} d${sym}ₜ${J}·${model.cell === 'gru' && b === 'g' ? `rₜ[${c + 1}]·` : ''}hₜ₋₁[${c + 1}]`;
  }
  const q: Quantity = { kind: 'dW', name, index, ...(from > 1 ? { from } : {}) };
  return explanation(model, q, formula, terms, traceValue(trace, q), true);
}

/** ΔW[index] by the optimiser's rule, from the state before the update. */
export function explainDelta(trace: Trace, name: string, index: number, ctx: UpdateContext): Explanation {
  const { model } = trace;
  const { kind, hyper, step, slots } = ctx.before;
  const g = trace.grads[name][index];
  const gq: Quantity = { kind: 'dW', name, index };
  const dW = ref(model, gq, g);
  const w = weightName(model, name, index);
  const value = ctx.delta[name][index];
  const q: Quantity = { kind: 'delta', name, index };
  const lr = num('−lr', -hyper.lr);
  let terms: Term[];
  let formula: string;
  if (kind === 'sgd') {
    terms = [term(lr, dW)];
    formula = `−lr·d${w}`;
  } else if (kind === 'momentum') {
    const v = slots.velocity[name][index];
    terms = [term(num('μ', hyper.momentum), num(`v[${w}]`, v)), term(lr, dW)];
    formula = `μ·v − lr·d${w}`;
  } else if (kind === 'adagrad') {
    const mem = slots.mem[name][index] + g * g;
    terms = [term(lr, dW, num('1/√(mem + ε)', 1 / Math.sqrt(mem + hyper.eps)))];
    formula = `−lr·d${w} / √(mem + ε)`;
  } else {
    const t = step + 1;
    const m = hyper.beta1 * slots.m[name][index] + (1 - hyper.beta1) * g;
    const v = hyper.beta2 * slots.v[name][index] + (1 - hyper.beta2) * g * g;
    const mHat = m / (1 - hyper.beta1 ** t);
    const vHat = v / (1 - hyper.beta2 ** t);
    terms = [term(lr, num('m̂', mHat), num('1/(√v̂ + ε)', 1 / (Math.sqrt(vHat) + hyper.eps)))];
    formula = '−lr·m̂ / (√v̂ + ε)';
  }
  return explanation(model, q, formula, terms, value, true);
}

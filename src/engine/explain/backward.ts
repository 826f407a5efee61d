/** Gradients of one step explained by the chain rule: every factor a number of the trace, with its ref. */
import { type Block, blockName, type GruGate, type LstmGate } from '../model';
import { asCell, blockOf, type Trace } from '../trace';
import { explanation, num, ref, term } from './build';
import { showChar, subDigits, weightName } from './names';
import type { Explanation, Quantity, Term } from './types';
import { traceValue } from './value';

const s = subDigits;

/** dy_t[k] = p_t[k] − onehot(target)[k]. */
export function explainDy(trace: Trace, t: number, k: number): Explanation {
  const { model } = trace;
  const f = trace.forward[t - 1];
  const q: Quantity = { kind: 'dy', t, k };
  const value = trace.backward[t - 1].dy[k];
  if (f.target === null) return explanation(model, q, '0', [], value, true);
  const terms = [term(ref(model, { kind: 'p', t, k }, f.p[k]))];
  if (k === f.target) terms.push(term(num('−1', -1)));
  const formula = `p${s(t)}[${showChar(model.vocab[k])}] − onehot[${showChar(model.vocab[k])}]`;
  return explanation(model, q, formula, terms, value, true);
}

/** dh_t[j] = (Whyᵀ dy_t)[j] + dh_t^future[j]. */
export function explainDh(trace: Trace, t: number, j: number): Explanation {
  const { model } = trace;
  const b = trace.backward[t - 1];
  const terms = [
    term(ref(model, { kind: 'dhOut', t, j }, b.dhFromOutput[j])),
    term(ref(model, { kind: 'dhFuture', t, j }, b.dhFromFuture[j])),
  ];
  const formula = `(Whyᵀ dy${s(t)})[${j + 1}] + dh${s(t)}^future[${j + 1}]`;
  return explanation(model, { kind: 'dh', t, j }, formula, terms, b.dh[j], true);
}

/** (Whyᵀ dy_t)[j] = Σ_k Why[k,j]·dy_t[k]. */
export function explainDhOut(trace: Trace, t: number, j: number): Explanation {
  const { model } = trace;
  const H = model.hiddenSize;
  const b = trace.backward[t - 1];
  const terms: Term[] = model.vocab.map((_, k) =>
    term(
      num(weightName(model, 'Why', k * H + j), model.weights.Why[k * H + j]),
      ref(model, { kind: 'dy', t, k }, b.dy[k]),
    ),
  );
  return explanation(
    model,
    { kind: 'dhOut', t, j },
    `Σₖ Why[k,${j + 1}]·dy${s(t)}[k]`,
    terms,
    b.dhFromOutput[j],
    true,
  );
}

/** Σ_i Whh_b[i,j]·da_b[i] of step u, for the blocks given (one sum of dhPrev). */
function throughWhh(trace: Trace, u: number, blocks: readonly Block[], j: number, extra?: Quantity): Term[] {
  const { model } = trace;
  const H = model.hiddenSize;
  const bu = trace.backward[u - 1];
  const out: Term[] = [];
  for (const blk of blocks) {
    const whh = blockName('Whh', blk);
    const d = blockOf(bu.dPre, blk);
    for (let i = 0; i < H; i++) {
      const fs = [
        num(weightName(model, whh, i * H + j), model.weights[whh][i * H + j]),
        ref(model, { kind: 'dpre', t: u, block: blk, j: i }, d[i]),
      ];
      if (extra) fs.push(ref(model, extra, traceValue(trace, extra)));
      out.push(term(...fs));
    }
  }
  return out;
}
/** GRU: Σ_i Whh_g[i,j]·da_g[i] of step u times another factor (r or h_{t−1}). */
export function throughWhhG(trace: Trace, u: number, j: number, extra: Quantity): Term[] {
  return throughWhh(trace, u, ['g'], j, extra);
}

/** What step t + 1 passes back into h_t: dh_{t+1}'s path through the cell of step t + 1. */
export function explainDhFuture(trace: Trace, t: number, j: number): Explanation {
  const { model } = trace;
  const q: Quantity = { kind: 'dhFuture', t, j };
  const value = trace.backward[t - 1].dhFromFuture[j];
  if (t === trace.T) return explanation(model, q, '0', [], value, true);
  const u = t + 1;
  const cell = model.cell;
  let terms: Term[];
  let formula: string;
  if (cell === 'rnn') {
    terms = throughWhh(trace, u, [''], j);
    formula = `Σᵢ Whh[i,${j + 1}]·da${s(u)}[i]`;
  } else if (cell === 'lstm') {
    terms = throughWhh(trace, u, ['f', 'i', 'o', 'g'] as LstmGate[], j);
    formula = `Σ_k Σᵢ Whh_k[i,${j + 1}]·da_k${s(u)}[i]`;
  } else {
    const f = asCell(trace.forward[u - 1], 'gru');
    const bu = trace.backward[u - 1];
    const zq: Quantity = { kind: 'act', t: u, block: 'z', j };
    const rq: Quantity = { kind: 'act', t: u, block: 'r', j };
    terms = [
      term(ref(model, { kind: 'dh', t: u, j }, bu.dh[j]), ref(model, zq, f.act.z[j])),
      ...throughWhh(trace, u, ['g'] as GruGate[], j, rq),
      ...throughWhh(trace, u, ['z', 'r'] as GruGate[], j),
    ];
    formula = `dh${s(u)}[${j + 1}]·z${s(u)}[${j + 1}] + Σᵢ Whh_g[i,${j + 1}]·da_g${s(u)}[i]·r${s(u)}[${j + 1}] + Σ_{k=z,r} Σᵢ Whh_k[i,${j + 1}]·da_k${s(u)}[i]`;
  }
  return explanation(model, q, formula, terms, value, true);
}

/** LSTM dc_t[j] = dh_t·o_t·(1 − tanh²c_t) + dc_t^future. */
export function explainDc(trace: Trace, t: number, j: number): Explanation {
  const { model } = trace;
  const f = asCell(trace.forward[t - 1], 'lstm');
  const b = asCell(trace.backward[t - 1], 'lstm');
  const tc = f.tanhC[j];
  const terms = [
    term(
      ref(model, { kind: 'dh', t, j }, b.dh[j]),
      ref(model, { kind: 'act', t, block: 'o', j }, f.act.o[j]),
      ref(model, { kind: 'c', t, j }, 1 - tc * tc, '1 − tanh²'),
    ),
    term(ref(model, { kind: 'dcFuture', t, j }, b.dcFromFuture[j])),
  ];
  const formula = `dh${s(t)}[${j + 1}]·o${s(t)}[${j + 1}]·(1 − tanh²c${s(t)}[${j + 1}]) + dc${s(t)}^future[${j + 1}]`;
  return explanation(model, { kind: 'dc', t, j }, formula, terms, b.dc[j], true);
}

/** LSTM dc_t^future[j] = dc_{t+1}[j]·f_{t+1}[j]. */
export function explainDcFuture(trace: Trace, t: number, j: number): Explanation {
  const { model } = trace;
  const q: Quantity = { kind: 'dcFuture', t, j };
  const value = asCell(trace.backward[t - 1], 'lstm').dcFromFuture[j];
  if (t === trace.T) return explanation(model, q, '0', [], value, true);
  const u = t + 1;
  const terms = [
    term(
      ref(model, { kind: 'dc', t: u, j }, asCell(trace.backward[u - 1], 'lstm').dc[j]),
      ref(model, { kind: 'act', t: u, block: 'f', j }, asCell(trace.forward[u - 1], 'lstm').act.f[j]),
    ),
  ];
  return explanation(model, q, `dc${s(u)}[${j + 1}]·f${s(u)}[${j + 1}]`, terms, value, true);
}

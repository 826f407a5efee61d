/** Small builders shared by the explainers: factors, terms, sorting, and the explanation record. */
import type { Model } from '../model';
import { quantityName } from './names';
import type { Explanation, Factor, Quantity, Term } from './types';

export const num = (label: string, value: number): Factor => ({ label, value });

export function ref(model: Model, q: Quantity, value: number, fn?: string): Factor {
  const name = quantityName(model, q);
  if (!fn) return { label: name, value, ref: q };
  const label = fn.endsWith('−') ? `(${fn} ${name})` : `${fn}(${name})`;
  return { label, value, ref: q, fn };
}

export function term(...factors: Factor[]): Term {
  let v = 1;
  for (const f of factors) v *= f.value;
  return { factors, value: v };
}

/** Descending |value| (stable: equal sizes keep their order). */
export function bySize(terms: Term[]): Term[] {
  return terms
    .map((t, k) => ({ t, k }))
    .sort((a, b) => Math.abs(b.t.value) - Math.abs(a.t.value) || a.k - b.k)
    .map((x) => x.t);
}

export function explanation(
  model: Model,
  q: Quantity,
  formula: string,
  terms: Term[],
  result: number,
  gradient: boolean,
  applied?: Explanation['applied'],
): Explanation {
  return {
    quantity: q,
    name: quantityName(model, q),
    formula,
    terms: bySize(terms),
    result,
    gradient,
    applied,
  };
}

/** Σ of the terms (in the order given). */
export function termSum(terms: readonly { value: number }[]): number {
  let s = 0;
  for (const t of terms) s += t.value;
  return s;
}

/** The terms shown on a card: the largest `max`, the rest folded into one count and one sum. */
export function fold(
  terms: readonly Term[],
  max = 5,
  small = 0.01,
): { shown: Term[]; rest: { count: number; sum: number } | null } {
  const top = terms.reduce((m, t) => Math.max(m, Math.abs(t.value)), 0);
  const shown: Term[] = [];
  let count = 0;
  let sum = 0;
  for (const t of terms) {
    if (shown.length < max && (Math.abs(t.value) >= small * top || shown.length === 0)) shown.push(t);
    else {
      count++;
      sum += t.value;
    }
  }
  // folding a single term saves nothing
  if (count === 1) {
    shown.push(terms[terms.length - 1]);
    return { shown, rest: null };
  }
  return { shown, rest: count ? { count, sum } : null };
}

/** Under the active equation: its result's entries as buttons, each opening the card of that number. */
import { type Quantity, traceValue } from '../../engine/explain';
import { BLOCKS } from '../../engine/model';
import type { Trace } from '../../engine/trace';
import { fmt, pct } from '../../format';
import { useT } from '../../i18n/useT';
import type { Moment } from '../../store/cursor';
import { ExplainNum } from './ExplainNum';

/** At most this many entries per vector (the panels' tables stop at 8 as well). */
const MAX = 8;

/** The quantities the active equation computes at moment m (empty when it computes none). */
export function equationEntries(trace: Trace, m: Moment): Quantity[] {
  const { model } = trace;
  const H = Math.min(MAX, model.hiddenSize);
  const V = Math.min(MAX, model.vocab.length);
  const units = (f: (j: number) => Quantity) => Array.from({ length: H }, (_, j) => f(j));
  const chars = (f: (k: number) => Quantity) => Array.from({ length: V }, (_, k) => f(k));
  if (m.phase === 'forward') {
    const { t, sub } = m;
    switch (sub) {
      case 'x':
        return [];
      case 'a':
        return units((j) => ({ kind: 'pre', t, block: '', j }));
      case 'h':
        return units((j) => ({ kind: 'h', t, j }));
      case 'c':
        return units((j) => ({ kind: 'c', t, j }));
      case 'y':
      case 'p':
        return chars((k) => ({ kind: sub, t, k }));
      case 'loss':
        return trace.forward[t - 1].target === null ? [] : [{ kind: 'loss', t }];
      default:
        return units((j) => ({ kind: 'act', t, block: sub, j }));
    }
  }
  if (m.phase !== 'backward') return [];
  const { t, sub } = m;
  if (sub === 'dy') return chars((k) => ({ kind: 'dy', t, k }));
  if (sub === 'dh') return units((j) => ({ kind: 'dh', t, j }));
  if (sub === 'dact') {
    const out: Quantity[] = model.cell === 'lstm' ? units((j) => ({ kind: 'dc', t, j })) : [];
    for (const block of BLOCKS[model.cell])
      out.push(...units((j): Quantity => ({ kind: 'dpre', t, block, j })));
    return out;
  }
  return [];
}

export function EquationEntries({ trace, m }: { trace: Trace; m: Moment }) {
  const t = useT();
  const qs = equationEntries(trace, m);
  if (qs.length === 0) return null;
  return (
    <p className="eq-explain">
      <span className="eq-explain-label">{t('explain.entries')}:</span>{' '}
      {qs.map((q, k) => {
        const v = traceValue(trace, q);
        const text = q.kind === 'p' ? pct(v) : fmt(v, 3);
        return (
          // by position: from one step to the next the entries' buttons are updated in place, not remade
          // biome-ignore lint/suspicious/noArrayIndexKey: the position is the identity here
          <span key={k} className="eq-explain-item">
            <ExplainNum model={trace.model} q={q} text={text} />{' '}
          </span>
        );
      })}
    </p>
  );
}

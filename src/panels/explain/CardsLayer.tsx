/**
 * The cards themselves (a chunk of its own, loaded when the first card opens — ExplainLayer): the open
 * card follows the cursor (its quantity recomputed in the moment shown); pinned cards keep theirs.
 */
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { type Explanation, explain, type Quantity, quantityName } from '../../engine/explain';
import type { BlockVectors } from '../../engine/trace';
import type { Translate } from '../../i18n';
import { useT } from '../../i18n/useT';
import { type LessonState, useLesson } from '../../store';
import type { Moment } from '../../store/cursor';
import type { Pass } from '../../store/lesson';
import { selectMoment, selectNextPass, selectPass, selectT } from '../../store/selectors';
import { atMoment } from './atMoment';
import { Card } from './Card';
import { useCards } from './cards';

const PHASE: Record<Moment['phase'], 'phase.forward' | 'phase.total' | 'phase.backward' | 'phase.update'> = {
  forward: 'phase.forward',
  total: 'phase.total',
  backward: 'phase.backward',
  update: 'phase.update',
};

export function momentText(t: Translate, m: Moment): string {
  const phase = t(PHASE[m.phase]);
  return m.phase === 'forward' || m.phase === 'backward' ? `${phase} · t = ${m.t}` : phase;
}

/** q in the lesson as it is now: false when it does not exist (another cell, size or length). */
export function exists(pass: Pass, q: Quantity): boolean {
  const { trace } = pass;
  try {
    if (q.kind === 'dW' || q.kind === 'delta') return trace.grads[q.name]?.[q.index] !== undefined;
    if (q.t < 0 || q.t > trace.T) return false;
    if (q.kind === 'loss') return q.t > 0;
    if ('k' in q) return q.t > 0 && q.k < trace.model.vocab.length;
    if (q.j >= trace.model.hiddenSize) return false;
    if (q.kind === 'h') return true;
    if (q.kind === 'c') return trace.model.cell === 'lstm';
    if (q.t === 0) return false;
    if (q.kind === 'dc' || q.kind === 'dcFuture') return trace.model.cell === 'lstm';
    if ('block' in q) {
      const pre: BlockVectors = trace.forward[q.t - 1].pre;
      return pre[q.block] !== undefined;
    }
    return true;
  } catch {
    return false;
  }
}

/** The explanation of q at moment m of the pass (null while it is not computed yet). */
export function explainAt(
  pass: Pass,
  next: Pass | null,
  m: Moment,
  T: number,
  q: Quantity,
): Explanation | null {
  const here = atMoment(q, m, pass.trace.model.cell, T);
  if (!here) return null;
  try {
    if (here.kind === 'delta') {
      if (!next?.delta) return null;
      return explain(pass.trace, here, { before: pass.optimizer, delta: next.delta });
    }
    return explain(pass.trace, here);
  } catch {
    return null; // a quantity of another cell or size (the lesson changed under the card)
  }
}

const selectCardData = (s: LessonState) => ({ pass: selectPass(s), next: selectNextPass(s) });

/** The open card (following the cursor) and the pinned ones. */
export function CardsLayer() {
  const t = useT();
  const open = useCards((s) => s.open);
  const pinned = useCards((s) => s.pinned);
  const m = useLesson(selectMoment);
  const T = useLesson(selectT);
  const big = useLesson((s) => s.presenting);
  const { pass, next } = useLesson(useShallow(selectCardData));
  const model = pass.trace.model;
  const gone = open !== null && !exists(pass, open.q);
  // the lesson changed under the open card (another cell, size or text): its quantity is gone
  useEffect(() => {
    if (gone) useCards.getState().close();
  }, [gone]);
  const e = open && !gone ? explainAt(pass, next, m, T, open.q) : null;
  let name = '';
  if (open) {
    try {
      name = quantityName(model, open.q);
    } catch {
      name = '?';
    }
  }
  return (
    <div className="xp-layer">
      {pinned.map((p) => (
        <div key={p.id} data-id={p.id} className="xp-pinned-slot">
          <Card
            e={p.explanation}
            name={p.explanation.name}
            at={p.at}
            mode={t('explain.pinnedAt', { moment: p.moment })}
            big={big}
            onClose={() => useCards.getState().unpin(p.id)}
            onMove={(at) => useCards.getState().move(p.id, at)}
          />
        </div>
      ))}
      {open && !gone && (
        <Card
          key={`${JSON.stringify(open.q)}`}
          e={e}
          name={name}
          at={open.at}
          mode={t('explain.follows')}
          big={big}
          autoFocus={!open.preview}
          onPin={
            e
              ? () => useCards.getState().pin(e, momentText(t, m), { x: open.at.x + 16, y: open.at.y + 16 })
              : undefined
          }
          onClose={() => useCards.getState().close()}
        />
      )}
    </div>
  );
}

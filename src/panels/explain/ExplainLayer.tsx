/**
 * Where every explanation card lives: one listener for the whole page opens the card of any element with a
 * data-explain attribute (click, Enter on a focusable one, or hover on a chart's), Escape closes it.
 * The open card follows the cursor; pinned cards keep the moment they were pinned on.
 */
import { useEffect, useLayoutEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { type Explanation, explain, type Quantity, quantityName } from '../../engine/explain';
import type { Translate } from '../../i18n';
import { useT } from '../../i18n/useT';
import { type LessonState, useLesson } from '../../store';
import type { Moment } from '../../store/cursor';
import type { Pass } from '../../store/lesson';
import { selectMoment, selectNextPass, selectPass, selectT } from '../../store/selectors';
import { atMoment } from './atMoment';
import { Card } from './Card';
import { decodeQuantity, EXPLAIN_ATTR, useCards } from './cards';
import './explain.css';

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
    if ('block' in q) return trace.forward[q.t - 1].pre[q.block] !== undefined;
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

function anchorOf(el: Element): { x: number; y: number } {
  const r = el.getBoundingClientRect();
  return { x: r.left, y: r.bottom + 6 };
}

function useOpeners(): void {
  useLayoutEffect(() => {
    let timer = 0;
    const target = (e: Event) => (e.target as Element | null)?.closest?.(`[${EXPLAIN_ATTR}]`) ?? null;
    const open = (el: Element, preview: boolean) => {
      const q = decodeQuantity(el.getAttribute(EXPLAIN_ATTR));
      if (!q) return;
      const inCard = el.closest('.xp-card');
      const cur = useCards.getState().open;
      // a factor of the open card replaces it in place; elsewhere the card opens under the number
      const at = inCard && cur && !inCard.classList.contains('xp-pinned') ? cur.at : anchorOf(el);
      useCards.getState().show(q, at, preview ? null : el, preview);
    };
    const onClick = (e: MouseEvent) => {
      const el = target(e);
      if (el) {
        window.clearTimeout(timer);
        open(el, false);
      }
    };
    const onKey = (e: KeyboardEvent) => {
      const cards = useCards.getState();
      if (e.key === 'Escape') {
        if (cards.open) {
          const opener = cards.open.opener;
          cards.close();
          if (opener instanceof HTMLElement || opener instanceof SVGElement) opener.focus();
          e.preventDefault();
          e.stopPropagation();
          return;
        }
        const pinned = (document.activeElement as Element | null)?.closest?.('.xp-pinned-slot');
        if (pinned) {
          cards.unpin(Number(pinned.getAttribute('data-id')));
          e.preventDefault();
          e.stopPropagation();
        }
        return;
      }
      if (e.key !== 'Enter') return;
      const el = target(e);
      if (el && !(el instanceof HTMLButtonElement)) {
        open(el, false);
        e.preventDefault();
      }
    };
    // charts: hovering a number shows its card; leaving closes it unless it was clicked
    const onOver = (e: MouseEvent) => {
      const el = target(e);
      if (!el?.hasAttribute('data-explain-hover')) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const cur = useCards.getState().open;
        if (!cur || cur.preview) open(el, true);
      }, 250);
    };
    const onOut = (e: MouseEvent) => {
      const el = target(e);
      if (!el?.hasAttribute('data-explain-hover')) return;
      window.clearTimeout(timer);
      const cur = useCards.getState().open;
      if (cur?.preview) useCards.getState().close();
    };
    document.addEventListener('click', onClick);
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('mouseover', onOver);
    document.addEventListener('mouseout', onOut);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('click', onClick);
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('mouseover', onOver);
      document.removeEventListener('mouseout', onOut);
    };
  }, []);
}

/** The open card (following the cursor) and the pinned ones. */
export function ExplainLayer() {
  const t = useT();
  useOpeners();
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

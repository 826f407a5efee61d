/**
 * Where every explanation card lives: one listener for the whole page opens the card of any element with a
 * data-explain attribute (click, Enter on a focusable one, or hover on a chart's), Escape closes it.
 * The cards (engine/explain and their panel) are a chunk of their own, fetched in an idle moment after
 * start so that the first card opens at once.
 */
import { lazy, Suspense, useLayoutEffect } from 'react';
import { decodeQuantity, EXPLAIN_ATTR, useCards } from './cards';
import './explain.css';

const loadCards = () => import('./CardsLayer');
const CardsLayer = lazy(() => loadCards().then((m) => ({ default: m.CardsLayer })));

/** Fetches the cards' chunk when the page is idle (the first click on a number needs no wait). */
export function preloadCards(): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number })
    .requestIdleCallback;
  if (idle) idle(() => void loadCards(), { timeout: 3000 });
  else setTimeout(() => void loadCards(), 1000);
}

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

/** The open card (following the cursor) and the pinned ones: nothing, and no chunk, until one opens. */
export function ExplainLayer() {
  useOpeners();
  const any = useCards((s) => s.open !== null || s.pinned.length > 0);
  if (!any) return null;
  return (
    <Suspense fallback={null}>
      <CardsLayer />
    </Suspense>
  );
}

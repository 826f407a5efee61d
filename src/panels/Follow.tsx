/**
 * "Follow the step" (dashboard view): when the cursor moves, the panel part that holds the current moment
 * is scrolled into view — the active equation (forward), the Output summary (total), the current section
 * of the backward ledger, the Update panel. Smooth unless the reader prefers reduced motion. Nothing
 * scrolls when that part is visible already (block: nearest).
 */
import { useLayoutEffect, useRef } from 'react';
import { useT } from '../i18n/useT';
import { useLesson } from '../store';
import type { Moment } from '../store/cursor';
import { selectMoment } from '../store/selectors';

/** CSS selector of the element that holds moment m on the dashboard. */
export function followTarget(m: Moment): string {
  switch (m.phase) {
    case 'forward':
      return '.lesson .equations .eq-active';
    case 'total':
      return '.lesson .output-panel';
    case 'backward':
      return '.lesson .backward-panel [aria-current="step"], .lesson .backward-panel .bw-sec.is-current';
    case 'update':
      return '.lesson .update-panel';
  }
}

/**
 * Rendered in the lesson (returns nothing): after each commit that moved the cursor — when every panel
 * shows the new moment — the part that holds it is scrolled into view at the next frame (no extra layout).
 * A commit, not the store change: a step taken while the page is still settling is drawn later than the
 * next frame, and the part to show may not exist before it is.
 */
export function FollowStep(): null {
  const cursor = useLesson((s) => s.cursor);
  const last = useRef(cursor);
  useLayoutEffect(() => {
    if (last.current === cursor) return; // the first render: the page opens where it is
    last.current = cursor;
    const s = useLesson.getState();
    if (!s.follow || s.presenting || s.view !== 'lesson') return;
    const frame = requestAnimationFrame(() => {
      const el = document.querySelector(followTarget(selectMoment(useLesson.getState())));
      if (!el) return;
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      el.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    });
    return () => cancelAnimationFrame(frame);
  }, [cursor]);
  return null;
}

/** The setting's checkbox (on by default). */
export function FollowToggle() {
  const t = useT();
  const follow = useLesson((s) => s.follow);
  return (
    <label className="follow" title={t('presenter.followHint')}>
      <input
        type="checkbox"
        checked={follow}
        onChange={(e) => useLesson.getState().setFollow(e.target.checked)}
      />
      <span>{t('presenter.follow')}</span>
    </label>
  );
}

/**
 * "Follow the step" (dashboard view): when the cursor moves, the panel part that holds the current moment
 * is scrolled into view — the active equation (forward), the Output summary (total), the current section
 * of the backward ledger, the Update panel. Smooth unless the reader prefers reduced motion. Nothing
 * scrolls when that part is visible already (block: nearest).
 */
import { useEffect } from 'react';
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

export function useFollow(): void {
  useEffect(() => {
    let frame = 0;
    const unsub = useLesson.subscribe((s, p) => {
      if (s.cursor === p.cursor || !s.follow || s.presenting || s.view !== 'lesson') return;
      cancelAnimationFrame(frame);
      // at the next frame the panels show the new moment; scrolling there costs no extra layout
      frame = requestAnimationFrame(() => {
        const el = document.querySelector(followTarget(selectMoment(useLesson.getState())));
        if (!el) return;
        const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
        el.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      unsub();
    };
  }, []);
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

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
import { latePending } from '../store/late';
import { selectMoment } from '../store/selectors';

/** Follow scrolls closer together than this (ms) are instant, not smooth. */
const QUICK_MS = 500;

/**
 * CSS selectors of the element that holds moment m on the dashboard, best first: forward, the numbers
 * under the active equation (a row of their own, what the class reads) when it has any, else the equation.
 */
export function followTarget(m: Moment): string[] {
  switch (m.phase) {
    case 'forward':
      return ['.lesson .equations .eq-numbers-row:not([hidden])', '.lesson .equations .eq-active'];
    case 'total':
      return ['.lesson .output-panel'];
    case 'backward':
      return ['.lesson .backward-panel [aria-current="step"], .lesson .backward-panel .bw-sec.is-current'];
    case 'update':
      return ['.lesson .update-panel'];
  }
}

/** Every element followTarget can name (watched for whether it is wholly in view). */
const CANDIDATES =
  '.lesson .equations .eq-row, .lesson .equations .eq-numbers-row, .lesson .output-panel, .lesson .backward-panel .bw-sec, .lesson .update-panel';

/**
 * Which follow targets are wholly in view, as an IntersectionObserver last saw them (no layout read).
 * The set of watched elements is brought up to date when a target is not among them (rows come and go
 * with the phase): a search of the whole page, too slow for every step.
 */
function useInView(): {
  refresh(): void;
  watching(el: Element): boolean;
  whollyInView(el: Element): boolean;
} {
  const state = useRef<{
    io: IntersectionObserver | null;
    watched: Element[];
    seen: WeakMap<Element, boolean>;
  }>({
    io: null,
    watched: [],
    seen: new WeakMap(),
  });
  useLayoutEffect(() => {
    const st = state.current;
    if (typeof IntersectionObserver === 'undefined') return;
    st.io = new IntersectionObserver(
      (entries) => {
        // wholly in view, or (taller than the window) filling most of it: nothing to scroll for
        for (const e of entries) {
          const fills = e.rootBounds !== null && e.intersectionRect.height >= 0.9 * e.rootBounds.height;
          st.seen.set(e.target, e.isIntersecting && (e.intersectionRatio >= 0.999 || fills));
        }
      },
      { threshold: Array.from({ length: 21 }, (_, k) => k / 20) },
    );
    return () => {
      st.io?.disconnect();
      st.io = null;
      st.watched = [];
    };
  }, []);
  return {
    refresh() {
      const st = state.current;
      if (!st.io) return;
      const now = [...document.querySelectorAll(CANDIDATES)];
      if (now.length === st.watched.length && now.every((el, k) => el === st.watched[k])) return;
      st.io.disconnect(); // elements gone from the page are let go
      for (const el of now) st.io.observe(el);
      st.watched = now;
    },
    watching: (el) => state.current.watched.includes(el),
    whollyInView: (el) => state.current.seen.get(el) === true,
  };
}

/**
 * Rendered in the lesson (returns nothing): after each commit that moved the cursor — when every panel
 * shows the new moment — the part that holds it is scrolled into view at the next frame. A commit, not the
 * store change: a step taken while the page is still settling is drawn later than the next frame, and the
 * part to show may not exist before it is. A part already wholly in view is left alone without asking the
 * browser (scrollIntoView lays the page out at once: a few ms per step).
 */
export function FollowStep(): null {
  const cursor = useLesson((s) => s.cursor);
  const last = useRef(cursor);
  const lastScroll = useRef(Number.NEGATIVE_INFINITY);
  const view = useInView();
  useLayoutEffect(() => {
    if (last.current === cursor) return; // the first render: the page opens where it is
    last.current = cursor;
    const s = useLesson.getState();
    if (!s.follow || s.presenting || s.view !== 'lesson') return;
    // the part may not be there yet (the panels below the fold mount after the first paint): look
    // again for a few frames
    let frame = 0;
    let tries = 0;
    let behavior: ScrollBehavior = 'auto';
    // the panels a step reaches a frame late (store/late.ts) may move the part when they catch up: once
    // they have, the part is brought into view again if it has to be (the layout that needs is the
    // late frame's own)
    const again = (el: Element) => {
      if (latePending()) {
        if (++tries < 30) frame = requestAnimationFrame(() => again(el));
        return;
      }
      if (el.isConnected) el.scrollIntoView({ block: 'nearest', behavior });
    };
    const follow = () => {
      const el = followTarget(selectMoment(useLesson.getState()))
        .map((sel) => document.querySelector(sel))
        .find((found) => found !== null);
      if (!el) {
        if (++tries < 30) frame = requestAnimationFrame(follow);
        return;
      }
      if (latePending()) frame = requestAnimationFrame(() => again(el));
      if (!view.watching(el))
        view.refresh(); // new on the page: watched from now on, not yet seen
      else if (view.whollyInView(el)) return;
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      // steps faster than a smooth scroll lasts (a key held, quick presses) jump there: a smooth scroll
      // still running when the next step comes paints every frame under it
      const now = performance.now();
      const quick = now - lastScroll.current < QUICK_MS;
      lastScroll.current = now;
      behavior = reduce || quick ? 'auto' : 'smooth';
      el.scrollIntoView({ block: 'nearest', behavior });
    };
    frame = requestAnimationFrame(follow);
    return () => cancelAnimationFrame(frame);
  });
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

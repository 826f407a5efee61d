/**
 * When a chart's new view is drawn. A chart near the window is drawn at once (in the commit, so the step's
 * picture comes in the same frame as the rest). A chart far from it — below the fold on the dashboard —
 * is drawn in an idle moment after the step (within IDLE_MS), or as soon as it comes near the window,
 * whichever is first: a step's frame pays only for what can be seen (docs/decisions.md, "Charts out of
 * view are drawn after the step"). Anything that reads the drawn charts (figure export, printing) calls
 * flushCharts() first (through flushView.ts, which also brings the late panels up to date). Without
 * IntersectionObserver every chart is drawn at once.
 */

import { whenIdle } from './whenIdle';

/** How far outside the window a chart still counts as near (px): it is drawn before it scrolls into view. */
const MARGIN_PX = 400;
/** The longest a far chart waits for an idle moment (ms). */
const IDLE_MS = 250;

const near = new WeakMap<Element, boolean>();
const pending = new Map<Element, () => void>();
let io: IntersectionObserver | null | undefined;
let cancelWait: (() => void) | null = null;

function observer(): IntersectionObserver | null {
  if (io === undefined) {
    io =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver(
            (entries) => {
              for (const e of entries) {
                near.set(e.target, e.isIntersecting);
                if (e.isIntersecting) run(e.target);
              }
            },
            { rootMargin: `${MARGIN_PX}px 0px` },
          );
  }
  return io;
}

function run(el: Element): void {
  const draw = pending.get(el);
  if (!draw) return;
  pending.delete(el);
  draw();
}

/** Draws every chart still waiting (before a figure is exported or the page printed). */
export function flushCharts(): void {
  cancelWait?.();
  cancelWait = null;
  for (const el of [...pending.keys()]) run(el);
}

/** Starts watching a chart's host (when it is created); its nearness is unknown, so near, until observed. */
export function watch(el: Element): void {
  observer()?.observe(el);
}

/** Stops watching (the chart is destroyed): a draw still waiting is dropped. */
export function unwatch(el: Element): void {
  io?.unobserve(el);
  pending.delete(el);
  near.delete(el);
}

/**
 * Draws now when el is near the window (or its nearness is not known yet), else later: the latest draw
 * replaces one still waiting for the same chart.
 */
export function schedule(el: Element, draw: () => void): void {
  if (!observer() || near.get(el) !== false) {
    pending.delete(el);
    draw();
    return;
  }
  pending.set(el, draw);
  cancelWait ??= whenIdle(() => {
    cancelWait = null;
    flushCharts();
  }, IDLE_MS);
}

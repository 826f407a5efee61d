/**
 * The network chart's horizontal scroll: the position its columns are drawn for, its own scrolling
 * (written at the next frame's start) and the user's (heard once per frame).
 */
import type { Selection } from 'd3';

export interface Scroll {
  /** The scroll position (px) the drawn columns are chosen for; after to(x), x at once. */
  left: number;
  /** Scrolls the chart itself to x. */
  to(x: number): void;
  /** Reads the position back from the page (the browser may have clamped it to a new width). */
  reread(): void;
  /** Cancels the frames still pending. */
  stop(): void;
}

/** Scroll state of scroller; scrolled() runs in the frame after the user scrolled. */
export function createScroll(
  scroller: Selection<HTMLDivElement, unknown, null, undefined>,
  scrolled: () => void,
): Scroll {
  /** Where this chart last scrolled to itself (read back on the scroll event without forcing a layout). */
  let ownScroll: number | null = null;
  let pendingScroll = 0;
  let scrollFrame = 0;
  const s: Scroll = {
    left: 0,
    to(x) {
      s.left = x;
      ownScroll = s.left;
      applyScroll();
    },
    reread() {
      s.left = (scroller.node() as HTMLElement).scrollLeft || 0;
    },
    stop() {
      if (scrollFrame) cancelAnimationFrame(scrollFrame);
      if (pendingScroll) cancelAnimationFrame(pendingScroll);
    },
  };

  // writing scrollLeft makes the browser lay out the page at once: in the middle of a cursor step (other
  // panels' updates still to come) that is a second layout. Written at the next frame's start instead
  // (before its layout and paint, so the frame shows it); s.left above already holds the target.
  function applyScroll(): void {
    if (typeof requestAnimationFrame === 'undefined') {
      (scroller.node() as HTMLElement).scrollLeft = s.left;
      return;
    }
    if (pendingScroll) return;
    pendingScroll = requestAnimationFrame(() => {
      pendingScroll = 0;
      // the latest target (a later step may have moved it again before this frame)
      (scroller.node() as HTMLElement).scrollLeft = s.left;
    });
  }

  // scrolling brings other columns near the viewport: draw them (once per frame)
  scroller.on('scroll', () => {
    if (scrollFrame || typeof requestAnimationFrame === 'undefined') return;
    scrollFrame = requestAnimationFrame(() => {
      scrollFrame = 0;
      s.left = ownScroll ?? (scroller.node() as HTMLElement).scrollLeft;
      ownScroll = null;
      scrolled();
    });
  });
  return s;
}

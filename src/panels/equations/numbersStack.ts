/**
 * The typeset numbers of a few moments in one box: the one shown, and up to two more that wait laid out
 * (the next moment's, put in at an idle moment after a step; the last one shown, for a step back).
 * A waiting moment is invisible and sized to nothing (`contain: size`), while its contents are laid
 * out exactly as they would be shown — same width, same formatting context — so a step that shows it
 * only flips a class: the browser keeps the contents' layout instead of styling and laying out
 * hundreds of KaTeX boxes in the step's frame (a matrix of numbers is 500–700 elements).
 * Nodes leaving the box go back to subNodes (kept for a later showing).
 */
import { giveBack, take } from './subNodes';

export const WAIT_CLASS = 'eq-sub-wait';
/** Laid out and waiting: the browser also skips its contents when it walks the page to paint. */
export const ASLEEP_CLASS = 'eq-sub-asleep';
const BOX_CLASS = 'eq-sub-moment';

export class NumbersStack {
  private readonly boxes = new Map<string, HTMLElement>();
  private shown: string | null = null;
  private previous: string | null = null;

  constructor(private readonly host: HTMLElement) {}

  /** Shows html's numbers (mounted now when they were not waiting); the last ones shown wait. */
  show(html: string): void {
    if (html === this.shown) return;
    const box = this.boxes.get(html) ?? this.mount(html);
    box.classList.remove(WAIT_CLASS, ASLEEP_CLASS);
    if (this.shown !== null) this.boxes.get(this.shown)?.classList.add(WAIT_CLASS, ASLEEP_CLASS);
    this.previous = this.shown;
    this.shown = html;
  }

  /**
   * At an idle moment: the numbers of `next` wait laid out, and nothing but the shown, the last shown
   * and the next stays mounted.
   */
  expect(next: string | null): void {
    const keep = new Set([this.shown, this.previous, next]);
    for (const [html, box] of this.boxes) if (!keep.has(html)) this.unmount(html, box);
    if (next !== null && !this.boxes.has(next)) {
      const box = this.mount(next);
      box.classList.add(WAIT_CLASS);
      // laid out here, in the idle moment, rather than in the next frame (which may be the next step's)
      void box.offsetHeight;
      box.classList.add(ASLEEP_CLASS);
    }
  }

  /** Every node goes back to subNodes, the box empties. */
  destroy(): void {
    for (const [html, box] of this.boxes) this.unmount(html, box);
    this.shown = this.previous = null;
  }

  /** For tests: the moments mounted, and which of them shows. */
  state(): { mounted: number; shown: string | null } {
    return { mounted: this.boxes.size, shown: this.shown };
  }

  private mount(html: string): HTMLElement {
    const box = document.createElement('div');
    box.className = BOX_CLASS;
    box.append(...take(html));
    // waiting or not, every box is in the host's flow in the same order: the shown one may be anywhere
    this.host.append(box);
    this.boxes.set(html, box);
    return box;
  }

  private unmount(html: string, box: HTMLElement): void {
    const nodes = [...box.childNodes];
    box.remove();
    this.boxes.delete(html);
    giveBack(html, nodes);
  }
}

/**
 * Keyboard for a heatmap whose entries open cards: the arrows move an outlined entry (its value shows,
 * and is read out), Enter or Space opens its card. While the grid has focus the arrows are its own
 * (preventDefault: the lesson keys do not step).
 */
export interface GridKeyHooks {
  /** The grid's size, or null while entries do not open cards. */
  size(): { rows: number; cols: number } | null;
  show(r: number, c: number): void;
  leave(): void;
  pick(r: number, c: number): void;
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

export function gridKeys(el: SVGSVGElement, hooks: GridKeyHooks) {
  let cell: { r: number; c: number } | null = null;
  const onKey = (e: KeyboardEvent) => {
    const size = hooks.size();
    if (!size) return;
    const move = MOVES[e.key];
    if (move) {
      // the first arrow outlines the first entry; later ones move, stopping at the edges
      cell = cell
        ? {
            r: Math.min(size.rows - 1, Math.max(0, cell.r + move[0])),
            c: Math.min(size.cols - 1, Math.max(0, cell.c + move[1])),
          }
        : { r: 0, c: 0 };
      hooks.show(cell.r, cell.c);
      e.preventDefault();
    } else if ((e.key === 'Enter' || e.key === ' ') && cell) {
      hooks.pick(cell.r, cell.c);
      e.preventDefault();
    }
  };
  const onFocus = () => {
    if (cell) hooks.show(cell.r, cell.c);
  };
  const onBlur = () => hooks.leave();
  el.addEventListener('keydown', onKey);
  el.addEventListener('focus', onFocus);
  el.addEventListener('blur', onBlur);
  return {
    /** After an update: shows the focused entry again (true), forgetting it if the grid shrank. */
    reshow(rows: number, cols: number): boolean {
      if (cell && (cell.r >= rows || cell.c >= cols)) cell = null;
      if (document.activeElement !== el || !cell) return false;
      hooks.show(cell.r, cell.c);
      return true;
    },
    destroy() {
      el.removeEventListener('keydown', onKey);
      el.removeEventListener('focus', onFocus);
      el.removeEventListener('blur', onBlur);
    },
  };
}

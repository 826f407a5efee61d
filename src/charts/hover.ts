/** What the charts share when the pointer is over a unit or a step (the panels link it through the store). */
export interface HoverState {
  /** 1-based unit, or null when only a step is hovered. */
  unit: number | null;
  /** 1-based step, or null when only a unit is hovered. */
  t: number | null;
}

/** A chart factory's result: drawn from a view, optionally told the shared hover, destroyed on unmount. */
export interface Chart<V> {
  update(view: V): void;
  setHover?(h: HoverState | null): void;
  destroy(): void;
}

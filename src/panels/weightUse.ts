/**
 * "Same weights at every step": while a weight matrix (a dW / ΔW heatmap, a weight in a card) is under
 * the pointer or focused, the page's root carries data-weight-use = Wxh | Whh | Why, and network.css
 * lights the arrows that matrix drives in every column of the unrolled diagram.
 */
export type WeightUse = 'Wxh' | 'Whh' | 'Why';

/** The matrix family of a weight name or label: "dWhh_f" → Whh, "Wxh[1,e]" → Wxh, "by" → null. */
export function weightUseOf(name: string): WeightUse | null {
  const m = /(Wxh|Whh|Why)/.exec(name);
  return m ? (m[1] as WeightUse) : null;
}

export function showWeightUse(w: WeightUse | null): void {
  const root = document.documentElement;
  if (w) root.dataset.weightUse = w;
  else delete root.dataset.weightUse;
}

/** Props that light a matrix's use while the element is hovered or focused. */
export function weightUseProps(name: string) {
  const w = weightUseOf(name);
  if (!w) return {};
  const on = () => showWeightUse(w);
  const off = () => showWeightUse(null);
  return { onMouseEnter: on, onMouseLeave: off, onFocus: on, onBlur: off };
}

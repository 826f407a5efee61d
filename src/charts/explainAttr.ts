/**
 * The attributes that make a number a chart draws open its explanation card (the page's one listener in
 * panels/explain reads them): data-explain holds the quantity, data-explain-hover shows the card on hover.
 */
import { type Quantity, quantityName } from '../engine/explain';
import type { Model } from '../engine/model';

export const EXPLAIN_ATTR = 'data-explain';

export function encodeQuantity(q: Quantity): string {
  return JSON.stringify(q);
}

/** Marks el as the number of q (text: the value as shown), focusable; null removes the marks. */
export function markExplain(
  el: Element,
  model: Model,
  q: Quantity | null,
  text = '',
  focusable = true,
): void {
  if (!q) {
    for (const a of [EXPLAIN_ATTR, 'data-explain-hover', 'tabindex', 'aria-label']) el.removeAttribute(a);
    return;
  }
  el.setAttribute(EXPLAIN_ATTR, encodeQuantity(q));
  el.setAttribute('data-explain-hover', '');
  el.setAttribute('aria-label', `${quantityName(model, q)} = ${text}`);
  if (focusable) el.setAttribute('tabindex', '0');
}

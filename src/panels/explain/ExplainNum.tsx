/** A number a panel shows, as a button that opens its explanation card (click, or Enter / Space). */
import type { ReactNode } from 'react';
import { type Quantity, quantityName } from '../../engine/explain';
import type { Model } from '../../engine/model';
import { useT } from '../../i18n/useT';
import { EXPLAIN_ATTR, encodeQuantity } from './cards';

export function ExplainNum(props: { model: Model; q: Quantity; text: string; children?: ReactNode }) {
  const t = useT();
  const { model, q, text } = props;
  return (
    <button
      type="button"
      className="xp-open"
      aria-haspopup="dialog"
      aria-label={t('explain.open', { name: quantityName(model, q), value: text })}
      {...{ [EXPLAIN_ATTR]: encodeQuantity(q) }}
    >
      {props.children ?? text}
    </button>
  );
}

/** The data-explain attributes of a number drawn by a chart (set with D3's attr). */
export function explainAttrs(model: Model, q: Quantity, text: string, label: (name: string) => string) {
  return {
    [EXPLAIN_ATTR]: encodeQuantity(q),
    'aria-label': label(`${quantityName(model, q)} = ${text}`),
  };
}

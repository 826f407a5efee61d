/** One explanation card: the quantity's formula, its terms with the numbers plugged in, and the result. */
import { type PointerEvent as ReactPointerEvent, useLayoutEffect, useRef } from 'react';
import { type Explanation, type Factor, fold, type Term } from '../../engine/explain';
import { fmt, fmtAuto, pct } from '../../format';
import { useT } from '../../i18n/useT';
import { weightUseProps } from '../weightUse';
import type { Anchor } from './cards';
import { EXPLAIN_ATTR, encodeQuantity } from './cards';

/** A number as the card writes it: 3 decimals, exponent form when tiny or huge. */
const show = (x: number) => fmtAuto(x, 3);

/** A factor: its number, with its name under it; a button that opens its own card when it has one. */
function FactorView({ f }: { f: Factor }) {
  const t = useT();
  const body = (
    <>
      <span className="xp-num">{show(f.value)}</span>
      <span className="xp-label">{f.label}</span>
    </>
  );
  if (!f.ref)
    return (
      <span className="xp-factor" {...weightUseProps(f.label)}>
        {body}
      </span>
    );
  return (
    <button
      type="button"
      className="xp-factor xp-link"
      {...{ [EXPLAIN_ATTR]: encodeQuantity(f.ref) }}
      aria-label={t('explain.open', { name: f.label, value: show(f.value) })}
    >
      {body}
    </button>
  );
}

function TermRow({ term, first }: { term: Term; first: boolean }) {
  const sign = first ? '' : '+';
  return (
    <li className="xp-term">
      <span className="xp-sign">{sign}</span>
      <span className="xp-product">
        {term.factors.map((f, k) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the fixed factors of one term
          <span key={k} className="xp-fpart">
            {k > 0 && <span className="xp-times">·</span>}
            <FactorView f={f} />
          </span>
        ))}
      </span>
      <span className="xp-eq">=</span>
      <span className="xp-tval">{show(term.value)}</span>
    </li>
  );
}

/** The sum in one line: "= −0.797 − 0.601 + 0.284 + (2 more, 0.003) = −0.938". */
export function sumLine(
  shown: readonly Term[],
  rest: { count: number; sum: number } | null,
  more: string,
): string {
  const parts = shown.map((term, k) => {
    const v = show(Math.abs(term.value));
    if (k === 0) return term.value < 0 ? `−${v}` : v;
    return `${term.value < 0 ? '−' : '+'} ${v}`;
  });
  if (rest) parts.push(`(${more})`);
  return `= ${parts.join(' ')}`;
}

/** The result as the panels write it (3 decimals; a probability also as a percentage). */
export function resultText(e: Explanation): string {
  const base = fmt(e.result, 3);
  const exact = Math.abs(e.result) > 0 && Math.abs(e.result) < 1e-3 ? ` (${fmtAuto(e.result, 3)})` : '';
  return e.quantity.kind === 'p' ? `${base} (${pct(e.result)})` : `${base}${exact}`;
}

export interface CardProps {
  e: Explanation | null;
  name: string;
  at: Anchor;
  mode: string;
  big: boolean;
  onPin?: () => void;
  onClose: () => void;
  onMove?: (at: Anchor) => void;
  autoFocus?: boolean;
}

export function Card({ e, name, at, mode, big, onPin, onClose, onMove, autoFocus }: CardProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  // keep the card inside the viewport
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    el.style.left = `${Math.max(4, Math.min(at.x, window.innerWidth - w - 8))}px`;
    el.style.top = `${Math.max(4, Math.min(at.y, window.innerHeight - h - 8))}px`;
  });
  useLayoutEffect(() => {
    if (autoFocus) ref.current?.focus({ preventScroll: true });
  }, [autoFocus]);
  const drag = (down: ReactPointerEvent) => {
    if (!onMove || (down.target as Element).closest('button')) return;
    const el = ref.current as HTMLDivElement;
    const box = el.getBoundingClientRect();
    const dx = down.clientX - box.left;
    const dy = down.clientY - box.top;
    const onMoveEv = (ev: PointerEvent) => onMove({ x: ev.clientX - dx, y: ev.clientY - dy });
    const up = () => {
      window.removeEventListener('pointermove', onMoveEv);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', onMoveEv);
    window.addEventListener('pointerup', up);
    down.preventDefault();
  };
  const folded = e ? fold(e.terms) : null;
  return (
    <div
      ref={ref}
      className={`xp-card${big ? ' xp-big' : ''}${onMove ? ' xp-pinned' : ''}`}
      role="dialog"
      aria-label={name}
      tabIndex={-1}
      style={{ left: at.x, top: at.y }}
      data-testid="explain-card"
    >
      <header
        className="xp-head"
        onPointerDown={onMove ? drag : undefined}
        title={onMove ? t('explain.drag', { name }) : undefined}
      >
        <h2 className="xp-name">{name}</h2>
        <span className="xp-mode">{mode}</span>
        {onPin && (
          <button
            type="button"
            className="xp-btn"
            onClick={onPin}
            aria-label={t('explain.pinLabel', { name })}
          >
            {t('explain.pin')}
          </button>
        )}
        <button
          type="button"
          className="xp-btn"
          onClick={onClose}
          aria-label={t('explain.closeLabel', { name })}
        >
          ×
        </button>
      </header>
      {!e || !folded ? (
        <p className="xp-note">{t('explain.notYet', { name })}</p>
      ) : (
        <>
          <p className="xp-formula">
            {name} = {e.formula}
          </p>
          {e.applied && (
            <p className="xp-applied">
              = {e.applied.fn}(<FactorView f={e.applied.arg} />)
            </p>
          )}
          {e.terms.length === 0 ? (
            <p className="xp-note">{t('explain.noTerms')}</p>
          ) : (
            !e.applied && (
              <>
                {e.terms.length > 1 && (
                  <p className="xp-line">
                    {sumLine(
                      folded.shown,
                      folded.rest,
                      folded.rest
                        ? t('explain.more', { n: folded.rest.count, sum: show(folded.rest.sum) })
                        : '',
                    )}
                  </p>
                )}
                <ol className="xp-terms">
                  {folded.shown.map((term, k) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: terms in their fixed order
                    <TermRow key={k} term={term} first={k === 0} />
                  ))}
                  {folded.rest && (
                    <li className="xp-term xp-rest">
                      {t('explain.more', { n: folded.rest.count, sum: show(folded.rest.sum) })}
                    </li>
                  )}
                </ol>
              </>
            )
          )}
          <p className="xp-result">
            <span>{t('explain.result')}</span> ={' '}
            <output className="xp-value" data-value={String(e.result)}>
              {resultText(e)}
            </output>
          </p>
          {e.gradient && <p className="xp-note">{t('explain.chain')}</p>}
        </>
      )}
    </div>
  );
}

/** Authoring your own script: its title; each stop's title, order and deletion; the current stop's notes, range and question. */
import { useId, useMemo } from 'react';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/useT';
import { stopSpan } from './clicks';
import { checkStopHash } from './hashCheck';
import { useScript } from './store';
import { QUESTION_KINDS, type Question, type QuestionKind, type Stop } from './types';

function defaultQuestion(kind: QuestionKind): Question {
  if (kind === 'lossDown') return { kind };
  if (kind === 'gate') return { kind, t: 1, unit: 1 };
  return { kind, t: 1 };
}

const clampInt = (v: string, lo: number, hi: number) =>
  Math.max(lo, Math.min(hi, Math.round(Number(v) || 0)));

function StopDetails({ stop, i }: { stop: Stop; i: number }) {
  const t = useT();
  const ids = { notes: useId(), from: useId(), to: useId(), q: useId(), qt: useId(), qu: useId() };
  const info = useMemo(() => checkStopHash(stop.hash), [stop.hash]);
  const { a, b } = stopSpan(stop);
  const last = Math.max(0, info.moments - 1);
  const edit = (patch: Partial<Stop>) => useScript.getState().editStop(i, patch);
  const q = stop.question;
  return (
    <div className="script-details">
      <label htmlFor={ids.notes}>{t('script.edit.notes')}</label>
      <textarea
        id={ids.notes}
        rows={3}
        value={stop.notes}
        onChange={(e) => edit({ notes: e.target.value })}
      />
      <div className="script-row">
        <label htmlFor={ids.from}>{t('script.edit.from')}</label>
        <input
          id={ids.from}
          type="number"
          min={0}
          max={b}
          value={a}
          onChange={(e) => edit({ range: [clampInt(e.target.value, 0, b), b] })}
        />
        <label htmlFor={ids.to}>{t('script.edit.to')}</label>
        <input
          id={ids.to}
          type="number"
          min={a}
          max={last}
          value={b}
          onChange={(e) => edit({ range: [a, clampInt(e.target.value, a, last)] })}
        />
      </div>
      <div className="script-row">
        <label htmlFor={ids.q}>{t('script.edit.question')}</label>
        <select
          id={ids.q}
          value={q?.kind ?? ''}
          onChange={(e) =>
            edit({ question: e.target.value ? defaultQuestion(e.target.value as QuestionKind) : undefined })
          }
        >
          <option value="">{t('script.edit.none')}</option>
          {QUESTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`script.kind.${k}` as MessageKey)}
            </option>
          ))}
        </select>
        {q && 't' in q && (
          <>
            <label htmlFor={ids.qt}>{t('script.edit.t')}</label>
            <input
              id={ids.qt}
              type="number"
              min={1}
              max={Math.max(1, info.T)}
              value={q.t}
              onChange={(e) =>
                edit({ question: { ...q, t: clampInt(e.target.value, 1, Math.max(1, info.T)) } })
              }
            />
          </>
        )}
        {q?.kind === 'gate' && (
          <>
            <label htmlFor={ids.qu}>{t('script.edit.unit')}</label>
            <input
              id={ids.qu}
              type="number"
              min={1}
              max={info.hidden}
              value={q.unit}
              onChange={(e) => edit({ question: { ...q, unit: clampInt(e.target.value, 1, info.hidden) } })}
            />
          </>
        )}
      </div>
    </div>
  );
}

export function ScriptEditor() {
  const t = useT();
  const custom = useScript((s) => s.custom);
  const current = useScript((s) => s.pos.stop);
  const titleId = useId();
  const s = useScript.getState();
  if (custom.stops.length === 0) return <p>{t('script.edit.empty')}</p>;
  return (
    <div className="script-editor">
      <div className="script-row">
        <label htmlFor={titleId}>{t('script.edit.scriptTitle')}</label>
        <input id={titleId} type="text" value={custom.title} onChange={(e) => s.setTitle(e.target.value)} />
      </div>
      <ol className="script-edit-list">
        {custom.stops.map((stop, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a stop has no id; its place in the script is its identity
          <li key={`${i}-${stop.hash}`} className={i === current ? 'is-current' : undefined}>
            <div className="script-row">
              <input
                type="text"
                aria-label={`${t('script.edit.stop', { n: i + 1 })}: ${t('script.edit.title')}`}
                value={stop.title}
                onChange={(e) => s.editStop(i, { title: e.target.value })}
              />
              <button
                type="button"
                aria-label={t('script.edit.up', { n: i + 1 })}
                disabled={i === 0}
                onClick={() => s.moveStop(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t('script.edit.down', { n: i + 1 })}
                disabled={i === custom.stops.length - 1}
                onClick={() => s.moveStop(i, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={t('script.edit.delete', { n: i + 1 })}
                onClick={() => s.deleteStop(i)}
              >
                ✕
              </button>
            </div>
            {i === current && <StopDetails stop={stop} i={i} />}
          </li>
        ))}
      </ol>
    </div>
  );
}

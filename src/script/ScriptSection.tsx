/**
 * The "Script" section (normal view): open the lecture or your own script, the current stop's notes,
 * the list of stops (click jumps), authoring, download/load; and the dock that stays on screen with
 * "Previous stop", the status, "Next stop" and the question.
 */
import { useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/useT';
import { serializeScript } from './format';
import { LINK_MAX } from './link';
import { messageText } from './messageText';
import { openPresenter } from './presenterWindow';
import { QuestionCard } from './QuestionCard';
import { ScriptEditor } from './ScriptEditor';
import { momentInStop, selectPredicting, selectScript, useScript } from './store';
import './script.css';

/** Marks the page while a script is open / a question is asked (the mask: docs/script-format.md). */
function useRootClasses(): void {
  const open = useScript((s) => selectScript(s) !== null);
  const predicting = useScript(selectPredicting);
  useEffect(() => {
    const root = document.documentElement.classList;
    root.toggle('script-open', open);
    root.toggle('script-predicting', predicting);
  }, [open, predicting]);
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const fileName = (title: string) =>
  `${(title || 'script').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'script'}.unrolled-script.json`;

function LoadButton() {
  const t = useT();
  const id = useId();
  const onFile = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) useScript.getState().loadFile(await file.text());
  };
  return (
    <span className="script-file">
      <label htmlFor={id}>{t('script.load')}</label>
      <input id={id} type="file" accept=".json,application/json" onChange={onFile} />
    </span>
  );
}

export function ScriptSection() {
  const t = useT();
  useRootClasses();
  const source = useScript((s) => s.source);
  const script = useScript(selectScript);
  const pos = useScript((s) => s.pos);
  const hasCustom = useScript((s) => s.custom.stops.length > 0);
  const message = useScript((s) => s.message);
  const link = useScript((s) => s.link);
  const listRef = useRef<HTMLOListElement>(null);
  const s = useScript.getState();
  const stop = script?.stops[pos.stop];
  // keep the current stop's item in view in the list
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the stop or the script changes
  useEffect(() => {
    const el = listRef.current?.querySelector<HTMLElement>('[aria-current="step"]');
    const box = listRef.current;
    if (el && box) box.scrollLeft = Math.max(0, el.offsetLeft - box.clientWidth / 2 + el.clientWidth / 2);
  }, [pos.stop, script]);
  return (
    <section className="script-section" aria-labelledby="script-h">
      <div className="script-bar">
        <h2 id="script-h">{t('script.heading')}</h2>
        {script ? (
          <span className="script-name">{script.title}</span>
        ) : (
          <button type="button" className="primary" onClick={() => s.open('lecture')}>
            {t('script.start')}
          </button>
        )}
        {!script && hasCustom && (
          <button type="button" onClick={() => s.open('custom')}>
            {t('script.openMine')}
          </button>
        )}
        <button type="button" onClick={() => s.addMoment()}>
          {t('script.add')}
        </button>
        <LoadButton />
        {script && (
          <>
            <button type="button" onClick={() => download(serializeScript(script), fileName(script.title))}>
              {t('script.download')}
            </button>
            <button type="button" onClick={() => openPresenter()}>
              {t('script.presenter')}
            </button>
            <button type="button" onClick={() => s.close()}>
              {t('script.close')}
            </button>
          </>
        )}
      </div>
      {message && (
        <p
          className={`script-message script-message-${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {messageText(t, message.message)}
          <button type="button" aria-label={t('error.dismiss')} onClick={() => s.setMessage(null)}>
            ×
          </button>
        </p>
      )}
      {script && stop && (
        <>
          <ol className="script-stops" aria-label={t('script.stops')} ref={listRef}>
            {script.stops.map((st, k) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a stop has no id; its place in the script is its identity
              <li key={`${k}-${st.title}`}>
                <button
                  type="button"
                  aria-current={k === pos.stop ? 'step' : undefined}
                  onClick={() => s.jump(k)}
                >
                  <span className="script-n">{k + 1}</span> {st.title}
                </button>
              </li>
            ))}
          </ol>
          <div className="script-current">
            <h3>
              {stop.title}{' '}
              <span className="script-moment">{t('script.moment', momentInStop(stop, pos))}</span>
            </h3>
            {stop.notes && (
              <details className="script-notes" open>
                <summary>{t('script.notes')}</summary>
                <p>{stop.notes}</p>
              </details>
            )}
          </div>
          {source === 'custom' && link && (
            <p
              className={link.tooBig ? 'script-link too-big' : 'script-link'}
              role={link.tooBig ? 'alert' : undefined}
            >
              {t(link.tooBig ? 'script.link.tooBig' : 'script.link.size', { n: link.size, max: LINK_MAX })}
            </p>
          )}
          {source === 'custom' && (
            <details className="script-edit">
              <summary>{t('script.edit')}</summary>
              <ScriptEditor />
            </details>
          )}
        </>
      )}
    </section>
  );
}

/** Always on screen while a script is open: previous / status / next, and the question. */
export function ScriptDock() {
  const t = useT();
  const script = useScript(selectScript);
  const pos = useScript((s) => s.pos);
  if (!script) return null;
  const s = useScript.getState();
  return (
    <aside className="script-dock" aria-label={t('script.heading')}>
      <QuestionCard />
      <div className="script-nav">
        <button type="button" onClick={() => s.prevStop()} disabled={pos.stop === 0}>
          <span aria-hidden="true">◀ </span>
          {t('script.prev')}
        </button>
        <p className="script-status" role="status" data-testid="script-status">
          {t('script.status', { n: pos.stop + 1, N: script.stops.length })}
          <span className="script-dock-title">{script.stops[pos.stop]?.title}</span>
        </p>
        <button
          type="button"
          className="primary"
          onClick={() => s.nextStop()}
          disabled={pos.stop === script.stops.length - 1}
        >
          {t('script.next')}
          <span aria-hidden="true"> ▶</span>
        </button>
      </div>
    </aside>
  );
}

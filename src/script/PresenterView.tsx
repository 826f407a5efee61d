/**
 * The presenter view (a second window on the teacher's laptop): the current and next stop, the
 * speaker notes, the question's answer before the reveal, the elapsed time and the same clicker keys.
 */
import { useEffect, useLayoutEffect, useState } from 'react';
import { useT } from '../i18n/useT';
import { useLesson } from '../store';
import { handleScriptKey } from './keys';
import { messageText } from './messageText';
import { momentInStop, selectScript, useScript } from './store';
import { isAsked, useAsked } from './useAsked';
import './script.css';

function useNow(ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}

const clock = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  const mm = String(Math.floor(s / 60)).padStart(2, '0');
  return `${mm}:${String(s % 60).padStart(2, '0')}`;
};

function Answer() {
  const t = useT();
  const { asked } = useAsked();
  const revealed = useScript((s) => s.pos.revealed);
  const votes = useScript((s) => s.votes);
  if (!asked) return null;
  if (!isAsked(asked)) return <p className="presenter-answer">{messageText(t, asked)}</p>;
  const c = asked.choices[asked.answer];
  return (
    <div className="presenter-question">
      <p className="presenter-prompt">{t(asked.prompt.key, asked.prompt.params)}</p>
      <p className="presenter-answer" data-testid="presenter-answer">
        {revealed
          ? t('script.answer', { answer: t(c.label.key, c.label.params) })
          : t('script.presenter.answer', { answer: t(c.label.key, c.label.params) })}
      </p>
      {votes.length > 0 && (
        <p className="presenter-votes">
          {asked.choices
            .map((ch, k) => `${k + 1} ${t(ch.label.key, ch.label.params)}: ${votes[k] ?? 0}`)
            .join(' · ')}
        </p>
      )}
      {!revealed && (
        <button type="button" className="primary" onClick={() => useScript.getState().reveal()}>
          {t('script.reveal')}
        </button>
      )}
    </div>
  );
}

export function PresenterView() {
  const t = useT();
  const lang = useLesson((s) => s.lang);
  const script = useScript(selectScript);
  const pos = useScript((s) => s.pos);
  const startedAt = useScript((s) => s.startedAt);
  const now = useNow(1000);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('script.presenter.title', { title: script?.title ?? t('app.title') });
  }, [lang, t, script]);
  useLayoutEffect(() => {
    // a layout effect: the clicker works from the first paint (see useKeyboard)
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (handleScriptKey(e)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const s = useScript.getState();
  const stop = script?.stops[pos.stop];
  const next = script?.stops[pos.stop + 1];
  return (
    <main className="presenter-window" aria-labelledby="presenter-h">
      <header className="presenter-top">
        <h1 id="presenter-h">{t('script.presenter')}</h1>
        {script && (
          <p className="script-status" role="status" data-testid="presenter-status">
            {t('script.status', { n: pos.stop + 1, N: script.stops.length })}
          </p>
        )}
        <p className="presenter-clock">
          {t('script.presenter.elapsed', { time: clock(startedAt ? now - startedAt : 0) })}
        </p>
      </header>
      {!script || !stop ? (
        <p>{t('script.presenter.none')}</p>
      ) : (
        <div className="presenter-grid">
          <section className="presenter-now" aria-labelledby="presenter-now-h">
            <h2 id="presenter-now-h">
              {t('script.presenter.now')}: {stop.title}
            </h2>
            <p className="script-moment">{t('script.moment', momentInStop(stop, pos))}</p>
            <p className="presenter-notes">{stop.notes}</p>
            <Answer />
          </section>
          <section className="presenter-next" aria-labelledby="presenter-next-h">
            <h2 id="presenter-next-h">
              {t('script.presenter.upNext')}: {next ? next.title : t('script.presenter.end')}
            </h2>
            {next && <p className="presenter-notes small">{next.notes}</p>}
          </section>
          <div className="script-nav presenter-nav">
            <button type="button" onClick={() => s.click(-1)}>
              <span aria-hidden="true">◀ </span>
              {t('controls.stepBack')}
            </button>
            <button type="button" onClick={() => s.prevStop()} disabled={pos.stop === 0}>
              {t('script.prev')}
            </button>
            <button type="button" className="primary" onClick={() => s.nextStop()} disabled={!next}>
              {t('script.next')}
            </button>
            <button type="button" className="primary" onClick={() => s.click(1)}>
              {t('controls.stepForward')}
              <span aria-hidden="true"> ▶</span>
            </button>
          </div>
        </div>
      )}
    </main>
  );
}

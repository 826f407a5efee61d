import { useId } from 'react';
import { displayChar } from '../charts/network';
import { splitChars } from '../engine/text';
import { pct } from '../format';
import { useT } from '../i18n/useT';
import { type LessonState, useLesson } from '../store';
import {
  FEED_MODES,
  type FeedMode,
  GENERATE_MAX,
  TEMPERATURE_MAX,
  TEMPERATURE_MIN,
} from '../store/generation';
import { seedText } from '../store/generationSlice';
import { Panel } from './Panel';
import './training.css';

const selectGeneration = (s: LessonState) => s.generation;
const selectSeedPlaceholder = (s: LessonState) =>
  seedText({ generation: { ...s.generation, seed: '' }, seq: s.seq });
const selectBusy = (s: LessonState) => s.training.status === 'running';
const store = () => useLesson.getState();

/** Sample N characters from a seed with a temperature; or step through a generation in the lesson itself. */
export function GeneratePanel() {
  const t = useT();
  const g = useLesson(selectGeneration);
  const placeholder = useLesson(selectSeedPlaceholder);
  const busy = useLesson(selectBusy);
  const ids = { seed: useId(), length: useId(), temp: useId(), mode: useId() };
  // positions are the identity of these characters: the list only ever grows at its end
  const seedChars = splitChars(g.from).map((c, at) => ({ c, at }));
  const drawn = g.out.map((c, at) => ({ c, at }));
  return (
    <Panel id="generate" title="generate.heading" className="generate-panel">
      <div className="generate-fields">
        <div className="training-field">
          <label htmlFor={ids.seed}>{t('generate.seed')}</label>
          <input
            id={ids.seed}
            type="text"
            value={g.seed}
            placeholder={placeholder}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => store().setGeneration({ seed: e.target.value })}
          />
        </div>
        <div className="training-field">
          <label htmlFor={ids.length}>{t('generate.length')}</label>
          <input
            id={ids.length}
            type="number"
            min={1}
            max={GENERATE_MAX}
            value={g.length}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (Number.isFinite(n) && e.target.value !== '') store().setGeneration({ length: n });
            }}
          />
        </div>
        <div className="training-field temp">
          <label htmlFor={ids.temp}>{t('generate.temperature')}</label>
          <input
            id={ids.temp}
            type="range"
            min={TEMPERATURE_MIN}
            max={TEMPERATURE_MAX}
            step={0.1}
            value={g.temperature}
            aria-valuetext={t('generate.temperatureValue', { t: g.temperature.toFixed(1) })}
            onChange={(e) => store().setGeneration({ temperature: Number(e.target.value) })}
          />
          <output htmlFor={ids.temp}>
            {t('generate.temperatureValue', { t: g.temperature.toFixed(1) })}
          </output>
        </div>
        <div className="training-field">
          <label htmlFor={ids.mode}>{t('generate.mode')}</label>
          <select
            id={ids.mode}
            value={g.mode}
            disabled={g.stepping !== null}
            onChange={(e) => store().setGeneration({ mode: e.target.value as FeedMode })}
          >
            {FEED_MODES.map((m) => (
              <option key={m} value={m}>
                {t(`generate.mode.${m}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="training-buttons">
        {g.stepping === null ? (
          <>
            <button type="button" className="primary" onClick={() => store().generateText()}>
              {t('generate.run')}
            </button>
            <button type="button" onClick={() => store().startStepping()} disabled={busy}>
              {t('generate.step')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="primary" onClick={() => store().stepGeneration()}>
              {t('generate.next')}
            </button>
            <button type="button" onClick={() => store().stopStepping()}>
              {t('generate.end')}
            </button>
          </>
        )}
      </div>
      <p className="training-note">{t('generate.caption')}</p>
      {g.stepping && (
        <p className="training-note generate-stepping">
          {t(g.stepping.mode === 'feed' ? 'generate.stepping' : 'generate.steppingNone')}
        </p>
      )}
      {g.error && (
        <p className="training-message error" role="alert">
          {t(g.error.key, g.error.params)}
        </p>
      )}
      {(g.out.length > 0 || g.stepping) && (
        <ol className="generate-out" aria-label={t('generate.out')} data-testid="generate-out">
          {seedChars.map(({ c, at }) => (
            <li key={`s${at}`} className="seed" title={t('generate.seedChar', { ch: c })}>
              <span className="ch">{displayChar(c)}</span>
              <span className="p" aria-hidden="true">
                ·
              </span>
              <span className="sr-only">{t('generate.seedChar', { ch: c })}</span>
            </li>
          ))}
          {drawn.map(({ c, at }) => (
            <li
              key={at}
              data-char={c.char}
              data-p={c.p}
              title={t('generate.charP', { ch: c.char, p: pct(c.p) })}
            >
              <span className="ch">{displayChar(c.char)}</span>
              <span className="p">{pct(c.p)}</span>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}

import { useId } from 'react';
import { splitChars } from '../engine/text';
import { fmtAuto } from '../format';
import type { MessageKey, Translate } from '../i18n';
import { useT } from '../i18n/useT';
import { type LessonState, useLesson } from '../store';
import { exampleLabel, SHAPE_PRESETS } from '../store/shapes';
import { CORPORA, type DataSource, WINDOW } from '../store/trainingData';
import { BUDGETS, CLIP_CHOICES, type ClipChoice, type TrainingInfo } from '../store/trainingSlice';
import { Panel } from './Panel';
import './training.css';

const selectTraining = (s: LessonState) => s.training;
const selectConfig = (s: LessonState) => s.config;
const selectStepping = (s: LessonState) => s.generation.stepping !== null;

const store = () => useLesson.getState();
const count = (n: number, lang: string) =>
  Number.isFinite(n) ? Math.round(n).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-US') : '—';

/** Train / Pause / Stop run the lesson's optimiser in a Web Worker; figures, sample and status follow live. */
export function TrainingPanel() {
  const t = useT();
  const info = useLesson(selectTraining);
  const config = useLesson(selectConfig);
  const stepping = useLesson(selectStepping);
  const lang = useLesson((s) => s.lang);
  const running = info.status === 'running';
  const textShape = config.shape === 'many-to-many';
  return (
    <Panel id="training" title="training.heading" className="training-panel">
      <div className="training-buttons" role="toolbar" aria-label={t('training.controls')}>
        {/* one button that is Train or Pause, like a player's play/pause (only one "Pause" on the page) */}
        {running ? (
          <button type="button" className="primary" onClick={() => store().pauseTraining()}>
            <span aria-hidden="true">❚❚ </span>
            {t('training.pause')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={() => store().train()}
            disabled={stepping || (info.loading && info.source !== 'lesson')}
          >
            <span aria-hidden="true">▶ </span>
            {t('training.train')}
          </button>
        )}
        <button type="button" onClick={() => store().stopTraining()} disabled={info.status === 'idle'}>
          <span aria-hidden="true">■ </span>
          {t('training.stop')}
        </button>
        <button type="button" className="quiet" onClick={() => store().restartWorker()}>
          {t('training.restartWorker')}
        </button>
      </div>
      {textShape ? <SourceChoice info={info} disabled={running} /> : <ShapeExamples />}
      <div className="training-row">
        <ClipChoiceField value={info.clip} disabled={running} />
        <BudgetField value={info.budget} lang={lang} />
      </div>
      <p className="training-note">
        {t(settingsKey(textShape, info.source), {
          opt: t(`opt.${config.optimizer}`),
          lr: config.lr,
          H: config.hidden,
          T: WINDOW,
        })}
        {textShape && info.source !== 'lesson' && config.hidden < 16 && (
          <> {t('training.hiddenHint', { H: config.hidden })}</>
        )}
      </p>
      <Stats info={info} lang={lang} />
      <p className="training-status" role="status" data-testid="training-status">
        {statusText(t, info, lang)}
      </p>
      {info.kernels === 'js' && (
        <p className="training-message info" data-testid="training-kernels">
          {t('training.kernels.js')}
        </p>
      )}
      {info.message && (
        <p
          className={`training-message ${info.message.kind}`}
          role={info.message.kind === 'error' ? 'alert' : undefined}
        >
          {t(info.message.message.key, info.message.message.params)}
        </p>
      )}
      <SampleView info={info} />
    </Panel>
  );
}

function settingsKey(textShape: boolean, source: DataSource): MessageKey {
  if (!textShape) return 'training.settingsExamples';
  return source === 'lesson' ? 'training.settingsLesson' : 'training.settingsText';
}

function statusText(t: Translate, info: TrainingInfo, lang: string): string {
  if (info.status === 'running') return t('training.status.running');
  if (info.status === 'paused') return t('training.status.paused', { n: count(info.iter, lang) });
  if (info.ended) return t('training.status.stopped', { n: count(info.iter, lang) });
  return t('training.status.idle');
}

function Stats({ info, lang }: { info: TrainingInfo; lang: string }) {
  const t = useT();
  const rows: [string, string, string][] = [
    ['iter', t('training.stats.iter'), count(info.iter, lang)],
    ['steps', t('training.stats.steps'), count(info.stepsPerSec, lang)],
    ['chars', t('training.stats.chars'), count(info.charsPerSec, lang)],
    ['loss', t('training.stats.loss'), Number.isFinite(info.loss) ? fmtAuto(info.loss, 4) : '—'],
    ['smooth', t('training.stats.smooth'), Number.isFinite(info.smooth) ? fmtAuto(info.smooth, 4) : '—'],
  ];
  return (
    <dl className="training-stats" aria-label={t('training.stats')}>
      {rows.map(([k, label, value]) => (
        <div key={k} data-stat={k}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function SampleView({ info }: { info: TrainingInfo }) {
  const t = useT();
  const probe = info.probe;
  const right = probe ? probe.filter((p) => p.right).length : 0;
  return (
    <div className="training-sample">
      {info.sample !== null && (
        <p>
          <span className="training-label">{t('training.sample')}</span>
          <code data-testid="training-sample">{info.sample.replace(/\n/g, '↵')}</code>
        </p>
      )}
      {probe && probe.length > 0 && (
        <div>
          <p className="training-label">
            {t('training.probe')} ·{' '}
            <span data-testid="training-right">{t('training.right', { right, total: probe.length })}</span>
          </p>
          <ul className="training-probe">
            {probe.slice(0, 12).map((p) => (
              <li key={`${p.input}|${p.expected}`} className={p.right ? 'right' : 'wrong'}>
                {t('training.probeRow', { input: p.input, output: p.output })}
                <span aria-hidden="true"> {p.right ? '✓' : '✗'}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function SourceChoice({ info, disabled }: { info: TrainingInfo; disabled: boolean }) {
  const t = useT();
  const id = useId();
  const chars = splitChars(info.pasted);
  return (
    <div className="training-field">
      <label htmlFor={id}>{t('training.data')}</label>
      <select
        id={id}
        value={info.source}
        disabled={disabled}
        onChange={(e) => store().setTrainingOptions({ source: e.target.value as DataSource })}
      >
        <option value="lesson">{t('training.data.lesson')}</option>
        <option value="paste">{t('training.data.paste')}</option>
        {CORPORA.map((c) => (
          <option key={c.id} value={`corpus:${c.id}`}>
            {t(c.title)}
          </option>
        ))}
      </select>
      {info.loading && <p className="training-note">{t('training.corpus.loading')}</p>}
      {info.source === 'paste' && (
        <>
          <textarea
            aria-label={t('training.paste.label')}
            placeholder={t('training.paste.placeholder')}
            value={info.pasted}
            disabled={disabled}
            rows={3}
            spellCheck={false}
            onChange={(e) => store().setTrainingOptions({ pasted: e.target.value })}
          />
          <p className="training-note">
            {t('training.paste.count', { chars: chars.length, vocab: new Set(chars).size })} ·{' '}
            {t('training.limits')}
          </p>
        </>
      )}
      {info.source !== 'paste' && info.source !== 'lesson' && (
        <p className="training-note">{t('training.limits')}</p>
      )}
    </div>
  );
}

function ShapeExamples() {
  const t = useT();
  const shape = useLesson((s) => s.config.shape);
  const examples = SHAPE_PRESETS[shape].examples;
  return (
    <div className="training-field">
      <p className="training-note">
        {t('training.data.examples', { n: examples.length, shape: t(`shape.${shape}`) })}
      </p>
      <p className="training-examples">
        {examples.map((e) => (
          <span key={`${e.input}|${e.target}`}>{exampleLabel(e)}</span>
        ))}
      </p>
    </div>
  );
}

function ClipChoiceField({ value, disabled }: { value: ClipChoice; disabled: boolean }) {
  const t = useT();
  const id = useId();
  return (
    <div className="training-field inline">
      <label htmlFor={id}>{t('training.clip')}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => store().setTrainingOptions({ clip: e.target.value as ClipChoice })}
      >
        {CLIP_CHOICES.map((c) => (
          <option key={c} value={c}>
            {t(`training.clip.${c}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

function BudgetField({ value, lang }: { value: number; lang: string }) {
  const t = useT();
  const id = useId();
  return (
    <div className="training-field inline">
      <label htmlFor={id}>{t('training.budget')}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => store().setTrainingOptions({ budget: Number(e.target.value) })}
      >
        {BUDGETS.map((n) => (
          <option key={n} value={n}>
            {n === 0 ? t('training.budget.none') : t('training.budget.n', { n: count(n, lang) })}
          </option>
        ))}
      </select>
    </div>
  );
}

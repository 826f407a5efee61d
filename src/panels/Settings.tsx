import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import { ACTIVATIONS, CELL_TYPES } from '../engine/model';
import { readModelBytes } from '../engine/modelCheck';
import { serializeModel } from '../engine/modelFile';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/useT';
import { useLesson } from '../store';
import { type Config, HIDDEN_MAX, HIDDEN_MIN, OPTIMIZERS } from '../store/config';
import type { LessonError } from '../store/lesson';
import { selectPass } from '../store/selectors';

function stopTimer(ref: { current: ReturnType<typeof setTimeout> | null }): void {
  if (ref.current !== null) clearTimeout(ref.current);
  ref.current = null;
}

/** A text/number field that keeps what the user typed while it is invalid, and says why. */
export function Field(props: {
  label: MessageKey;
  value: string;
  commit: (raw: string) => LessonError | null;
  placeholder?: string;
  inputMode?: 'numeric' | 'decimal';
  /** Wait this long after the last key before committing (a long lesson takes a while to rebuild). */
  debounceMs?: number;
}) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(props.value);
  const [error, setError] = useState<LessonError | null>(null);
  const ref = useRef<HTMLInputElement>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancelPending = () => stopTimer(pending);
  // follow outside changes (reset, a link, a loaded model) but never rewrite what is being typed
  useEffect(() => {
    if (document.activeElement === ref.current) return;
    setDraft(props.value);
    setError(null);
  }, [props.value]);
  const latest = useRef({ draft, error, value: props.value, commit: props.commit });
  latest.current = { draft, error, value: props.value, commit: props.commit };
  // a link always wins over an unsaved draft: drop it (and any pending commit), show the link's value
  const linkEpoch = useLesson((s) => s.linkEpoch);
  useEffect(() => {
    if (linkEpoch === 0) return;
    stopTimer(pending);
    latest.current = { ...latest.current, draft: latest.current.value, error: null };
    setDraft(latest.current.value);
    setError(null);
  }, [linkEpoch]);
  // another field may have fixed what made this draft invalid (e.g. input vs target length): retry it
  // once per config change (refs keep the effect from depending on per-render closures)
  const config = useLesson((s) => s.config);
  useEffect(() => {
    const l = latest.current;
    if (config && l.error && l.draft !== l.value) setError(l.commit(l.draft));
  }, [config]);
  useEffect(() => () => stopTimer(pending), []);
  const commitNow = (raw: string) => {
    cancelPending();
    setError(latest.current.commit(raw));
  };
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const raw = e.target.value;
    setDraft(raw);
    if (!props.debounceMs) return setError(props.commit(raw));
    cancelPending();
    pending.current = setTimeout(() => commitNow(raw), props.debounceMs);
  };
  const onBlur = () => {
    if (pending.current !== null) commitNow(latest.current.draft);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t(props.label)}</label>
      <input
        ref={ref}
        id={id}
        type="text"
        inputMode={props.inputMode}
        value={draft}
        placeholder={props.placeholder}
        onChange={onChange}
        onBlur={onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        spellCheck={false}
        autoComplete="off"
      />
      {error && (
        <p id={`${id}-err`} className="field-error" role="alert">
          {t(error.key, error.params)}
        </p>
      )}
    </div>
  );
}

export function Select<T extends string>(props: {
  label: MessageKey;
  value: T;
  options: readonly T[];
  optionLabel: (v: T) => string;
  onChange: (v: T) => void;
  disabled?: boolean;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t(props.label)}</label>
      <select
        id={id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as T)}
        disabled={props.disabled}
      >
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.optionLabel(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Texts are committed this long after the last key: typing never waits for a rebuild. */
const TEXT_DEBOUNCE_MS = 250;

const intIn = (raw: string, min: number, max: number): number | null =>
  /^\s*\d+\s*$/.test(raw) && +raw >= min && +raw <= max ? +raw : null;

/** All lesson settings; each change recomputes the trace at once (or explains why it cannot). */
export function Settings() {
  const t = useT();
  const config = useLesson((s) => s.config);
  const loaded = useLesson((s) => s.loaded);
  const vocab = useLesson((s) => s.seq.vocab);
  const setConfig = useLesson.getState().setConfig;
  const set = (patch: Partial<Config>) => setConfig(patch);
  return (
    <form className="settings" aria-label={t('settings.heading')} onSubmit={(e) => e.preventDefault()}>
      <Field
        label="settings.input"
        value={config.input}
        commit={(v) => set({ input: v })}
        debounceMs={TEXT_DEBOUNCE_MS}
      />
      <Field
        label="settings.target"
        debounceMs={TEXT_DEBOUNCE_MS}
        value={config.target}
        placeholder={t('settings.targetPlaceholder')}
        commit={(v) => set({ target: v })}
      />
      <p className="vocab">{t('settings.vocab', { vocab: vocab.join(' ') })}</p>
      <Select
        label="settings.cell"
        value={config.cell}
        options={CELL_TYPES}
        optionLabel={(c) => t(`cell.${c}`)}
        onChange={(cell) => set({ cell })}
      />
      <Select
        label="settings.activation"
        value={config.activation}
        options={ACTIVATIONS}
        optionLabel={(a) => t(`act.${a}`)}
        onChange={(activation) => set({ activation })}
        disabled={config.cell !== 'rnn'}
      />
      <Field
        label="settings.hidden"
        inputMode="numeric"
        value={String(config.hidden)}
        commit={(v) => {
          const n = intIn(v, HIDDEN_MIN, HIDDEN_MAX);
          return n === null
            ? { key: 'robust.hidden', params: { min: HIDDEN_MIN, max: HIDDEN_MAX } }
            : set({ hidden: n });
        }}
      />
      <Field
        label="settings.seed"
        inputMode="numeric"
        value={String(config.seed)}
        commit={(v) => {
          const n = intIn(v, 0, 2 ** 31 - 1);
          return n === null ? { key: 'error.seed' } : set({ seed: n });
        }}
      />
      <Select
        label="settings.initialState"
        value={config.h0}
        options={['zeros', 'random'] as const}
        optionLabel={(h) => t(`settings.h0.${h}`)}
        onChange={(h0) => set({ h0 })}
      />
      <Field
        label="settings.lr"
        inputMode="decimal"
        value={String(config.lr)}
        commit={(v) => {
          const n = v.trim() === '' ? Number.NaN : Number(v);
          return Number.isFinite(n) && n > 0 && n <= 100 ? set({ lr: n }) : { key: 'error.lr' };
        }}
      />
      <Select
        label="settings.optimizer"
        value={config.optimizer}
        options={OPTIMIZERS}
        optionLabel={(o) => t(`opt.${o}`)}
        onChange={(optimizer) => set({ optimizer })}
      />
      <ModelFileControls />
      {loaded && (
        <p className="loaded">
          {t('settings.loadedModel', {
            cell: t(`cell.${loaded.model.cell}`),
            hidden: loaded.model.hiddenSize,
            vocab: loaded.model.vocab.join(' '),
          })}
        </p>
      )}
    </form>
  );
}

/** "Load model" (file input, model JSON of docs/model-format.md) and "Download model" (current weights). */
function ModelFileControls() {
  const t = useT();
  const id = useId();
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const store = useLesson.getState();
    try {
      const model = readModelBytes(new Uint8Array(await file.arrayBuffer()));
      store.loadModel(model, file.name);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      store.setNotice({ kind: 'error', message: { key: 'error.modelFile', params: { message } } });
    }
  };
  const download = () => {
    const model = selectPass(useLesson.getState()).model;
    const blob = new Blob([`${JSON.stringify(serializeModel(model), null, 1)}\n`], {
      type: 'application/json',
    });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `unrolled-${model.cell}-h${model.hiddenSize}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  return (
    <div className="field model-file">
      <label htmlFor={id} className="file-label">
        {t('settings.loadModel')}
      </label>
      <input id={id} type="file" accept=".json,application/json" onChange={onFile} />
      <button type="button" onClick={download}>
        {t('settings.downloadModel')}
      </button>
    </div>
  );
}

/**
 * The "Scenario" select ("break it" presets: real settings, store/scenarios.ts) with its "What to
 * watch" line, and the initialisation settings the scenarios use (weight initialisation, weight scale,
 * Whh spectral radius, keep-gate bias). A closed select is clicker-safe like every select (useKeyboard).
 */
import { useId } from 'react';
import { INIT_CHOICES } from '../engine/init';
import { useT } from '../i18n/useT';
import { useLesson } from '../store';
import { type Config, KEEP_MAX, RADIUS_MAX, SCALE_MAX } from '../store/config';
import {
  activeScenario,
  SCENARIO_PATCH,
  SCENARIOS,
  type ScenarioId,
  scenarioName,
  scenarioWatch,
} from '../store/scenarios';
import { Field, Select } from './Settings';

function open(id: ScenarioId): void {
  const s = useLesson.getState();
  s.stopStepping();
  const error = s.setConfig(SCENARIO_PATCH[id]);
  if (error) s.setNotice({ kind: 'error', message: error });
}

export function ScenarioSelect() {
  const t = useT();
  const id = useId();
  const active = useLesson((s) => activeScenario(s.config));
  return (
    <div className="settings scenario-select">
      <div className="field">
        <label htmlFor={id}>{t('scenario.label')}</label>
        <select
          id={id}
          value={active ?? ''}
          onChange={(e) => e.target.value && open(e.target.value as ScenarioId)}
        >
          <option value="">{t('scenario.none')}</option>
          {SCENARIOS.map((k) => (
            <option key={k} value={k}>
              {t(scenarioName(k))}
            </option>
          ))}
        </select>
      </div>
      {active && (
        <p className="scenario-watch" aria-live="polite">
          <strong>{t('scenario.watchHeading')}:</strong> {t(scenarioWatch(active))}
        </p>
      )}
    </div>
  );
}

const num = (raw: string) => (raw.trim() === '' ? Number.NaN : Number(raw));

export function InitSettings() {
  const t = useT();
  const config = useLesson((s) => s.config);
  const radiusId = useId();
  const set = (patch: Partial<Config>) => useLesson.getState().setConfig(patch);
  return (
    <div className="settings init-settings">
      <Select
        label="init.label"
        value={config.init}
        options={INIT_CHOICES}
        optionLabel={(k) => t(`init.${k}`)}
        onChange={(init) => set({ init })}
      />
      <Field
        label="init.scale"
        inputMode="decimal"
        value={String(config.scale)}
        commit={(v) => {
          const n = num(v);
          return n > 0 && n <= SCALE_MAX
            ? set({ scale: n })
            : { key: 'init.scaleError', params: { max: SCALE_MAX } };
        }}
      />
      <div className="field">
        <label htmlFor={radiusId}>{t('init.radius')}</label>
        <input
          id={radiusId}
          type="range"
          min={0}
          max={RADIUS_MAX}
          step={0.05}
          value={config.radius}
          aria-valuetext={t('init.radiusValue', { value: config.radius })}
          onChange={(e) => set({ radius: Number(e.target.value) })}
        />
        <output htmlFor={radiusId}>{t('init.radiusValue', { value: config.radius })}</output>
      </div>
      <Field
        label="init.keep"
        inputMode="decimal"
        value={String(config.keep)}
        commit={(v) => {
          const n = num(v);
          return n >= -KEEP_MAX && n <= KEEP_MAX
            ? set({ keep: n })
            : { key: 'init.keepError', params: { max: KEEP_MAX } };
        }}
      />
    </div>
  );
}

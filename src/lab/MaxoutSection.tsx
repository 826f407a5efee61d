/** Maxout: two adjustable lines and their maximum, presets that turn it into ReLU, leaky ReLU, |x| or a line. */
import { useId, useMemo } from 'react';
import { type CurvesView, createCurves, paddedDomain } from '../charts/curves';
import { fmt } from '../format';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/useT';
import { FigureButtons } from '../panels/FigureButtons';
import { useChart } from '../panels/useChart';
import type { LessonState } from '../store';
import { useLesson } from '../store';
import { LAB_LIMITS } from '../store/labSlice';
import { Slider, Swatch } from './controls';
import {
  MAXOUT_PRESETS,
  type MaxoutParams,
  type MaxoutPreset,
  matchPreset,
  maxout,
  maxoutKinks,
  maxoutPreset,
  paramCount,
} from './math/maxout';
import { grid } from './math/sample';
import { selectXRange } from './params';

const PRESET_NAME: Record<MaxoutPreset, MessageKey> = {
  relu: 'lab.fn.relu',
  leaky_relu: 'lab.fn.leaky_relu',
  abs: 'lab.fn.abs',
  linear: 'lab.fn.linear',
};
const PIECE1 = { color: '#0072B2', dash: '7 4', width: 2 };
const PIECE2 = { color: '#E69F00', dash: '2 3', width: 2.5 };
const MAX = { color: '#1d1d1f', width: 5 };
const KEYS: readonly (keyof MaxoutParams)[] = ['w1', 'b1', 'w2', 'b2'];
const SYMBOL: Record<keyof MaxoutParams, string> = { w1: 'w₁', b1: 'b₁', w2: 'w₂', b2: 'b₂' };

const selectMaxout = (s: LessonState) => s.lab.maxout;
const selectLeaky = (s: LessonState) => s.lab.leakyAlpha;
/** Inputs per hidden unit of the lesson's RNN: V one-hot inputs and H recurrent ones. */
const selectVocabSize = (s: LessonState) => s.seq.vocab.length;
const selectHidden = (s: LessonState) => s.config.hidden;

/** "max(0.50x + 0.00, 1.00x − 0.30)" */
export function maxoutFormula(p: MaxoutParams): string {
  const piece = (w: number, b: number) => `${fmt(w, 2)}x ${b < 0 ? '−' : '+'} ${fmt(Math.abs(b), 2)}`;
  return `max(${piece(p.w1, p.b1)}, ${piece(p.w2, p.b2)})`;
}

function ParamCost() {
  const t = useT();
  const V = useLesson(selectVocabSize);
  const H = useLesson(selectHidden);
  const relu = paramCount('relu', 1);
  const mo = paramCount('maxout', 1);
  const bar = (names: readonly string[]) => (
    <span className="cost-bar" aria-hidden="true">
      {names.map((name) => (
        <span key={name} className="cost-cell">
          {name}
        </span>
      ))}
    </span>
  );
  return (
    <div className="maxout-cost">
      <h4>{t('lab.maxout.cost')}</h4>
      <p className="lab-note">{t('lab.maxout.perUnit')}</p>
      <p className="cost-row">
        {bar(['w', 'b'])} {t('lab.maxout.reluCount', { n: relu })}
      </p>
      <p className="cost-row">
        {bar(['w₁', 'b₁', 'w₂', 'b₂'])} {t('lab.maxout.maxoutCount', { n: mo })}
      </p>
      <p className="lab-note">{t('lab.maxout.twice')}</p>
      <p className="lab-note">
        {t('lab.maxout.rnnCost', {
          H,
          V,
          relu: H * paramCount('relu', V + H),
          maxout: H * paramCount('maxout', V + H),
        })}
      </p>
    </div>
  );
}

export function MaxoutSection() {
  const t = useT();
  const hid = useId();
  const p = useLesson(selectMaxout);
  const leaky = useLesson(selectLeaky);
  const r = useLesson(selectXRange);
  const match = matchPreset(p, leaky);
  const formula = maxoutFormula(p);
  const title = 'f(x)';
  const plots = useMemo(() => {
    const xs = grid(-r, r, 201, maxoutKinks(p));
    const line = (w: number, b: number) => xs.map((x): [number, number] => [x, w * x + b]);
    const m = xs.map((x): [number, number] => [x, maxout(x, p)]);
    const all = [...m, ...line(p.w1, p.b1), ...line(p.w2, p.b2)].map(([, y]) => y);
    return [
      {
        title,
        height: 260,
        yDomain: paddedDomain(all, [0], [-Math.max(3, r), Math.max(3, r)]),
        series: [
          { id: 'max', ...MAX, points: m },
          { id: 'piece1', ...PIECE1, points: line(p.w1, p.b1) },
          { id: 'piece2', ...PIECE2, points: line(p.w2, p.b2) },
        ],
      },
    ];
  }, [p, r]);
  const view: CurvesView = useMemo(
    () => ({
      label: t('lab.maxout.chart', { formula }),
      xDomain: [-r, r],
      xTitle: 'x',
      plots,
      probeX: null,
    }),
    [plots, r, t, formula],
  );
  const ref = useChart(createCurves, view);
  const set = useLesson.getState().setLab;
  return (
    <section className="lab-section lab-maxout" aria-labelledby={hid}>
      <FigureButtons name="maxout" />
      <h3 id={hid}>{t('lab.maxout.heading')}</h3>
      <p className="lab-note">{t('lab.maxout.lecture')}</p>
      <div className="lab-maxout-grid">
        <div className="lab-side">
          <p className="maxout-formula">
            <span className="formula-main">max(w₁x + b₁, w₂x + b₂)</span>
            <span>= {formula}</span>
          </p>
          {KEYS.map((k) => (
            <Slider
              key={k}
              label={SYMBOL[k]}
              numberLabel={t('lab.maxout.value', { name: SYMBOL[k] })}
              value={p[k]}
              limits={LAB_LIMITS[k]}
              onChange={(v) => set({ maxout: { [k]: v } })}
            />
          ))}
          <fieldset className="presets">
            <legend className="presets-label">{t('lab.maxout.presets')}</legend>
            {MAXOUT_PRESETS.map((preset) => (
              <button
                key={preset}
                type="button"
                aria-label={t('lab.maxout.preset', { name: t(PRESET_NAME[preset]) })}
                aria-pressed={match === preset}
                onClick={() => set({ maxout: maxoutPreset(preset, leaky) })}
              >
                {t(PRESET_NAME[preset])}
              </button>
            ))}
          </fieldset>
          <p className="maxout-match" role="status" aria-live="polite">
            {match ? t('lab.maxout.is', { name: t(PRESET_NAME[match]) }) : t('lab.maxout.isNone')}
          </p>
        </div>
        <div className="lab-main">
          <ul className="lab-legend">
            <li>
              <Swatch {...PIECE1} /> {t('lab.maxout.piece1')}
            </li>
            <li>
              <Swatch {...PIECE2} /> {t('lab.maxout.piece2')}
            </li>
            <li>
              <Swatch {...MAX} /> {t('lab.maxout.max')}
            </li>
          </ul>
          <div ref={ref} className="lab-chart" />
        </div>
        <ParamCost />
      </div>
    </section>
  );
}

/** Dying ReLU: one neuron per activation trained side by side; a big first step kills the ReLU one. */
import { useEffect, useId, useMemo, useState } from 'react';
import { type CurvesView, createCurves, paddedDomain } from '../charts/curves';
import { fmt, fmtAuto } from '../format';
import { useT } from '../i18n/useT';
import { FigureButtons } from '../panels/FigureButtons';
import { useChart } from '../panels/useChart';
import type { LessonState } from '../store';
import { useLesson } from '../store';
import { fnKey } from './CurvesSection';
import { Swatch } from './controls';
import {
  DYING_BIG_LR,
  DYING_FNS,
  DYING_LR,
  DYING_MAX_STEPS,
  DYING_X,
  DYING_Y,
  type NeuronState,
  recoveryStep,
  trainNeuron,
} from './math/dying';
import { labValue } from './math/functions';
import { grid } from './math/sample';
import { FN_STYLE } from './palette';
import { useFnParams } from './params';

const selectStep = (s: LessonState) => s.lab.step;
/** Play: a tick every 100 ms, two steps per tick (20 steps/s; the URL is rewritten at most 10×/s). */
const TICK_MS = 100;
const STEPS_PER_TICK = 2;
const DATA_COLOR = '#1d1d1f';

function StatusText({ s, name }: { s: NeuronState; name: string }) {
  const t = useT();
  const n = DYING_X.length;
  let text: string;
  if (s.negative === n && s.gradNorm === 0) text = t('lab.dying.dead', { n });
  else if (s.negative === n) text = t('lab.dying.climbing', { n, g: fmtAuto(s.gradNorm) });
  else text = t('lab.dying.alive', { n, neg: s.negative });
  return (
    <span>
      <span className="sr-only">{name}: </span>
      {text}
    </span>
  );
}

export function DyingSection() {
  const t = useT();
  const hid = useId();
  const step = useLesson(selectStep);
  const p = useFnParams();
  const [playing, setPlaying] = useState(false);
  const histories = useMemo(() => DYING_FNS.map((fn) => ({ fn, h: trainNeuron(fn, p) })), [p]);

  useEffect(() => {
    if (!playing) return;
    const id = window.setInterval(() => {
      const s = useLesson.getState();
      if (s.lab.step >= DYING_MAX_STEPS) {
        setPlaying(false);
        return;
      }
      s.setLab({ step: s.lab.step + STEPS_PER_TICK });
    }, TICK_MS);
    return () => window.clearInterval(id);
  }, [playing]);

  const fitTitle = t('lab.dying.dataTitle', { k: step });
  const fitPlots = useMemo(() => {
    const xs = grid(-1.2, 1.2, 121);
    const series = histories.map(({ fn, h }) => {
      const { w, b } = h[step];
      return {
        id: fn,
        ...FN_STYLE[fn],
        points: xs.map((x): [number, number] => [x, labValue(fn, w * x + b, p)]),
      };
    });
    const dots = DYING_X.map((x, i) => ({ x, y: DYING_Y[i], color: DATA_COLOR, r: 5.5 }));
    return [
      {
        title: fitTitle,
        height: 210,
        yDomain: paddedDomain(
          [...DYING_Y, ...series.flatMap((s) => s.points.map(([, y]) => y))],
          [0],
          [-3.5, 4],
        ),
        series,
        dots,
      },
    ];
  }, [histories, step, p, fitTitle]);
  const fitView: CurvesView = useMemo(
    () => ({
      label: t('lab.dying.fitChart', { k: step }),
      xDomain: [-1.2, 1.2],
      xTitle: 'x',
      plots: fitPlots,
      probeX: null,
    }),
    [fitPlots, step, t],
  );
  const fitRef = useChart(createCurves, fitView);

  const biasTitle = t('lab.dying.biasTitle');
  const biasPlots = useMemo(() => {
    const series = histories.map(({ fn, h }) => ({
      id: fn,
      ...FN_STYLE[fn],
      points: h.slice(0, step + 1).map((s): [number, number] => [s.step, s.b]),
    }));
    const all = histories.flatMap(({ h }) => h.map((s) => s.b));
    const dots = histories.map(({ fn, h }) => ({ x: step, y: h[step].b, color: FN_STYLE[fn].color, r: 5 }));
    return [
      { title: biasTitle, height: 210, yDomain: paddedDomain(all, [0]), series, dots, rules: [{ y: 0 }] },
    ];
  }, [histories, step, biasTitle]);
  const biasView: CurvesView = useMemo(
    () => ({
      label: t('lab.dying.biasChart', { k: step }),
      xDomain: [0, DYING_MAX_STEPS],
      xTitle: t('lab.dying.stepsAxis'),
      plots: biasPlots,
      probeX: step,
    }),
    [biasPlots, step, t],
  );
  const biasRef = useChart(createCurves, biasView);

  const s = useLesson.getState();
  const atEnd = step >= DYING_MAX_STEPS;
  return (
    <section className="lab-section lab-dying" aria-labelledby={hid}>
      <FigureButtons name="dying" />
      <h3 id={hid}>{t('lab.dying.heading')}</h3>
      <p className="lab-note">{t('lab.dying.intro', { big: DYING_BIG_LR, lr: DYING_LR })}</p>
      <div className="lab-controls-row train-controls">
        <button
          type="button"
          className="primary"
          disabled={atEnd}
          onClick={() => s.setLab({ step: step + 1 })}
        >
          {t('lab.dying.step')}
        </button>
        <button type="button" disabled={atEnd && !playing} onClick={() => setPlaying(!playing)}>
          {playing ? t('lab.dying.pause') : t('lab.dying.play')}
        </button>
        <button
          type="button"
          onClick={() => {
            setPlaying(false);
            s.setLab({ step: 0 });
          }}
        >
          {t('lab.dying.reset')}
        </button>
        <output className="step-count" aria-live="polite">
          {t('lab.dying.steps', { k: step, max: DYING_MAX_STEPS })}
        </output>
      </div>
      <div className="lab-dying-grid">
        <div>
          <ul className="lab-legend">
            <li>
              <span className="data-dot" aria-hidden="true" /> {t('lab.dying.data')}
            </li>
            {DYING_FNS.map((fn) => (
              <li key={fn}>
                <Swatch color={FN_STYLE[fn].color} dash={FN_STYLE[fn].dash} /> {t(fnKey(fn))}
              </li>
            ))}
          </ul>
          <div ref={fitRef} className="lab-chart" />
        </div>
        <div>
          <div ref={biasRef} className="lab-chart lab-chart-legendless" />
        </div>
      </div>
      <table className="lab-table dying-table">
        <thead>
          <tr>
            <th scope="col">{t('lab.curves.function')}</th>
            <th scope="col">w</th>
            <th scope="col">b</th>
            <th scope="col">{t('lab.dying.loss')}</th>
            <th scope="col">{t('lab.dying.grad')}</th>
            <th scope="col">{t('lab.dying.state')}</th>
          </tr>
        </thead>
        <tbody>
          {histories.map(({ fn, h }) => {
            const cur = h[step];
            const rec = recoveryStep(h);
            const name = t(fnKey(fn));
            return (
              <tr key={fn} data-fn={fn}>
                <th scope="row">
                  <Swatch color={FN_STYLE[fn].color} dash={FN_STYLE[fn].dash} />
                  {name}
                </th>
                <td>{fmt(cur.w, 3)}</td>
                <td>{fmt(cur.b, 3)}</td>
                <td>{fmtAuto(cur.loss, 4)}</td>
                <td>{fmtAuto(cur.gradNorm, 3)}</td>
                <td>
                  <StatusText s={cur} name={name} />
                  {step > 0 && rec === null && (
                    <span className="lab-tag">{t('lab.dying.neverRecovers')}</span>
                  )}
                  {rec !== null && step >= rec && (
                    <span className="lab-tag">{t('lab.dying.recovered', { k: rec })}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

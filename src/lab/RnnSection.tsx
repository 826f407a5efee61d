/** Into the RNN: hand an activation to the lesson's vanilla RNN cell; the lesson's real pre-activations as dots. */
import { useId, useMemo } from 'react';
import { type CurvesView, createCurves, type Dot, paddedDomain } from '../charts/curves';
import type { Activation } from '../engine/model';
import { blockOf } from '../engine/trace';
import { fmt } from '../format';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/useT';
import { FigureButtons } from '../panels/FigureButtons';
import { useChart } from '../panels/useChart';
import type { LessonState } from '../store';
import { useLesson } from '../store';
import { selectMoment, selectPass } from '../store/selectors';
import { fnKey } from './CurvesSection';
import { RNN_FNS } from './math/functions';
import { sampleDeriv, sampleValue } from './math/sample';
import { FN_STYLE } from './palette';
import { ENGINE_PARAMS } from './params';

/** Unit colours (Okabe–Ito, distinct from the curve's colour where possible). */
const UNIT_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#1d1d1f', '#8C6D1F'];
const selectRnnAct = (s: LessonState) => s.lab.rnnAct;
const selectAllSteps = (s: LessonState) => s.lab.allSteps;
const selectCell = (s: LessonState) => s.config.cell;
const selectActivation = (s: LessonState) => s.config.activation;

/** Hands the activation to the lesson's vanilla RNN and returns to the lesson. */
export function applyToRnn(activation: Activation): void {
  useLesson.getState().setConfig({ cell: 'rnn', activation });
  useLesson.getState().setView('lesson');
}

export function RnnSection() {
  const t = useT();
  const hid = useId();
  const selId = useId();
  const rnnAct = useLesson(selectRnnAct);
  const allSteps = useLesson(selectAllSteps);
  const cell = useLesson(selectCell);
  const act = useLesson(selectActivation);
  const pass = useLesson(selectPass);
  const moment = useLesson(selectMoment);
  const passNo = useLesson((s) => s.cursor.pass + 1);
  const trace = pass.trace;
  const T = trace.T;
  const momentT = moment.phase === 'forward' || moment.phase === 'backward' ? moment.t : null;
  const stepsKey = allSteps || momentT === null ? 'all' : String(momentT);
  const steps = useMemo(
    () => (stepsKey === 'all' ? Array.from({ length: T }, (_, k) => k + 1) : [Number(stepsKey)]),
    [stepsKey, T],
  );
  const isRnn = cell === 'rnn';
  const actName = t(fnKey(act));

  // the lesson's own numbers: a from the forward pass, f(a) = h_t, f′(a) from the backward pass
  const points = useMemo(() => {
    if (!isRnn) return [];
    return steps.flatMap((st) => {
      const f = trace.forward[st - 1];
      const b = trace.backward[st - 1];
      const a = blockOf(f.pre, '');
      const h = blockOf(f.act, '');
      const d = blockOf(b.actDeriv, '');
      return Array.from(a, (av, j) => ({ t: st, unit: j, a: av, h: h[j], d: d[j] }));
    });
  }, [isRnn, steps, trace]);

  const plots = useMemo(() => {
    const r = Math.max(3, ...points.map((q) => Math.abs(q.a) * 1.15));
    const f = sampleValue(act, ENGINE_PARAMS, -r, r);
    const d = sampleDeriv(act, ENGINE_PARAMS, -r, r);
    const many = points.length > 16;
    const dot = (q: (typeof points)[number], y: number): Dot => ({
      x: q.a,
      y,
      color: UNIT_COLORS[q.unit % UNIT_COLORS.length],
      r: many ? 4 : 6,
      opacity: many ? 0.75 : 1,
      label: many ? undefined : `${q.unit + 1}`,
    });
    const style = { ...FN_STYLE[act], color: '#7f7f7f', width: 2.5 };
    return {
      r,
      plots: [
        {
          title: 'f(a)',
          height: 170,
          yDomain: paddedDomain(
            f.map(([, y]) => y),
            [0],
            [-r, r],
          ),
          series: [{ id: act, ...style, points: f }],
          dots: points.map((q) => dot(q, q.h)),
        },
        {
          title: 'f′(a)',
          height: 120,
          yDomain: paddedDomain(
            d.map(([, y]) => y),
            [0, 1],
            [-1, 2],
          ),
          series: [{ id: act, ...style, points: d }],
          dots: points.map((q) => dot(q, q.d)),
        },
      ],
    };
  }, [act, points]);
  const view: CurvesView = useMemo(
    () => ({
      label: t('lab.rnn.chart', { act: actName }),
      xDomain: [-plots.r, plots.r],
      xTitle: 'a',
      plots: plots.plots,
      probeX: null,
    }),
    [plots, t, actName],
  );
  const ref = useChart(createCurves, view);
  const set = useLesson.getState().setLab;

  return (
    <section className="lab-section lab-rnn" aria-labelledby={hid}>
      <FigureButtons name="rnn" />
      <h3 id={hid}>{t('lab.rnn.heading')}</h3>
      <p className="lab-note">{t('lab.rnn.intro')}</p>
      <div className="lab-controls-row">
        <label htmlFor={selId}>{t('lab.rnn.choose')}</label>
        <select id={selId} value={rnnAct} onChange={(e) => set({ rnnAct: e.target.value as Activation })}>
          {RNN_FNS.map((fn) => (
            <option key={fn} value={fn}>
              {t(fnKey(fn))}
            </option>
          ))}
        </select>
        <button type="button" className="primary" onClick={() => applyToRnn(rnnAct)}>
          {t('lab.rnn.use')}
        </button>
      </div>
      <p className="lab-note">
        {isRnn
          ? t('lab.rnn.current', { cell: t(`cell.${cell}` as MessageKey), act: actName })
          : t('lab.rnn.gated', { cell: t(`cell.${cell}` as MessageKey) })}{' '}
        {t('lab.rnn.fixed')}
      </p>
      {isRnn ? (
        <div className="lab-rnn-grid">
          <div>
            <label className="lab-check">
              <input
                type="checkbox"
                checked={allSteps}
                onChange={(e) => set({ allSteps: e.target.checked })}
              />
              {t('lab.rnn.allSteps')}
            </label>
            <p className="lab-note">
              {steps.length === 1
                ? t('lab.rnn.atStep', { t: steps[0], pass: passNo, act: actName })
                : t('lab.rnn.atAll', { T, pass: passNo, act: actName })}
            </p>
            <div ref={ref} className="lab-chart" />
          </div>
          <table className="lab-table">
            <thead>
              <tr>
                <th scope="col">t</th>
                <th scope="col">{t('lab.rnn.unit')}</th>
                <th scope="col">a</th>
                <th scope="col">f(a)</th>
                <th scope="col">f′(a)</th>
              </tr>
            </thead>
            <tbody>
              {points.map((q) => (
                <tr key={`${q.t}-${q.unit}`}>
                  <td>{q.t}</td>
                  <td>
                    <span
                      className="unit-dot"
                      style={{ background: UNIT_COLORS[q.unit % UNIT_COLORS.length] }}
                    />
                    {q.unit + 1}
                  </td>
                  <td>{fmt(q.a, 3)}</td>
                  <td>{fmt(q.h, 3)}</td>
                  <td>{fmt(q.d, 3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="lab-note">{t('lab.rnn.onlyRnn')}</p>
      )}
    </section>
  );
}

/** Depth: N stacked layers — the composed function, and the gradient through the stack against N. */
import { useId, useMemo } from 'react';
import { type CurvesView, createCurves, logDomain, paddedDomain } from '../charts/curves';
import { fmt, fmtAuto, pct } from '../format';
import { useT } from '../i18n/useT';
import { FigureButtons } from '../panels/FigureButtons';
import { useChart } from '../panels/useChart';
import type { LessonState } from '../store';
import { useLesson } from '../store';
import { LAB_LIMITS } from '../store/labSlice';
import { fnKey } from './CurvesSection';
import { Slider, Swatch } from './controls';
import {
  compose,
  DEPTH_CHAINS,
  DEPTH_MAX,
  DEPTH_SEED,
  type GradientStats,
  gradientStats,
  preActivations,
  sigmoidBound,
} from './math/depth';
import type { FnParams, LabFn } from './math/functions';
import { grid } from './math/sample';
import { FN_STYLE } from './palette';
import { selectFns, selectXRange, useFnParams } from './params';

const selectDepth = (s: LessonState) => s.lab.depth;
const selectSigma = (s: LessonState) => s.lab.sigma;
const selectSlope = (s: LessonState) => s.lab.slope;
const BOUND = { color: '#5a5a66', dash: '4 4', width: 1.5 };
const LAYERS = Array.from({ length: DEPTH_MAX }, (_, k) => k + 1);

function composedPlots(fns: readonly LabFn[], p: FnParams, n: number, r: number, title: string) {
  const xs = grid(-r, r, 301);
  const series = fns.map((fn) => ({
    id: fn,
    ...FN_STYLE[fn],
    points: xs.map((x): [number, number] => [x, compose(fn, n, x, p)]),
  }));
  return [
    {
      title,
      height: 230,
      yDomain: paddedDomain(
        series.flatMap((s) => s.points.map(([, y]) => y)),
        [0],
        [-r, r],
      ),
      series,
    },
  ];
}

function gradientPlots(stats: { fn: LabFn; s: GradientStats }[], title: string) {
  const values = stats.flatMap(({ s }) => [...s.q1, ...s.q3, ...s.median]);
  const domain = logDomain([...values, sigmoidBound(DEPTH_MAX)], 1e-12, 10);
  const floor = domain[0];
  // values below the axis floor are drawn on it; exact zeros go on the "0" row
  const onAxis = (v: number) => (v === 0 ? 0 : Math.max(v, floor));
  return [
    {
      title,
      height: 230,
      yLog: true,
      zeroRow: true,
      yDomain: domain,
      bands: stats.map(({ fn, s }) => ({
        id: fn,
        color: FN_STYLE[fn].color,
        points: LAYERS.map((n): [number, number, number] => [n, onAxis(s.q1[n - 1]), onAxis(s.q3[n - 1])]),
      })),
      series: [
        {
          id: 'bound',
          ...BOUND,
          points: LAYERS.map((n): [number, number] => [n, sigmoidBound(n)]),
        },
        ...stats.map(({ fn, s }) => ({
          id: fn,
          ...FN_STYLE[fn],
          points: LAYERS.map((n): [number, number] => [n, onAxis(s.median[n - 1])]),
        })),
      ],
    },
  ];
}

export function DepthSection() {
  const t = useT();
  const hid = useId();
  const fns = useLesson(selectFns);
  const n = useLesson(selectDepth);
  const sigma = useLesson(selectSigma);
  const slope = useLesson(selectSlope);
  const r = useLesson(selectXRange);
  const p = useFnParams();
  const set = useLesson.getState().setLab;

  const composedTitle = t('lab.depth.composedTitle', { n });
  const composed = useMemo(() => composedPlots(fns, p, n, r, composedTitle), [fns, p, n, r, composedTitle]);
  const composedView: CurvesView = useMemo(
    () => ({
      label: t('lab.depth.composedChart', { n, r: fmt(r, 1) }),
      xDomain: [-r, r],
      xTitle: 'x',
      plots: composed,
      probeX: null,
    }),
    [composed, n, r, t],
  );
  const composedRef = useChart(createCurves, composedView);

  const pre = useMemo(() => preActivations(DEPTH_CHAINS, DEPTH_MAX, sigma), [sigma]);
  const stats = useMemo(
    () => fns.map((fn) => ({ fn, s: gradientStats(fn, p, pre, DEPTH_MAX) })),
    [fns, p, pre],
  );
  const gradTitle = t('lab.depth.gradTitle');
  const grad = useMemo(() => gradientPlots(stats, gradTitle), [stats, gradTitle]);
  const gradView: CurvesView = useMemo(
    () => ({
      label: t('lab.depth.gradChart', { max: DEPTH_MAX }),
      xDomain: [1, DEPTH_MAX],
      xTitle: t('lab.depth.layersAxis'),
      xTicks: [1, 5, 10, 15, 20],
      plots: grad,
      probeX: n,
    }),
    [grad, n, t],
  );
  const gradRef = useChart(createCurves, gradView);

  return (
    <section className="lab-section lab-depth" aria-labelledby={hid}>
      <FigureButtons name="depth" />
      <h3 id={hid}>{t('lab.depth.heading')}</h3>
      <p className="lab-note">{t('lab.depth.intro')}</p>
      <div className="lab-controls-row">
        <Slider
          label={t('lab.depth.layers')}
          value={n}
          limits={LAB_LIMITS.depth}
          onChange={(v) => set({ depth: v })}
        />
        <Slider
          label={t('lab.curves.slope')}
          value={slope}
          limits={LAB_LIMITS.slope}
          onChange={(v) => set({ slope: v })}
        />
        <Slider
          label={t('lab.depth.sigma')}
          value={sigma}
          limits={LAB_LIMITS.sigma}
          onChange={(v) => set({ sigma: v })}
        />
      </div>
      <div className="lab-depth-grid">
        <div>
          <div ref={composedRef} className="lab-chart" />
          <p className="lab-note" aria-live="polite">
            {t('lab.depth.linear', { n, a: fmtAuto(slope ** n, 3) })}
          </p>
        </div>
        <div>
          <div ref={gradRef} className="lab-chart" />
          <p className="lab-note">
            <Swatch color={BOUND.color} dash={BOUND.dash} width={2} /> {t('lab.depth.bound')}
          </p>
          <p className="lab-note">{t('lab.depth.gradNote', { chains: DEPTH_CHAINS, seed: DEPTH_SEED })}</p>
        </div>
        {stats.length > 0 && (
          <table className="lab-table">
            <caption>{t('lab.depth.tableCaption', { n })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('lab.curves.function')}</th>
                <th scope="col">{t('lab.depth.median')}</th>
                <th scope="col">{t('lab.depth.middle')}</th>
                <th scope="col">{t('lab.depth.zero')}</th>
              </tr>
            </thead>
            <tbody>
              {stats.map(({ fn, s }) => (
                <tr key={fn}>
                  <th scope="row">
                    <Swatch color={FN_STYLE[fn].color} dash={FN_STYLE[fn].dash} />
                    {t(fnKey(fn))}
                  </th>
                  <td>{fmtAuto(s.median[n - 1])}</td>
                  <td>
                    {fmtAuto(s.q1[n - 1])} … {fmtAuto(s.q3[n - 1])}
                  </td>
                  <td>{pct(s.zeroShare[n - 1])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}

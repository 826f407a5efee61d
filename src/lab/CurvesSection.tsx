/** Curves: the selected functions overlaid, f(x) above f′(x), saturation shaded, a probe that reads them all. */
import { useId, useMemo, useState } from 'react';
import { type CurvesView, createCurves, type Lane, type PlotView, paddedDomain } from '../charts/curves';
import { fmt } from '../format';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/useT';
import { FigureButtons } from '../panels/FigureButtons';
import { useChart } from '../panels/useChart';
import { useLesson } from '../store';
import { LAB_LIMITS } from '../store/labSlice';
import { Slider, Swatch } from './controls';
import {
  type FnParams,
  LAB_FNS,
  type LabFn,
  labDeriv,
  labDerivRight,
  labKinks,
  labValue,
} from './math/functions';
import { SATURATION, sampleDeriv, sampleValue, saturationIntervals } from './math/sample';
import { FN_FORMULA, FN_STYLE } from './palette';
import { selectFns, selectXRange, useFnParams } from './params';

const MODERN: readonly LabFn[] = ['softplus', 'gelu'];
export const fnKey = (fn: LabFn) => `lab.fn.${fn}` as MessageKey;

/**
 * The two plots (f and f′) of the selected functions, f′ shaded where it saturates, and one saturation
 * lane per function under the axis (so overlapping shades can still be told apart).
 */
export function curvePlots(
  fns: readonly LabFn[],
  p: FnParams,
  r: number,
  titles: { value: string; slope: string },
): { plots: PlotView[]; lanes: Lane[] } {
  const samples = fns.map((fn) => ({
    fn,
    f: sampleValue(fn, p, -r, r),
    d: sampleDeriv(fn, p, -r, r),
  }));
  const shades = samples.flatMap(({ fn, d }) =>
    saturationIntervals(d).map(([x0, x1]) => ({ x0, x1, color: FN_STYLE[fn].color })),
  );
  const lanes = samples.map(({ fn, d }) => ({ id: fn, ...FN_STYLE[fn], intervals: saturationIntervals(d) }));
  const series = (which: 'f' | 'd') =>
    samples.map((s) => ({ id: s.fn, ...FN_STYLE[s.fn], points: which === 'f' ? s.f : s.d }));
  const plots: PlotView[] = [
    {
      title: titles.value,
      height: 230,
      yDomain: paddedDomain(
        samples.flatMap((s) => s.f.map(([, y]) => y)),
        [0],
        [-r, r],
      ),
      series: series('f'),
    },
    {
      title: titles.slope,
      height: 150,
      yDomain: paddedDomain(
        samples.flatMap((s) => s.d.map(([, y]) => y)),
        [0, 1],
        [-2.2, 3.2],
      ),
      series: series('d'),
      shades,
    },
  ];
  return { plots, lanes };
}

function FnCheckbox({ fn, checked, params }: { fn: LabFn; checked: boolean; params: FnParams }) {
  const t = useT();
  const formula = fn === 'linear' ? `${fmt(params.slope, 2)}·x` : FN_FORMULA[fn];
  return (
    <label className="fn-check">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => useLesson.getState().toggleLabFn(fn, e.target.checked)}
      />
      <Swatch color={FN_STYLE[fn].color} dash={FN_STYLE[fn].dash} />
      <span className="fn-name">{t(fnKey(fn))}</span>
      <span className="fn-formula" aria-hidden="true">
        {formula}
      </span>
    </label>
  );
}

function ProbeTable({ fns, p, x }: { fns: readonly LabFn[]; p: FnParams; x: number }) {
  const t = useT();
  if (fns.length === 0) return null;
  return (
    <table className="lab-table probe-table">
      <caption>{t('lab.curves.tableCaption', { x: fmt(x, 2) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('lab.curves.function')}</th>
          <th scope="col">f(x)</th>
          <th scope="col">f′(x)</th>
        </tr>
      </thead>
      <tbody>
        {fns.map((fn) => {
          const d = labDeriv(fn, x, p);
          const atKink = labKinks(fn, p).some((k) => Math.abs(k - x) < 1e-9);
          return (
            <tr key={fn}>
              <th scope="row">
                <Swatch color={FN_STYLE[fn].color} dash={FN_STYLE[fn].dash} />
                {t(fnKey(fn))}
              </th>
              <td>{fmt(labValue(fn, x, p), 4)}</td>
              <td>
                {fmt(d, 4)}
                {Math.abs(d) < SATURATION && <span className="lab-tag">{t('lab.curves.saturated')}</span>}
                {atKink && (
                  <span className="lab-tag">
                    {t('lab.curves.kink', { left: fmt(d, 2), right: fmt(labDerivRight(fn, x, p), 2) })}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function CurvesSection() {
  const t = useT();
  const hid = useId();
  const fns = useLesson(selectFns);
  const r = useLesson(selectXRange);
  const leakyAlpha = useLesson((s) => s.lab.leakyAlpha);
  const eluAlpha = useLesson((s) => s.lab.eluAlpha);
  const p = useFnParams();
  const [probe, setProbe] = useState(-1);
  const x = Math.max(-r, Math.min(r, probe));
  const valueTitle = t('lab.curves.valueTitle');
  const slopeTitle = t('lab.curves.slopeTitle');
  const { plots, lanes } = useMemo(
    () => curvePlots(fns, p, r, { value: valueTitle, slope: slopeTitle }),
    [fns, p, r, valueTitle, slopeTitle],
  );
  const names = fns.map((fn) => t(fnKey(fn))).join(', ');
  const view: CurvesView = useMemo(
    () => ({
      label: t('lab.curves.chart', { names }),
      xDomain: [-r, r],
      xTitle: 'x',
      plots,
      lanes,
      lanesTitle: t('lab.curves.lanes'),
      probeX: x,
      probeDots: [
        fns.map((fn) => ({ x, y: labValue(fn, x, p), color: FN_STYLE[fn].color })),
        fns.map((fn) => ({ x, y: labDeriv(fn, x, p), color: FN_STYLE[fn].color })),
      ],
    }),
    [plots, lanes, x, fns, p, r, names, t],
  );
  const ref = useChart(
    (el) => createCurves(el, { onProbe: (v: number | null) => v !== null && setProbe(v) }),
    view,
  );
  const set = useLesson.getState().setLab;
  return (
    <section className="lab-section lab-curves" aria-labelledby={hid}>
      <FigureButtons name="curves" />
      <h3 id={hid}>{t('lab.curves.heading')}</h3>
      <div className="lab-curves-grid">
        <div className="lab-side">
          <fieldset className="fn-legend">
            <legend>{t('lab.curves.functions')}</legend>
            {LAB_FNS.filter((fn) => !MODERN.includes(fn)).map((fn) => (
              <FnCheckbox key={fn} fn={fn} checked={fns.includes(fn)} params={p} />
            ))}
            <p className="fn-group">{t('lab.curves.modern')}</p>
            {MODERN.map((fn) => (
              <FnCheckbox key={fn} fn={fn} checked={fns.includes(fn)} params={p} />
            ))}
            <p className="lab-note">{t('lab.curves.geluNote')}</p>
          </fieldset>
          <fieldset className="lab-params">
            <legend>{t('lab.curves.params')}</legend>
            <Slider
              label={t('lab.curves.leakyAlpha')}
              value={leakyAlpha}
              limits={LAB_LIMITS.leakyAlpha}
              onChange={(v) => set({ leakyAlpha: v })}
            />
            <Slider
              label={t('lab.curves.eluAlpha')}
              value={eluAlpha}
              limits={LAB_LIMITS.eluAlpha}
              onChange={(v) => set({ eluAlpha: v })}
            />
            <Slider
              label={t('lab.curves.xRange')}
              value={r}
              limits={LAB_LIMITS.xRange}
              valueText={t('lab.curves.xRangeValue', { r: fmt(r, 1) })}
              shown={`±${fmt(r, 1)}`}
              onChange={(v) => set({ xRange: v })}
            />
            <Slider
              label={t('lab.curves.probe')}
              value={x}
              limits={{ min: -r, max: r, step: 0.01 }}
              onChange={setProbe}
            />
          </fieldset>
        </div>
        <div className="lab-main">
          {fns.length === 0 && <p className="lab-empty">{t('lab.curves.none')}</p>}
          <div ref={ref} className="lab-chart" />
          <p className="lab-note">
            <span className="shade-sample" aria-hidden="true" /> {t('lab.curves.saturation')}
          </p>
          <p className="lab-note">{t('lab.curves.hint')}</p>
        </div>
        <ProbeTable fns={fns} p={p} x={x} />
      </div>
    </section>
  );
}

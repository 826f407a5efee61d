import { format } from 'd3';
import { useMemo } from 'react';
import { createLossChart, emaSmooth, type LossPoint, type LossView } from '../charts/lossChart';
import { fmt } from '../format';
import { translator } from '../i18n';
import { useT } from '../i18n/useT';
import { type LessonState, useLesson } from '../store';
import type { Pass } from '../store/lesson';
import { recent } from '../store/recent';
import { selectMoment } from '../store/selectors';
import { Panel } from './Panel';
import { useChart } from './useChart';
import './charts.css';
import { FigureButtons } from './FigureButtons';

export interface LossSeries {
  points: LossPoint[];
  current: number;
  /** x of the point the update on screen produces (the next pass's loss), or null. */
  pending: number | null;
}

/**
 * Loss points of the passes reached: passes[0..pass] (passes[k].loss is the loss before update
 * k + 1), plus the next pass when the cursor is on the update moment.
 */
export function lossSeries(passes: readonly Pass[], pass: number, atUpdate: boolean): LossSeries {
  const upTo = Math.min(pass, passes.length - 1);
  const points: LossPoint[] = [];
  for (let k = 0; k <= upTo; k++) points.push({ x: k, loss: passes[k].loss });
  const next = atUpdate ? passes[pass + 1] : undefined;
  if (next) points.push({ x: pass + 1, loss: next.loss });
  return { points, current: upTo, pending: next ? pass + 1 : null };
}

const lossOf = recent(4, lossSeries);
/** Memoised on (passes, pass, at update) so stepping within a pass keeps the same points. */
const selectLoss = (s: LessonState): LossSeries =>
  lossOf(s.passes, s.cursor.pass, selectMoment(s).phase === 'update');
const selectLang = (s: LessonState) => s.lang;
/** The training curve, shown instead of the per-pass losses while the lesson uses training's weights. */
const selectCurve = (s: LessonState) =>
  (s.trained !== null || s.training.status !== 'idle') && s.training.curve.length > 0
    ? s.training.curve
    : null;
const siFormat = format('~s');

const goToPass = (x: number) => {
  const s = useLesson.getState();
  if (selectCurve(s)) return; // points are training iterations, not passes
  if (Number.isInteger(x) && x >= 0 && x < s.passes.length) s.goTo({ pass: x, index: 0 });
};
const createChart = (el: HTMLElement) => createLossChart(el, { height: 240, onPass: goToPass });

/** Loss per pass: each update adds a point (training will add many). */
export function LossPanel() {
  const t = useT();
  const series = useLesson(selectLoss);
  const lang = useLesson(selectLang);
  const curve = useLesson(selectCurve);
  const view = useMemo<LossView>(() => {
    const tr = translator(lang);
    if (curve) {
      const last = curve[curve.length - 1];
      return {
        points: curve.map((p) => ({ x: p.x, loss: p.loss })),
        smoothed: curve.map((p) => ({ x: p.x, loss: p.smooth })),
        current: null,
        pending: null,
        xTitle: tr('training.loss.xTitle'),
        yTitle: tr('training.loss.yTitle'),
        rawLabel: tr('training.loss.raw'),
        smoothLabel: tr('training.loss.smooth'),
        ariaLabel: tr('training.loss.aria', { n: curve.length, loss: fmt(last.loss, 4) }),
        tip: (p) => tr('training.loss.tip', { x: p.x, loss: fmt(p.loss, 5) }),
        dots: false,
        xFormat: (v) => (v >= 10000 ? siFormat(v) : String(v)),
      };
    }
    const last = series.points[series.points.length - 1];
    return {
      points: series.points,
      smoothed: series.points.length >= 3 ? emaSmooth(series.points, 0.8) : null,
      current: series.current,
      pending: series.pending,
      xTitle: tr('charts.loss.xTitle'),
      yTitle: tr('charts.loss.yTitle'),
      rawLabel: tr('charts.loss.raw'),
      smoothLabel: tr('charts.loss.smooth'),
      ariaLabel: tr('charts.loss.aria', { n: series.points.length, loss: last ? fmt(last.loss, 4) : '' }),
      tip: (p) => tr('charts.loss.tip', { x: p.x, loss: fmt(p.loss, 5) }),
    };
  }, [series, lang, curve]);
  const ref = useChart(createChart, view, true);
  return (
    <Panel id="loss" title="charts.loss.heading" className="chart-panel">
      <FigureButtons name="loss" />
      <p className="chart-caption">{t(curve ? 'training.loss.caption' : 'charts.loss.caption')}</p>
      <div className="chart-host" ref={ref} />
    </Panel>
  );
}

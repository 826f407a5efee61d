import { useMemo } from 'react';
import {
  createTimeHeatmap,
  type LegendSpec,
  niceMaxAbs,
  type TimeBand,
  type TimeHeatmapView,
  unitsBySteps,
} from '../charts/timeHeatmap';
import { charAt } from '../engine/text';
import type { Trace } from '../engine/trace';
import { fmt } from '../format';
import type { Translate } from '../i18n';
import { useT } from '../i18n/useT';
import { useLesson } from '../store';
import type { Moment } from '../store/cursor';
import { cursorStep, reachedSteps } from '../store/momentView';
import { selectMoment, selectPass } from '../store/selectors';
import { traceMemo } from '../store/traceMemo';
import { goToStep, setHover } from './chartActions';
import { Panel } from './Panel';
import { useChart } from './useChart';
import './charts.css';
import { FigureButtons } from './FigureButtons';

const selectTrace = (s: Parameters<typeof selectPass>[0]) => selectPass(s).trace;

interface HiddenBase {
  bands: Omit<TimeBand, 'reached'>[];
  legends: LegendSpec[];
}

const baseMemo = traceMemo<HiddenBase>(1);

/** h_t (and c_t for the LSTM) as units × steps matrices with their colour scales (once per trace). */
export function hiddenBands(trace: Trace): HiddenBase {
  const hit = baseMemo.peek(trace, 'bands');
  if (hit) return hit;
  const H = trace.model.hiddenSize;
  const h = unitsBySteps(
    trace.forward.map((f) => f.h),
    H,
  );
  const bands: HiddenBase['bands'] = [
    { key: 'h', label: 'hₜ', data: h, scale: { kind: 'diverging', maxAbs: niceMaxAbs(h) } },
  ];
  if (trace.cell === 'lstm') {
    const c = unitsBySteps(
      trace.forward.map((f) => f.c),
      H,
    );
    bands.push({ key: 'c', label: 'cₜ', data: c, scale: { kind: 'diverging', maxAbs: niceMaxAbs(c) } });
  }
  return baseMemo.set(trace, 'bands', {
    bands,
    legends: bands.map((x) => ({ label: x.label, scale: x.scale })),
  });
}

function hiddenView(trace: Trace, m: Moment, t: Translate): TimeHeatmapView {
  const base = hiddenBands(trace);
  const bands = base.bands.map((b) => ({
    ...b,
    reached: reachedSteps(trace.model.cell, trace.T, m, b.key === 'c' ? 'c' : 'h'),
  }));
  const H = trace.model.hiddenSize;
  return {
    units: H,
    steps: trace.T,
    bands,
    legends: base.legends,
    cursorT: cursorStep(m),
    xTitle: t('charts.axis.step'),
    yTitle: t('charts.axis.unit'),
    ariaLabel: t('charts.hidden.aria', { units: H, steps: trace.T, reached: bands[0].reached }),
    tip: (band, unit, step, value) =>
      Number.isNaN(value) && step > band.reached
        ? t('charts.tip.notYet', { sym: band.label, unit, t: step })
        : t('charts.tip.cell', {
            sym: band.label,
            unit,
            t: step,
            ch: charAt(trace.model.vocab, trace.inputs[step - 1] ?? null),
            value: fmt(value, 5),
          }),
  };
}

const createChart = (el: HTMLElement) =>
  createTimeHeatmap(el, { maxBandHeight: 220, onHover: setHover, onStep: goToStep });

/** h_t (and c_t) of every unit at every step; the cursor's step outlined, steps not reached blank. */
export function HiddenStatePanel() {
  const t = useT();
  const trace = useLesson(selectTrace);
  const moment = useLesson(selectMoment);
  const view = useMemo(() => hiddenView(trace, moment, t), [trace, moment, t]);
  const ref = useChart(createChart, view, true);
  return (
    <Panel id="hidden" title="charts.hidden.heading" className="wide chart-panel">
      <FigureButtons name="hidden" />
      <p className="chart-caption">
        {t(trace.model.cell === 'lstm' ? 'charts.hidden.captionLstm' : 'charts.hidden.caption')}
      </p>
      <div className="chart-host" ref={ref} />
    </Panel>
  );
}

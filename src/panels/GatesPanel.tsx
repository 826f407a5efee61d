import { useMemo } from 'react';
import type { StepLinesView } from '../charts/flowChart';
import {
  createGateLines,
  GATE_AXIS,
  GATE_STYLE,
  GATES,
  gateMeans,
  isSigmoidGate,
  revealed,
} from '../charts/gateLines';
import {
  createTimeHeatmap,
  type LegendSpec,
  type TimeBand,
  type TimeHeatmapView,
  unitsBySteps,
} from '../charts/timeHeatmap';
import type { Block } from '../engine/model';
import { charAt } from '../engine/text';
import { blockOf, type Trace } from '../engine/trace';
import { fmt } from '../format';
import type { Translate } from '../i18n';
import { useT } from '../i18n/useT';
import { type LessonState, useLesson } from '../store';
import type { ForwardSub, Moment } from '../store/cursor';
import { cursorStep, reachedSteps } from '../store/momentView';
import { selectMoment, selectPass } from '../store/selectors';
import { traceMemo } from '../store/traceMemo';
import { goToStep, setHover } from './chartActions';
import { Panel } from './Panel';
import { useChart } from './useChart';
import './charts.css';
import { FigureButtons } from './FigureButtons';

const selectTrace = (s: LessonState) => selectPass(s).trace;
const selectCellType = (s: LessonState) => s.config.cell;

const SIGMOID_SCALE = { kind: 'sequential', lo: 0, hi: 1 } as const;
const TANH_SCALE = { kind: 'diverging', maxAbs: 1 } as const;

interface GateBase {
  bands: Omit<TimeBand, 'reached'>[];
  legends: LegendSpec[];
  means: Record<string, number[]>;
}
const memo = traceMemo<GateBase>(4);

/** One units × steps band per gate (σ gates on 0..1, g on −1..1) and the means over units (once per trace). */
export function gateBase(trace: Trace, sigmoidLabel: string): GateBase {
  const hit = memo.peek(trace, sigmoidLabel);
  if (hit) return hit;
  const H = trace.model.hiddenSize;
  const gates = GATES[trace.model.cell];
  const bands = gates.map((g) => ({
    key: g,
    label: `${g}ₜ`,
    data: unitsBySteps(
      trace.forward.map((f) => blockOf(f.act, g)),
      H,
    ),
    scale: isSigmoidGate(g) ? SIGMOID_SCALE : TANH_SCALE,
  }));
  const legends: LegendSpec[] = [
    { label: sigmoidLabel, scale: SIGMOID_SCALE },
    { label: 'gₜ', scale: TANH_SCALE },
  ];
  return memo.set(trace, sigmoidLabel, { bands, legends, means: gateMeans(trace) });
}

function views(trace: Trace, m: Moment, t: Translate): { heat: TimeHeatmapView; lines: StepLinesView } {
  const base = gateBase(trace, t('charts.gates.sigmoid'));
  const gates = GATES[trace.model.cell];
  const reached = Object.fromEntries(
    gates.map((g) => [g, reachedSteps(trace.model.cell, trace.T, m, g as ForwardSub)]),
  );
  const H = trace.model.hiddenSize;
  const ch = (step: number) => charAt(trace.model.vocab, trace.inputs[step - 1] ?? null);
  const heat: TimeHeatmapView = {
    units: H,
    steps: trace.T,
    bands: base.bands.map((b) => ({ ...b, reached: reached[b.key] })),
    legends: base.legends,
    cursorT: cursorStep(m),
    xTitle: t('charts.axis.step'),
    yTitle: t('charts.axis.unit'),
    ariaLabel: t('charts.gates.aria', { gates: gates.join(', '), units: H, steps: trace.T }),
    tip: (band, unit, step, value) =>
      step > band.reached
        ? t('charts.tip.notYet', { sym: band.label, unit, t: step })
        : t('charts.tip.cell', { sym: band.label, unit, t: step, ch: ch(step), value: fmt(value, 5) }),
  };
  const lines: StepLinesView = {
    steps: trace.T,
    series: gates.map((g: Block) => ({
      key: g,
      label: t('charts.gates.mean', { gate: `${g}ₜ` }),
      ...GATE_STYLE[g],
      values: revealed(base.means[g], reached[g]),
    })),
    y: GATE_AXIS,
    cursorT: cursorStep(m),
    xTitle: t('charts.axis.step'),
    yTitle: t('charts.gates.meanTitle'),
    ariaLabel: t('charts.gates.linesAria'),
    tipTitle: (step) => t('charts.tip.step', { t: step, ch: ch(step) }),
    formatValue: (v) => fmt(v, 4),
  };
  return { heat, lines };
}

// the series array must keep its identity while only the cursor moves: memoise on (trace, reached)
const linesMemo = traceMemo<StepLinesView['series']>(1);
function stableSeries(trace: Trace, lines: StepLinesView, key: string): StepLinesView {
  const hit = linesMemo.peek(trace, key);
  if (hit) return { ...lines, series: hit };
  linesMemo.set(trace, key, lines.series);
  return lines;
}

const createHeat = (el: HTMLElement) =>
  createTimeHeatmap(el, { maxBandHeight: 110, maxCellHeight: 26, onHover: setHover, onStep: goToStep });
const createLines = (el: HTMLElement) =>
  createGateLines(el, {
    height: 210,
    onHover: (t) => setHover(t === null ? null : { unit: null, t }),
    onStep: goToStep,
  });

/** The gates of the LSTM (f i o g) or GRU (z r g): one heatmap each and their means against t. */
export function GatesPanel() {
  const t = useT();
  const cell = useLesson(selectCellType);
  return (
    <Panel id="gates" title="charts.gates.heading" className="chart-panel">
      <FigureButtons name="gates" />
      {cell === 'rnn' ? <NoGates t={t} /> : <GateCharts />}
    </Panel>
  );
}

/** The vanilla RNN: a note that it has no gates, and the two cells that do. */
function NoGates({ t }: { t: Translate }) {
  return (
    <div className="gates-none">
      <p>{t('charts.gates.noGates')}</p>
      <p className="chart-buttons">
        <button type="button" onClick={() => useLesson.getState().setConfig({ cell: 'lstm' })}>
          {t('charts.gates.useLstm')}
        </button>
        <button type="button" onClick={() => useLesson.getState().setConfig({ cell: 'gru' })}>
          {t('charts.gates.useGru')}
        </button>
      </p>
    </div>
  );
}

function GateCharts() {
  const t = useT();
  const trace = useLesson(selectTrace);
  const moment = useLesson(selectMoment);
  const { heat, lines } = useMemo(() => {
    const v = views(trace, moment, t);
    const key = `${t('charts.gates.meanTitle')}|${v.heat.bands.map((b) => b.reached).join(',')}`;
    return { heat: v.heat, lines: stableSeries(trace, v.lines, key) };
  }, [trace, moment, t]);
  const heatRef = useChart(createHeat, trace.model.cell === 'rnn' ? null : heat, true);
  const linesRef = useChart(createLines, lines, true);
  return (
    <>
      <p className="chart-caption">
        {t(trace.model.cell === 'lstm' ? 'charts.gates.captionLstm' : 'charts.gates.captionGru')}
      </p>
      <div className="chart-host" ref={heatRef} />
      <div className="chart-host" ref={linesRef} />
    </>
  );
}

import { useEffect, useMemo, useState } from 'react';
import { createFlowChart, LOG_AXIS, type StepLinesView, type StepSeries } from '../charts/flowChart';
import type { GradientFlow } from '../engine/gradientFlow';
import type { CellType } from '../engine/model';
import { charAt } from '../engine/text';
import type { Trace } from '../engine/trace';
import { fmtAuto } from '../format';
import { type Lang, type Translate, translator } from '../i18n';
import { useT } from '../i18n/useT';
import { type LessonState, useLesson } from '../store';
import type { Config } from '../store/config';
import { type CompareFlows, flowOf, requestCompare, requestFlow } from '../store/derived';
import type { Sequence } from '../store/lesson';
import { cursorStep } from '../store/momentView';
import { selectMoment, selectPass } from '../store/selectors';
import { goToStep, setHover } from './chartActions';
import { Panel } from './Panel';
import { useChart } from './useChart';
import './charts.css';
import { FigureButtons } from './FigureButtons';

const selectTrace = (s: LessonState) => selectPass(s).trace;
const selectCursorT = (s: LessonState) => cursorStep(selectMoment(s));
const selectLangOnly = (s: LessonState) => s.lang;
const selectConfig = (s: LessonState) => s.config;
const selectSeq = (s: LessonState) => s.seq;

/** Colour (Okabe–Ito), dash and marker of each curve: three cues, so no curve depends on colour alone. */
const STYLE = {
  last: { color: '#0072b2', marker: 'circle', strokeWidth: 3 },
  total: { color: '#d55e00', marker: 'square', dash: '7 4' },
  jacobian: { color: '#009e73', marker: 'triangle', dash: '2 3', strokeWidth: 2 },
  rnn: { color: '#d55e00', marker: 'square', dash: '7 4', strokeWidth: 3 },
  lstm: { color: '#0072b2', marker: 'circle', strokeWidth: 3 },
  gru: { color: '#009e73', marker: 'triangle', dash: '2 3', strokeWidth: 3 },
} as const;

/** ‖∂L_T/∂h_t‖ up to the followed step T* (later steps do not exist for that loss: not drawn). */
export function lastLossCurve(flow: GradientFlow): number[] {
  return flow.lastLossNorm.map((v, k) => (k < flow.lastStep ? v : Number.NaN));
}

/** The three curves of one trace. */
export function flowSeries(flow: GradientFlow, t: Translate): StepSeries[] {
  return [
    { key: 'last', label: t('charts.flow.last'), ...STYLE.last, values: lastLossCurve(flow) },
    { key: 'total', label: t('charts.flow.total'), ...STYLE.total, values: flow.dhNorm },
    { key: 'jacobian', label: t('charts.flow.jacobian'), ...STYLE.jacobian, values: flow.jacobianNorm },
  ];
}

/** Compare mode: ‖∂L_T/∂h_t‖ of the RNN, LSTM and GRU, each path tagged with data-cell. */
export function compareSeries(flows: Record<CellType, { flow: GradientFlow }>, t: Translate): StepSeries[] {
  return (['rnn', 'lstm', 'gru'] as const).map((cell) => ({
    key: cell,
    label: t('charts.flow.compareCell', { cell: t(`cell.${cell}`) }),
    ...STYLE[cell],
    values: lastLossCurve(flows[cell].flow),
    data: { cell },
  }));
}

function baseView(
  trace: Trace,
  series: StepSeries[],
  flow: GradientFlow,
  lang: Lang,
): Omit<StepLinesView, 'cursorT'> {
  const t = translator(lang);
  const ch = (step: number) => charAt(trace.model.vocab, trace.inputs[step - 1] ?? null);
  const last = lastLossCurve(flow);
  return {
    steps: trace.T,
    series,
    y: LOG_AXIS,
    xTitle: t('charts.axis.step'),
    yTitle: t('charts.flow.yTitle'),
    ariaLabel: t('charts.flow.aria', {
      series: series.map((s) => s.label).join('; '),
      last: fmtAuto(last[flow.lastStep - 1] ?? Number.NaN),
      first: fmtAuto(last[0]),
    }),
    floorNote: (floor) => t('charts.flow.floorNote', { floor }),
    mark: flow.lastStep > 0 ? { t: flow.lastStep, label: t('charts.flow.mark', { T: flow.lastStep }) } : null,
    tipTitle: (step) => t('charts.tip.step', { t: step, ch: ch(step) }),
    formatValue: (v) => (v === 0 ? '0' : v.toExponential(3).replace('-', '−')),
  };
}

const createChart = (el: HTMLElement) =>
  createFlowChart(el, {
    height: 300,
    onHover: (t) => setHover(t === null ? null : { unit: null, t }),
    onStep: goToStep,
  });

/** Traces whose flow is computed at once (H·T ≤ 1024, e.g. H = 32 over 32 steps: a few ms). */
const isSmall = (trace: Trace) => trace.model.hiddenSize * trace.T <= 1024;

type ReadyFlows = { trace: Trace; flow: GradientFlow; compare: CompareFlows | null };

/** The flows of the shown trace (or of the three cells), computed in the background; null until the first. */
function useFlows(trace: Trace, compare: boolean, config: Config, seq: Sequence): ReadyFlows | null {
  const [ready, setReady] = useState<ReadyFlows | null>(() =>
    isSmall(trace) ? { trace, flow: flowOf(trace), compare: null } : null,
  );
  useEffect(() => {
    if (compare)
      return requestCompare(config, seq, (c) =>
        setReady({ trace: c.rnn.trace, flow: c.rnn.flow, compare: c }),
      );
    // a small trace's flow takes well under a frame: no flash of the previous chart
    if (isSmall(trace)) setReady({ trace, flow: flowOf(trace), compare: null });
    else return requestFlow(trace, (flow) => setReady({ trace, flow, compare: null }));
  }, [trace, compare, config, seq]);
  return ready;
}

const EMPTY_VIEW: StepLinesView = {
  steps: 0,
  series: [],
  y: LOG_AXIS,
  xTitle: '',
  yTitle: '',
  ariaLabel: '',
  floorNote: () => '',
  mark: null,
  tipTitle: () => '',
  formatValue: String,
  cursorT: null,
};

/** Fewer steps than this and "Compare" first opens the long sequence. */
export const COMPARE_MIN_STEPS = 40;

/** The vanishing-gradient chart; compare mode runs RNN, LSTM and GRU on the same settings. */
export function GradientFlowPanel() {
  const t = useT();
  const lang = useLesson(selectLangOnly);
  const liveTrace = useLesson(selectTrace);
  const cursorT = useLesson(selectCursorT);
  const config = useLesson(selectConfig);
  const seq = useLesson(selectSeq);
  const [compare, setCompare] = useState(false);
  // the flows take hundreds of ms at H = 64, T = 200: computed in short background slices; the
  // previous chart stays until the new one is ready
  const ready = useFlows(liveTrace, compare, config, seq);
  const trace = ready?.trace ?? liveTrace;
  const compareOn = ready?.compare != null;
  const base = useMemo(() => {
    if (!ready) return null;
    if (ready.compare) {
      const flows = ready.compare;
      return baseView(flows.rnn.trace, compareSeries(flows, translator(lang)), flows.rnn.flow, lang);
    }
    return baseView(ready.trace, flowSeries(ready.flow, translator(lang)), ready.flow, lang);
  }, [ready, lang]);
  const view = useMemo(
    () => (base ? { ...base, cursorT: base.steps === trace.T ? cursorT : null } : EMPTY_VIEW),
    [base, cursorT, trace],
  );
  const ref = useChart(createChart, view, true);
  const T = base?.mark?.t ?? 0;
  const setConfig = (patch: Parameters<LessonState['setConfig']>[0]) => {
    // e.g. a loaded model whose vocabulary lacks a character of the preset: say so in the notice bar
    const error = useLesson.getState().setConfig(patch);
    if (error) useLesson.getState().setNotice({ kind: 'error', message: error });
  };
  return (
    <Panel id="flow" title="charts.flow.heading" className="wide chart-panel">
      <FigureButtons name="flow" />
      <div className="chart-toolbar">
        <button
          type="button"
          aria-pressed={compare}
          onClick={() => {
            // on a short lesson ("hell") the comparison teaches the opposite of what gating is for:
            // comparing opens a sequence long enough for the early steps to be out of the RNN's reach
            if (!compare && seq.inputs.length < COMPARE_MIN_STEPS)
              setConfig({ input: t('preset.longText'), target: '', shape: 'many-to-many', vocab: '' });
            setCompare(!compare);
          }}
        >
          {t('charts.flow.compare')}
        </button>
        <fieldset className="chart-buttons">
          <legend className="sr-only">{t('charts.flow.presets')}</legend>
          <button
            type="button"
            onClick={() =>
              setConfig({ input: t('preset.longText'), target: '', shape: 'many-to-many', vocab: '' })
            }
          >
            {t('preset.long')}
          </button>
          <button
            type="button"
            onClick={() => setConfig({ input: 'hell', target: 'ello', shape: 'many-to-many', vocab: '' })}
          >
            {t('preset.hello')}
          </button>
        </fieldset>
      </div>
      <p className="chart-caption">
        {base && (T > 0 ? t('charts.flow.caption', { T }) : t('charts.flow.noTarget'))}
        {compareOn && ` ${t('charts.flow.compareNote', { seed: config.seed, hidden: config.hidden })}`}
      </p>
      <div className="chart-host" ref={ref} data-compare={compareOn ? 'on' : 'off'} />
    </Panel>
  );
}

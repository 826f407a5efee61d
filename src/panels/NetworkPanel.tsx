import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  create as createNetwork,
  displayChar,
  type NetworkLabels,
  type NetworkView,
} from '../charts/network';
import type { CellType } from '../engine/model';
import type { Trace } from '../engine/trace';
import { fmt, norm } from '../format';
import { type Translate, translator } from '../i18n';
import { useT } from '../i18n/useT';
import { type LessonState, useLesson } from '../store';
import { FORWARD_SUBS, forwardReached, indexOf, type Moment } from '../store/cursor';
import { selectFeedback } from '../store/generationSlice';
import { selectLang, selectMoment, selectPass, selectT } from '../store/selectors';
import { CellDiagram } from './CellDiagram';
import { setHover } from './chartActions';
import { Panel } from './Panel';
import { useChart } from './useChart';
import './network.css';
import { FigureButtons } from './FigureButtons';

const selectNetwork = (s: LessonState) => ({
  trace: selectPass(s).trace,
  moment: selectMoment(s),
  cell: s.config.cell,
  T: selectT(s),
  vocab: s.seq.vocab,
  fed: selectFeedback(s),
});

/** A click on column t moves the cursor to the start of that step, in the phase the lesson is in. */
const createChart = (el: HTMLElement) => createNetwork(el, { onHover: setHover, onSelect: selectStep });

function selectStep(t: number): void {
  const s = useLesson.getState();
  const m = selectMoment(s);
  const cell = s.config.cell;
  const T = selectT(s);
  let to: Moment | null = null;
  if (m.phase === 'forward') to = { phase: 'forward', t, sub: FORWARD_SUBS[cell][0] };
  else if (m.phase === 'backward') to = { phase: 'backward', t, sub: 'dy' };
  if (to) s.goTo({ pass: s.cursor.pass, index: indexOf(cell, T, to) });
}

function chartLabels(t: Translate, cell: CellType): NetworkLabels {
  return {
    aria: t('network.desc'),
    input: t('network.input'),
    target: t('network.target'),
    pick: t('network.pred'),
    noTarget: t('network.noTarget'),
    legend: t(cell === 'lstm' ? 'network.legendValueC' : 'network.legendValue'),
    right: t('network.right'),
    wrong: t('network.wrong'),
    backKey: t('network.backKey'),
    backKeyShort: t('network.backKeyShort'),
  };
}

const vec = (v: ArrayLike<number>) => `(${Array.from(v, (x) => fmt(x, 3)).join(', ')})`;

/** The screen-reader summary of the current column (or of the whole sequence outside a step). */
function summary(t: Translate, trace: Trace, m: Moment): string {
  const { vocab, cell } = trace.model;
  const ch = (ix: number | null) => (ix === null ? t('network.noTarget') : displayChar(vocab[ix]));
  if (m.phase !== 'forward' && m.phase !== 'backward') {
    const right = trace.forward.filter((f) => f.target !== null && f.argmax === f.target).length;
    return t('network.summaryAll', {
      inputs: trace.inputs.map(ch).join(' '),
      picks: trace.forward.map((f) => ch(f.argmax)).join(' '),
      targets: trace.targets.map(ch).join(' '),
      right,
      T: trace.T,
    });
  }
  const f = trace.forward[m.t - 1];
  const base = { t: m.t, ch: ch(f.input), target: ch(f.target), h: vec(f.h) };
  if (!forwardReached(cell, trace.T, m, m.t, 'h')) return t('network.summaryPending', base);
  if (!forwardReached(cell, trace.T, m, m.t, 'p')) return t('network.summaryNoPick', base);
  const mark =
    f.target === null ? t('network.noTarget') : t(f.argmax === f.target ? 'network.right' : 'network.wrong');
  const text = t('network.summary', { ...base, pick: ch(f.argmax), mark });
  if (m.phase !== 'backward' || m.sub === 'dy') return text;
  return `${text} ${t('network.summaryDh', { t: m.t, dh: fmt(norm(trace.backward[m.t - 1].dh), 3) })}`;
}

/** The current step's column expanded into its cell diagram, on request (presenter mode: OutputPanel). */
function CellToggle({ trace, m }: { trace: Trace; m: Moment }) {
  const t = useT();
  const presenting = useLesson((s) => s.presenting);
  const [open, setOpen] = useState(false);
  const step = m.phase === 'forward' || m.phase === 'backward' ? m.t : null;
  if (step === null) return null;
  return (
    <>
      {!presenting && (
        <p className="cell-toggle">
          <button type="button" aria-pressed={open} onClick={() => setOpen(!open)}>
            {t('explain.cell.show')}
          </button>
        </p>
      )}
      {open && !presenting && <CellDiagram trace={trace} m={m} t={step} />}
    </>
  );
}

/** The network unrolled through time; D3 draws it, React hosts it and gives it the moment. */
export function NetworkPanel() {
  const t = useT();
  const { trace, moment, cell, T, vocab, fed } = useLesson(useShallow(selectNetwork));
  const lang = useLesson(selectLang);
  const labels = useMemo(() => chartLabels(translator(lang), cell), [lang, cell]);
  const view = useMemo<NetworkView>(() => {
    const tr = translator(useLesson.getState().lang);
    const feedback = fed && { p: fed, title: (p: string) => tr('generate.feedback', { p }) };
    // the hover is the store's now; later hovers reach the chart through the link (no render)
    return { trace, moment, cell, T, vocab, hover: useLesson.getState().hover, labels, feedback };
  }, [trace, moment, cell, T, vocab, labels, fed]);
  const host = useChart(createChart, view, true);

  return (
    <Panel id="network" title="panel.network" className="wide network-panel">
      <FigureButtons name="network" />
      <div ref={host} className="network-chart" />
      <p className="sr-only" data-testid="network-summary">
        {summary(t, trace, moment)}
      </p>
      <CellToggle trace={trace} m={moment} />
    </Panel>
  );
}

import { memo, useEffect, useRef } from 'react';
import { type BarsChart, createBars } from '../charts/bars';
import { charLabel } from '../charts/heatmap';
import type { ForwardStep, Trace } from '../engine/trace';
import { fmt, pct } from '../format';
import { useT } from '../i18n/useT';
import { type LessonState, useLesson } from '../store';
import { type MomentView, selectMomentView } from '../store/momentView';
import { selectPass } from '../store/selectors';
import { AfterPaint, LONG_TABLE } from './AfterFirstPaint';
import { CellDiagram } from './CellDiagram';
import { ExplainNum } from './explain/ExplainNum';
import { Panel } from './Panel';
import './output.css';

const selectTrace = (s: LessonState) => selectPass(s).trace;

/** What the output shows at a moment: one step (and how far its forward computation has got), or all. */
function stepView(view: MomentView) {
  const t = view.step;
  if (t === null) return null;
  return { t, hasY: view.shows(t, 'y'), hasP: view.shows(t, 'p'), hasLoss: view.shows(t, 'loss') };
}

const OUTPUT_SUBS = new Set(['y', 'p', 'loss']);

/** Scores, probabilities and the loss of the current step; a per-step summary in the total and update phases. */
export function OutputPanel() {
  const trace = useLesson(selectTrace);
  const view = useLesson(selectMomentView);
  const { m } = view;
  const presenting = useLesson((s) => s.presenting);
  const v = stepView(view);
  return (
    <Panel id="output" title="panel.output" className="output-panel">
      {v ? (
        <StepOutput
          trace={trace}
          f={trace.forward[v.t - 1]}
          hasY={v.hasY}
          hasP={v.hasP}
          hasLoss={v.hasLoss}
        />
      ) : (
        // a long lesson's summary (a row per step) in a task of its own: see AfterPaint
        <AfterPaint now={trace.T <= LONG_TABLE}>
          <Summary trace={trace} />
        </AfterPaint>
      )}
      {presenting && m.phase === 'forward' && trace.model.cell !== 'rnn' && !OUTPUT_SUBS.has(m.sub) && (
        // presenter mode, a gate sub-step of a gated cell: the table has nothing yet, the cell takes its box
        <div className="pr-cell">
          <CellDiagram trace={trace} m={m} t={m.t} upright />
        </div>
      )}
    </Panel>
  );
}

// memo: on most cursor steps (the gates, c_t, h_t) nothing in the table changes
const StepOutput = memo(function StepOutput(props: {
  trace: Trace;
  f: ForwardStep;
  hasY: boolean;
  hasP: boolean;
  hasLoss: boolean;
}) {
  const t = useT();
  const { f, hasY, hasP, hasLoss } = props;
  const model = props.trace.model;
  const vocab = model.vocab;
  const dash = <span className="out-dim">—</span>;
  const wrap = useRef<HTMLElement>(null);
  // a long vocabulary scrolls inside the table: keep the target row in view as t changes. Where the row
  // is comes from an IntersectionObserver (after the frame's layout), not from reading the layout here,
  // which would force the browser to lay out the page in the middle of a cursor step.
  useEffect(() => {
    const box = wrap.current;
    const row = box?.querySelector<HTMLElement>(`tr[data-t-row="${f.target}"]`);
    if (!box || !row || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver(
      ([entry]) => {
        io.disconnect();
        const root = entry.rootBounds;
        if (!root) return;
        const top = entry.boundingClientRect.top - root.top;
        if (top < 30 || top + entry.boundingClientRect.height > root.height) {
          box.scrollTop = Math.max(0, box.scrollTop + top - root.height / 2);
        }
      },
      { root: box },
    );
    io.observe(row);
    return () => io.disconnect();
  }, [f.target]);
  return (
    <div className="out-step">
      <section
        className="out-table-wrap"
        ref={wrap}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        tabIndex={0}
        aria-label={t('output.caption', { t: f.t })}
      >
        <table className="out-table" data-t={f.t}>
          <caption>{t('output.caption', { t: f.t })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('output.char')}</th>
              <th scope="col">{t('output.score')}</th>
              <th scope="col">{t('output.prob')}</th>
              <th scope="col">{t('output.mark')}</th>
            </tr>
          </thead>
          <tbody>
            {vocab.map((ch, i) => {
              const isTarget = i === f.target;
              const isMax = hasY && i === f.argmax;
              return (
                <tr
                  key={ch}
                  data-char={ch}
                  data-t-row={i}
                  className={`${isTarget ? 'is-target' : ''} ${isMax ? 'is-argmax' : ''}`}
                >
                  <th scope="row" className="out-char">
                    {charLabel(ch)}
                  </th>
                  <td className="num" data-y={hasY ? String(f.y[i]) : undefined}>
                    {hasY ? (
                      <ExplainNum model={model} q={{ kind: 'y', t: f.t, k: i }} text={fmt(f.y[i], 3)} />
                    ) : (
                      dash
                    )}
                  </td>
                  <td className="num" data-p={hasP ? String(f.p[i]) : undefined}>
                    {hasP ? (
                      <ExplainNum model={model} q={{ kind: 'p', t: f.t, k: i }} text={pct(f.p[i])} />
                    ) : (
                      dash
                    )}
                  </td>
                  <td className="out-mark">
                    {isTarget && (
                      <span className="mark-target">
                        <span aria-hidden="true">◎ </span>
                        {t('output.target')}
                      </span>
                    )}
                    {isMax && (
                      <span className="mark-argmax">
                        <span aria-hidden="true">★ </span>
                        {t('output.argmax')}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <ProbBars
        labels={vocab}
        values={hasP ? f.p : null}
        target={f.target}
        argmax={hasY ? f.argmax : null}
        label={t('output.chart', { t: f.t })}
      />
      {!hasY && <p className="out-note">{t('output.pending')}</p>}
      {hasLoss && (
        <p className="out-loss" data-loss={String(f.loss)}>
          {f.target === null
            ? t('output.noLoss', { t: f.t })
            : t('output.loss', { t: f.t, target: charLabel(vocab[f.target]), loss: fmt(f.loss, 3) })}
        </p>
      )}
    </div>
  );
});

function ProbBars(props: {
  labels: readonly string[];
  values: Float64Array | null;
  target: number | null;
  argmax: number | null;
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<BarsChart | null>(null);
  useEffect(() => {
    chart.current = createBars(ref.current as HTMLDivElement, { height: 190 });
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, []);
  const { labels, values, target, argmax, label } = props;
  useEffect(() => {
    chart.current?.update({ labels, values, target, argmax, label, valueText: pct });
  }, [labels, values, target, argmax, label]);
  return <div className="out-bars" ref={ref} />;
}

function Summary({ trace }: { trace: Trace }) {
  const t = useT();
  const vocab = trace.model.vocab;
  const ch = (i: number | null) => (i === null ? '—' : charLabel(vocab[i]));
  return (
    <div className="out-summary">
      <table className="out-table">
        <caption>{t('output.summaryCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('output.colStep')}</th>
            <th scope="col">{t('output.colInput')}</th>
            <th scope="col">{t('output.colTarget')}</th>
            <th scope="col">{t('output.colPick')}</th>
            <th scope="col">{t('output.colPTarget')}</th>
            <th scope="col">{t('output.colLoss')}</th>
          </tr>
        </thead>
        <tbody>
          {trace.forward.map((f) => {
            const right = f.target !== null && f.argmax === f.target;
            return (
              <tr key={f.t} className={right ? 'is-right' : ''}>
                <th scope="row" className="num">
                  {f.t}
                </th>
                <td className="out-char">{ch(f.input)}</td>
                <td className="out-char">{ch(f.target)}</td>
                <td>
                  <span className="out-char">{ch(f.argmax)}</span>{' '}
                  {f.target !== null && (
                    <span className={right ? 'mark-right' : 'mark-wrong'}>
                      <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
                      {t(right ? 'output.right' : 'output.wrong')}
                    </span>
                  )}
                </td>
                <td className="num">{f.target === null ? '—' : pct(f.p[f.target])}</td>
                <td className="num" data-loss={String(f.loss)}>
                  {f.target === null ? (
                    t('output.noTargetShort')
                  ) : (
                    <ExplainNum model={trace.model} q={{ kind: 'loss', t: f.t }} text={fmt(f.loss, 3)} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="out-loss out-total" data-loss={String(trace.loss)}>
        {t('output.total', { loss: fmt(trace.loss, 3) })}
      </p>
    </div>
  );
}

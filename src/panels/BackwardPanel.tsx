import type { ReactNode } from 'react';
import { charLabel } from '../charts/heatmap';
import type { Quantity } from '../engine/explain';
import { BLOCKS, type Block } from '../engine/model';
import { blockOf, type Trace } from '../engine/trace';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/useT';
import { useLesson } from '../store';
import { type BackwardSub, backwardReached, type Moment } from '../store/cursor';
import { selectMoment, selectPass } from '../store/selectors';
import { accumulated, contribution, passScale, vectorScale } from './gradientMemo';
import { gridNames, HeatGrid } from './HeatGrid';
import { Panel } from './Panel';
import { type VecCol, VecGroup } from './VecGroup';
import './output.css';
import { AfterPaint } from './AfterFirstPaint';
import { FigureButtons } from './FigureButtons';

function Section(props: { title: string; state: 'done' | 'current' | 'pending'; children: ReactNode }) {
  const t = useT();
  return (
    <section
      className={`bw-sec is-${props.state}`}
      aria-current={props.state === 'current' ? 'step' : undefined}
    >
      <h3>
        {props.state === 'current' && <span className="bw-now">▶ {t('backward.now')}</span>}
        {props.title}
        {props.state === 'pending' && <span className="bw-pending"> · {t('backward.notComputed')}</span>}
      </h3>
      {props.children}
    </section>
  );
}

const GATE_SYMBOL: Record<Block, string> = { '': 'a', f: 'f', i: 'i', o: 'o', g: 'g', z: 'z', r: 'r' };

function Vectors({ trace, t, sub, final }: { trace: Trace; t: number; sub: BackwardSub; final: boolean }) {
  const tr = useT();
  const { model } = trace;
  const T = trace.T;
  const f = trace.forward[t - 1];
  const b = trace.backward[t - 1];
  const m = { phase: 'backward', t, sub } as const;
  const state = (s: BackwardSub) =>
    !final && sub === s ? 'current' : backwardReached(model.cell, T, m, t, s) ? 'done' : 'pending';
  const units = Array.from({ length: model.hiddenSize }, (_, j) => String(j + 1));
  const chars = model.vocab.map(charLabel);
  const onehot = new Float64Array(chars.length);
  if (f.target !== null) onehot[f.target] = 1;
  const dhScale = vectorScale(trace, 'dh', (s) => {
    const x = trace.backward[s - 1];
    return [x.dh, x.dhFromOutput, x.dhFromFuture];
  });
  const preScale = vectorScale(trace, 'pre', (s) => {
    const x = trace.backward[s - 1];
    return [x.dc, ...Object.values(x.dPre)];
  });
  const blocks = BLOCKS[model.cell];
  const factorCols: VecCol[] =
    model.cell === 'rnn'
      ? [
          { title: 'dhₜ', values: b.dh, scale: dhScale, q: (j) => ({ kind: 'dh', t, j }) },
          {
            title: 'act′(aₜ)',
            values: blockOf(b.actDeriv, ''),
            scale: 1,
            q: (j) => ({ kind: 'deriv', t, block: '', j }),
          },
          {
            title: 'daₜ',
            values: blockOf(b.dPre, ''),
            scale: preScale,
            q: (j) => ({ kind: 'dpre', t, block: '', j }),
          },
        ]
      : [
          ...(b.dc
            ? [
                {
                  title: tr('backward.dc'),
                  values: b.dc,
                  scale: preScale,
                  q: (j: number): Quantity => ({ kind: 'dc', t, j }),
                },
              ]
            : []),
          ...blocks.map((k) => ({
            title: `da_${GATE_SYMBOL[k]}`,
            values: blockOf(b.dPre, k),
            scale: preScale,
            q: (j: number): Quantity => ({ kind: 'dpre', t, block: k, j }),
          })),
        ];
  const factorOps = model.cell === 'rnn' ? ['⊙', '='] : [];
  return (
    <div className="bw-vectors">
      <Section title={tr('backward.dy')} state={state('dy')}>
        {f.target === null && <p className="bw-note">{tr('backward.noTarget', { t })}</p>}
        <VecGroup
          model={model}
          labels={chars}
          cols={[
            { title: 'pₜ', values: f.p, scale: 1, q: (k) => ({ kind: 'p', t, k }) },
            { title: 'onehot', values: onehot, scale: 1 },
            { title: 'dyₜ', values: b.dy, scale: 1, q: (k) => ({ kind: 'dy', t, k }) },
          ]}
          ops={['−', '=']}
          pending={false}
        />
      </Section>
      <Section title={tr('backward.dh')} state={state('dh')}>
        <VecGroup
          model={model}
          labels={units}
          cols={[
            {
              title: tr('backward.fromOutput'),
              values: b.dhFromOutput,
              scale: dhScale,
              q: (j) => ({ kind: 'dhOut', t, j }),
            },
            {
              title: tr('backward.fromFuture'),
              values: b.dhFromFuture,
              scale: dhScale,
              q: (j) => ({ kind: 'dhFuture', t, j }),
            },
            { title: tr('backward.total'), values: b.dh, scale: dhScale, q: (j) => ({ kind: 'dh', t, j }) },
          ]}
          ops={['+', '=']}
          pending={state('dh') === 'pending'}
        />
      </Section>
      <Section title={tr(model.cell === 'rnn' ? 'backward.factor' : 'backward.gates')} state={state('dact')}>
        <VecGroup
          model={model}
          labels={units}
          cols={factorCols}
          ops={factorOps}
          pending={state('dact') === 'pending'}
        />
      </Section>
    </div>
  );
}

const explainDW = (name: string, index: number): Quantity => ({ kind: 'dW', name, index });

/** The weight gradients accumulated from step `from` down (highlight: step `step`'s own share). */
function Grads({ trace, from, step, mark }: { trace: Trace; from: number; step: number; mark: boolean }) {
  const { model } = trace;
  const data: Record<string, Float64Array> = {};
  const scale: Record<string, number> = {};
  const highlight: Record<string, Float64Array | null> = {};
  for (const n of gridNames(model.cell).flat()) {
    scale[n] = passScale(trace, n); // first: its sweep keeps the accumulated gradients it passes
    data[n] = accumulated(trace, from, n);
    highlight[n] = mark ? contribution(trace, step, n) : null;
  }
  return (
    <HeatGrid model={model} prefix="d" data={data} scale={scale} highlight={highlight} explain={explainDW} />
  );
}

/** The weight gradients the grids show at moment m: accumulated from step `from` down, step `step`'s share. */
function gradsAt(m: Moment) {
  const step = m.phase === 'backward' ? m.t : 1;
  const sub: BackwardSub = m.phase === 'backward' ? m.sub : 'dW';
  return { step, sub, final: m.phase === 'update', from: sub === 'dW' ? step : step + 1 };
}

/** dy, dh (from output + from future), the factor through the nonlinearity, and the accumulating dW. */
export function BackwardPanel() {
  const t = useT();
  const pass = useLesson(selectPass);
  const m = useLesson(selectMoment);
  const trace = pass.trace;
  const { T } = trace;
  const active = m.phase === 'backward' || m.phase === 'update';
  const { step, sub, final, from } = gradsAt(m);
  let heading: { key: MessageKey; params: Record<string, number> };
  if (final) heading = { key: 'backward.gradsAll', params: { T } };
  else if (from > T) heading = { key: 'backward.gradsNone', params: { t: step } };
  else heading = { key: 'backward.gradsFrom', params: { T, t: from } };
  return (
    <Panel id="backward" title="panel.backward" className={`wide backward-panel bw-${trace.model.cell}`}>
      <FigureButtons name="backward" />
      {!active ? (
        <p className="bw-note">{t('backward.notYet')}</p>
      ) : (
        <>
          <Vectors trace={trace} t={step} sub={sub} final={final} />
          <section className={`bw-sec bw-grads ${sub === 'dW' && !final ? 'is-current' : ''}`}>
            <h3>
              {sub === 'dW' && !final && <span className="bw-now">▶ {t('backward.now')}</span>}
              {t(heading.key, heading.params)}
            </h3>
            <p className="bw-note">
              {sub === 'dW' && !final && <strong className="bw-contrib">{t('backward.contribution')}</strong>}{' '}
              {t('backward.scaleNote')}
            </p>
            {/* the grids (and their sums) follow a frame after the backward pass begins: see AfterPaint */}
            <AfterPaint>
              <Grads trace={trace} from={from} step={step} mark={sub === 'dW' && !final} />
            </AfterPaint>
          </section>
        </>
      )}
    </Panel>
  );
}

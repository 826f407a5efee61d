import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import { DIVERGING, divergingColor } from '../charts/colors';
import {
  charLabel,
  createHeatmap,
  type HeatmapChart,
  type HeatmapView,
  inkFor,
  maxAbsOf,
  safeMaxAbs,
  thinTicks,
} from '../charts/heatmap';
import { BLOCKS, type Block, blockName, type CellType, type Model } from '../engine/model';
import { stepContribution, type Trace } from '../engine/trace';
import { fmt, fmtAuto } from '../format';
import { type MessageKey, translator } from '../i18n';
import { useT } from '../i18n/useT';
import { useLesson } from '../store';
import { type BackwardSub, backwardReached } from '../store/cursor';
import { selectLang, selectMoment, selectPass } from '../store/selectors';
import { Panel } from './Panel';
import './output.css';

/* ---------- memoised gradients (per trace; never recomputed on a re-render) ---------- */

const CAP = 80;
const accCache = new WeakMap<Trace, Map<string, Float64Array>>();
const contribCache = new WeakMap<Trace, Map<string, Float64Array>>();
const scaleCache = new WeakMap<Trace, Map<string, number>>();

function mapFor<V>(cache: WeakMap<Trace, Map<string, V>>, trace: Trace): Map<string, V> {
  let m = cache.get(trace);
  if (!m) {
    m = new Map();
    cache.set(trace, m);
  }
  return m;
}

function remember<V>(m: Map<string, V>, key: string, value: V): V {
  m.set(key, value);
  if (m.size > CAP) m.delete(m.keys().next().value as string);
  return value;
}

/** stepContribution(trace, t, name), memoised. */
export function contribution(trace: Trace, t: number, name: string): Float64Array {
  const m = mapFor(contribCache, trace);
  const key = `${name}@${t}`;
  return m.get(key) ?? remember(m, key, stepContribution(trace, t, name));
}

/**
 * accumulatedFrom(trace, t, name) — Σ of step contributions s = T … t, added in the same order, so the
 * numbers are identical — built on the nearest memoised later step; t = T + 1 gives zeros.
 */
export function accumulated(trace: Trace, t: number, name: string): Float64Array {
  const m = mapFor(accCache, trace);
  const key = (s: number) => `${name}@${s}`;
  const hit = m.get(key(t));
  if (hit) return hit;
  let s = t + 1;
  while (s <= trace.T && !m.has(key(s))) s++;
  const base = m.get(key(s));
  const out = base ? Float64Array.from(base) : new Float64Array(trace.grads[name].length);
  for (let k = Math.min(s, trace.T + 1) - 1; k >= t; k--) {
    const c = contribution(trace, k, name);
    for (let i = 0; i < out.length; i++) out[i] += c[i];
  }
  return remember(m, key(t), out);
}

/** One colour scale per matrix for the whole backward pass: max |accumulated| over every step. */
export function passScale(trace: Trace, name: string): number {
  const m = mapFor(scaleCache, trace);
  const hit = m.get(name);
  if (hit !== undefined) return hit;
  const run = new Float64Array(trace.grads[name].length);
  let max = 0;
  for (let s = trace.T; s >= 1; s--) {
    const c = stepContribution(trace, s, name);
    for (let i = 0; i < run.length; i++) {
      run[i] += c[i];
      const a = Math.abs(run[i]);
      if (a > max) max = a;
    }
  }
  return remember(m, name, max);
}

/** Max |x| over the pass of the named backward vectors (shared colour scale while stepping). */
function vectorScale(
  trace: Trace,
  key: string,
  pick: (t: number) => (Float64Array | null | undefined)[],
): number {
  const m = mapFor(scaleCache, trace);
  const hit = m.get(key);
  if (hit !== undefined) return hit;
  let max = 0;
  for (let t = 1; t <= trace.T; t++) for (const v of pick(t)) if (v) max = Math.max(max, maxAbsOf(v));
  return remember(m, key, max);
}

/* ---------- heatmap grid (shared with the update panel) ---------- */

/** Matrices shown per cell: rnn one row; gated cells a row of Wxh per gate, a row of Whh per gate, then Why. */
export function gridNames(cell: CellType): string[][] {
  if (cell === 'rnn') return [['Wxh', 'Whh', 'Why']];
  const blocks = BLOCKS[cell];
  return [blocks.map((b) => blockName('Wxh', b)), blocks.map((b) => blockName('Whh', b)), ['Why']];
}

function axes(name: string, model: Model): { rows: string[]; cols: string[] } {
  const units = Array.from({ length: model.hiddenSize }, (_, j) => String(j + 1));
  const chars = model.vocab.map(charLabel);
  if (name === 'Why') return { rows: chars, cols: units };
  return { rows: units, cols: name.startsWith('Wxh') ? chars : units };
}

const RAMP = `linear-gradient(90deg, ${DIVERGING.join(', ')})`;

/** A legend end: two significant digits (0.83, 1.2, 0.0043), exponent form outside 10⁻³ … 10⁴. */
function fmtEnd(x: number): string {
  if (x === 0 || !Number.isFinite(x)) return '0';
  if (x >= 1e-3 && x < 1e4) return String(Number(x.toPrecision(2)));
  return x.toExponential(1).replace('-', '−');
}

function Legend({ maxAbs, label }: { maxAbs: number; label: string }) {
  const m = fmtEnd(maxAbs);
  return (
    <div className="hm-legend" role="img" aria-label={label} title={label}>
      <span>−{m}</span>
      <span className="hm-ramp" style={{ background: RAMP }} />
      <span>+{m}</span>
    </div>
  );
}

function Heatmap(props: {
  title: string;
  model: Model;
  name: string;
  data: Float64Array;
  maxAbs: number;
  highlight: Float64Array | null;
  maxGrid: number;
}) {
  const { title, model, name, data, maxAbs, highlight, maxGrid } = props;
  const lang = useLesson(selectLang);
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<HeatmapChart | null>(null);
  const { rows, cols } = useMemo(() => axes(name, model), [name, model]);
  const view = useMemo<HeatmapView>(() => {
    const tr = translator(lang);
    return {
      rows: rows.length,
      cols: cols.length,
      data,
      maxAbs,
      rowLabels: rows,
      colLabels: cols,
      highlight,
      cellText: (r, c, v) =>
        tr('heatmap.cell', { name: title, row: rows[r], col: cols[c], value: fmtAuto(v, 5) }),
    };
  }, [lang, rows, cols, data, maxAbs, highlight, title]);
  const latest = useRef(view);
  latest.current = view;
  useEffect(() => {
    chart.current = createHeatmap(ref.current as HTMLDivElement, { maxGrid });
    chart.current.update(latest.current);
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, [maxGrid]);
  useEffect(() => {
    chart.current?.update(view);
  }, [view]);
  const tr = translator(lang);
  const legend = tr('heatmap.legend', { max: fmtAuto(maxAbs, 5) });
  return (
    <figure className="hm-fig">
      <figcaption>{title}</figcaption>
      <div
        className="hm-host"
        ref={ref}
        role="img"
        aria-label={tr('backward.legendLabel', { name: title, legend })}
        data-name={title}
      />
      <Legend maxAbs={maxAbs} label={legend} />
    </figure>
  );
}

/** A grid of heatmaps, one per matrix, with a title prefix (d or Δ). */
export function HeatGrid(props: {
  model: Model;
  prefix: string;
  data: Record<string, Float64Array>;
  scale: Record<string, number>;
  highlight?: Record<string, Float64Array | null>;
}) {
  const { model, prefix, data, scale, highlight } = props;
  const big = Math.max(model.hiddenSize, model.vocab.length);
  const maxGrid = model.cell === 'rnn' ? 250 : model.cell === 'gru' ? 210 : big > 16 ? 170 : 192;
  return (
    <div className={`hm-grid hm-grid-${model.cell}`}>
      {gridNames(model.cell).map((row) => (
        <div className="hm-row" key={row.join()}>
          {row.map((name) => (
            <Heatmap
              key={name}
              title={`${prefix}${name}`}
              model={model}
              name={name}
              data={data[name]}
              maxAbs={scale[name]}
              highlight={highlight?.[name] ?? null}
              maxGrid={maxGrid}
            />
          ))}
        </div>
      ))}
    </div>
  );
}

/* ---------- vectors ---------- */

interface VecCol {
  title: string;
  values: ArrayLike<number>;
  scale: number;
}

/** Aligned vectors with operators between them: a table of values (n ≤ 8), else colour strips. */
function VecGroup(props: { labels: readonly string[]; cols: VecCol[]; ops: string[]; pending: boolean }) {
  const { labels, cols, ops, pending } = props;
  const cellStyle = (v: number, scale: number) =>
    pending ? undefined : { background: divergingColor(v, safeMaxAbs(scale)), color: inkFor(v, scale) };
  const ticks = new Set(thinTicks(labels.length, 6, 26));
  if (labels.length <= 8) {
    return (
      <table className="vec-table">
        <thead>
          <tr>
            <td />
            {cols.map((c, k) => [
              <th key={c.title} scope="col" className="vec-head">
                {c.title}
              </th>,
              k < ops.length && <td key={`${c.title}-op`} />,
            ])}
          </tr>
        </thead>
        <tbody>
          {labels.map((lab, j) => (
            <tr key={lab}>
              <th scope="row" className="vec-label">
                {lab}
              </th>
              {cols.map((c, k) => [
                <td key={c.title} className="num vec-cell" style={cellStyle(c.values[j], c.scale)}>
                  {pending ? '—' : fmt(c.values[j], 3)}
                </td>,
                k < ops.length && (
                  <td key={`${c.title}-op`} className="vec-op" aria-hidden="true">
                    {ops[k]}
                  </td>
                ),
              ])}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <div className="vec-strips">
      {cols.map((c, k) => (
        <div className="vec-strip-row" key={c.title}>
          <span className="vec-strip-title">
            {k > 0 && ops[k - 1] ? `${ops[k - 1]} ` : ''}
            {c.title}
          </span>
          <span className="vec-strip">
            {labels.map((lab, j) => (
              <span
                key={lab}
                className="vec-strip-cell"
                style={cellStyle(c.values[j], c.scale)}
                title={pending ? undefined : `${lab}: ${fmtAuto(c.values[j], 5)}`}
              />
            ))}
          </span>
        </div>
      ))}
      <div className="vec-strip-row" aria-hidden="true">
        <span />
        <span className="vec-strip-axis">
          {labels.map((lab, j) => (
            <span key={lab}>{ticks.has(j) ? lab : ''}</span>
          ))}
        </span>
      </div>
    </div>
  );
}

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
          { title: 'dh_t', values: b.dh, scale: dhScale },
          { title: 'act′(a_t)', values: b.actDeriv[''] as Float64Array, scale: 1 },
          { title: 'da_t', values: b.dPre[''] as Float64Array, scale: preScale },
        ]
      : [
          ...(b.dc ? [{ title: tr('backward.dc'), values: b.dc, scale: preScale }] : []),
          ...blocks.map((k) => ({
            title: `da_${GATE_SYMBOL[k]}`,
            values: b.dPre[k] as Float64Array,
            scale: preScale,
          })),
        ];
  const factorOps = model.cell === 'rnn' ? ['⊙', '='] : [];
  return (
    <div className="bw-vectors">
      <Section title={tr('backward.dy')} state={state('dy')}>
        {f.target === null && <p className="bw-note">{tr('backward.noTarget', { t })}</p>}
        <VecGroup
          labels={chars}
          cols={[
            { title: 'p_t', values: f.p, scale: 1 },
            { title: 'onehot', values: onehot, scale: 1 },
            { title: 'dy_t', values: b.dy, scale: 1 },
          ]}
          ops={['−', '=']}
          pending={false}
        />
      </Section>
      <Section title={tr('backward.dh')} state={state('dh')}>
        <VecGroup
          labels={units}
          cols={[
            { title: tr('backward.fromOutput'), values: b.dhFromOutput, scale: dhScale },
            { title: tr('backward.fromFuture'), values: b.dhFromFuture, scale: dhScale },
            { title: tr('backward.total'), values: b.dh, scale: dhScale },
          ]}
          ops={['+', '=']}
          pending={state('dh') === 'pending'}
        />
      </Section>
      <Section title={tr(model.cell === 'rnn' ? 'backward.factor' : 'backward.gates')} state={state('dact')}>
        <VecGroup labels={units} cols={factorCols} ops={factorOps} pending={state('dact') === 'pending'} />
      </Section>
    </div>
  );
}

/** dy, dh (from output + from future), the factor through the nonlinearity, and the accumulating dW. */
export function BackwardPanel() {
  const t = useT();
  const pass = useLesson(selectPass);
  const m = useLesson(selectMoment);
  const trace = pass.trace;
  const { model, T } = trace;
  const active = m.phase === 'backward' || m.phase === 'update';
  const step = m.phase === 'backward' ? m.t : 1;
  const sub: BackwardSub = m.phase === 'backward' ? m.sub : 'dW';
  const final = m.phase === 'update';
  const from = sub === 'dW' ? step : step + 1;
  const names = gridNames(model.cell).flat();
  const data: Record<string, Float64Array> = {};
  const scale: Record<string, number> = {};
  const highlight: Record<string, Float64Array | null> = {};
  if (active) {
    for (const n of names) {
      data[n] = accumulated(trace, from, n);
      scale[n] = passScale(trace, n);
      highlight[n] = sub === 'dW' && !final ? contribution(trace, step, n) : null;
    }
  }
  let heading: { key: MessageKey; params: Record<string, number> };
  if (final) heading = { key: 'backward.gradsAll', params: { T } };
  else if (from > T) heading = { key: 'backward.gradsNone', params: { t: step } };
  else heading = { key: 'backward.gradsFrom', params: { T, t: from } };
  return (
    <Panel id="backward" title="panel.backward" className="wide backward-panel">
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
            <HeatGrid model={model} prefix="d" data={data} scale={scale} highlight={highlight} />
          </section>
        </>
      )}
    </Panel>
  );
}

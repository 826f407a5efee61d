/** A grid of weight heatmaps, one per matrix (the backward panel's dW and the update panel's ΔW). */
import { useEffect, useMemo, useRef } from 'react';
import { DIVERGING } from '../charts/colors';
import { charLabel, createHeatmap, type HeatmapChart, type HeatmapView } from '../charts/heatmap';
import type { Quantity } from '../engine/explain';
import { BLOCKS, blockName, type CellType, type Model } from '../engine/model';
import { fmtAuto } from '../format';
import { translator } from '../i18n';
import { useLesson } from '../store';
import { selectLang } from '../store/selectors';
import { useCards } from './explain/cards';
import { Sub } from './Sub';
import { showWeightUse, weightUseProps } from './weightUse';

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
  explain?: (name: string, index: number) => Quantity;
}) {
  const { title, model, name, data, maxAbs, highlight, maxGrid, explain } = props;
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
      onPick: explain
        ? (r, c, at) => {
            // focus comes back to the grid when the card closes (to the entry, by keyboard)
            const active = document.activeElement;
            const opener = active && ref.current?.contains(active) ? active : ref.current;
            useCards.getState().show(explain(name, r * cols.length + c), at, opener);
          }
        : undefined,
      keysLabel: explain ? tr('explain.gridKeys', { name: title }) : undefined,
    };
  }, [lang, rows, cols, data, maxAbs, highlight, title, explain, name]);
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
  useEffect(() => () => showWeightUse(null), []); // unmounted while under the pointer
  const tr = translator(lang);
  const legend = tr('heatmap.legend', { max: fmtAuto(maxAbs, 5) });
  return (
    <figure className="hm-fig" {...weightUseProps(name)}>
      <figcaption>
        <Sub text={title} />
      </figcaption>
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

const PRESENTER_GRID: Record<CellType, number> = { rnn: 72, gru: 32, lstm: 28 };

/** A grid of heatmaps, one per matrix, with a title prefix (d or Δ). */
export function HeatGrid(props: {
  model: Model;
  prefix: string;
  data: Record<string, Float64Array>;
  scale: Record<string, number>;
  highlight?: Record<string, Float64Array | null>;
  /** The quantity of entry index of matrix name (a click on it opens its card). */
  explain?: (name: string, index: number) => Quantity;
}) {
  const { model, prefix, data, scale, highlight, explain } = props;
  const presenting = useLesson((s) => s.presenting);
  const big = Math.max(model.hiddenSize, model.vocab.length);
  // presenter mode: colour grids (values on hover) small enough that every block fits its screen
  const maxGrid = presenting
    ? PRESENTER_GRID[model.cell]
    : model.cell === 'rnn'
      ? 250
      : model.cell === 'gru'
        ? 210
        : big > 16
          ? 170
          : 192;
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
              explain={explain}
            />
          ))}
        </div>
      ))}
    </div>
  );
}

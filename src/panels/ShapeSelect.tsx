import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n/useT';
import { type LessonState, useLesson } from '../store';
import {
  exampleIndex,
  exampleLabel,
  presetPatch,
  SHAPE_PRESETS,
  SHAPES,
  type ShapeKind,
} from '../store/shapes';
import './training.css';

const selectShape = (s: LessonState) => ({
  shape: s.config.shape,
  example: exampleIndex(s.config),
  inputs: s.seq.inputs,
  targets: s.seq.targets,
});

/** Opens a preset on one of its examples (the generation mode follows: one-to-many runs with no input). */
function choose(kind: ShapeKind, k: number): void {
  const s = useLesson.getState();
  s.stopStepping();
  const error = s.setConfig(presetPatch(kind, k));
  if (error) s.setNotice({ kind: 'error', message: error });
  else s.setGeneration({ mode: SHAPE_PRESETS[kind].form === 'one-to-many' ? 'none' : 'feed', seed: '' });
}

/** The "Shape" select with its presets, the example shown, a small diagram and what the shape means. */
export function ShapeSelect() {
  const t = useT();
  const { shape, example, inputs, targets } = useLesson(useShallow(selectShape));
  const ids = { shape: useId(), example: useId() };
  const examples = SHAPE_PRESETS[shape].examples;
  return (
    <div className="shape-select">
      <div className="field">
        <label htmlFor={ids.shape}>{t('shape.label')}</label>
        <select id={ids.shape} value={shape} onChange={(e) => choose(e.target.value as ShapeKind, 0)}>
          {SHAPES.map((k) => (
            <option key={k} value={k}>
              {t(`shape.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.example}>{t('shape.example')}</label>
        <select id={ids.example} value={example} onChange={(e) => choose(shape, Number(e.target.value))}>
          {example < 0 && <option value={-1}>{t('shape.edited')}</option>}
          {examples.map((e, k) => (
            <option key={`${e.input}|${e.target}`} value={k}>
              {exampleLabel(e)}
            </option>
          ))}
        </select>
      </div>
      <ShapeDiagram shape={shape} inputs={inputs} targets={targets} />
      <p className="shape-note">{t(`shape.note.${shape}`)}</p>
    </div>
  );
}

const MAX_COLS = 10;
/** Width the diagram may take in the sidebar (px). */
const DIAGRAM_W = 216;

/** Boxes per step, as in the lecture's figure: input (or ∅) → hidden state → output with a loss (or —). */
function ShapeDiagram(p: { shape: ShapeKind; inputs: (number | null)[]; targets: (number | null)[] }) {
  const t = useT();
  const T = p.inputs.length;
  const n = Math.min(T, MAX_COLS);
  const col = Math.min(30, Math.floor((DIAGRAM_W - (T > n ? 16 : 0)) / n));
  const gap = Math.max(4, Math.round(col / 4));
  const w = col - gap;
  const width = n * col + (T > n ? 16 : 0);
  const list = (xs: (number | null)[]) => {
    const ks = xs.flatMap((x, k) => (x === null ? [] : [k + 1]));
    return ks.length ? ks.join(', ') : t('shape.none');
  };
  const label = t('shape.diagram', {
    shape: t(`shape.${p.shape}`),
    inputs: list(p.inputs),
    losses: list(p.targets),
    T,
  });
  return (
    <svg className="shape-diagram" width={width} height={92} role="img" aria-label={label}>
      {Array.from({ length: n }, (_, k) => k).map((k) => {
        const x = k * col + 2;
        const hasIn = p.inputs[k] !== null;
        const hasOut = p.targets[k] !== null;
        return (
          <g key={k} transform={`translate(${x},0)`}>
            <rect className={hasOut ? 'sd-out' : 'sd-off'} x={0} y={2} width={w} height={20} rx={3} />
            {!hasOut && (
              <text x={w / 2} y={16} textAnchor="middle">
                —
              </text>
            )}
            <line className="sd-link" x1={w / 2} x2={w / 2} y1={24} y2={34} />
            <rect className="sd-hidden" x={0} y={36} width={w} height={20} rx={3} />
            {k + 1 < n && <line className="sd-link" x1={w} x2={w + gap} y1={46} y2={46} />}
            <line className={hasIn ? 'sd-link' : 'sd-link off'} x1={w / 2} x2={w / 2} y1={58} y2={68} />
            <rect className={hasIn ? 'sd-in' : 'sd-off'} x={0} y={70} width={w} height={20} rx={3} />
            {!hasIn && (
              <text x={w / 2} y={84} textAnchor="middle">
                ∅
              </text>
            )}
          </g>
        );
      })}
      {T > n && (
        <text x={n * col + 2} y={50}>
          …
        </text>
      )}
    </svg>
  );
}

import { useId } from 'react';
import { useT } from '../i18n/useT';
import type { StepRow } from './sheet';

const COL = 118;
const LEFT = 96;
const BOX_W = 70;
/** Longer sequences show their first steps, an ellipsis and the last step. */
const MAX_COLS = 10;

type Column = { kind: 'step'; row: StepRow } | { kind: 'gap' };

function columnsOf(steps: StepRow[]): Column[] {
  if (steps.length <= MAX_COLS) return steps.map((row) => ({ kind: 'step', row }));
  const head = steps.slice(0, MAX_COLS - 2).map((row): Column => ({ kind: 'step', row }));
  return [...head, { kind: 'gap' }, { kind: 'step', row: steps[steps.length - 1] }];
}

/** A box with a centred label (black strokes on white: safe in black and white). */
function Box({
  x,
  y,
  h,
  label,
  dashed,
}: {
  x: number;
  y: number;
  h: number;
  label: string;
  dashed?: boolean;
}) {
  return (
    <g>
      <rect
        x={x - BOX_W / 2}
        y={y}
        width={BOX_W}
        height={h}
        rx={6}
        fill="#fff"
        stroke="#000"
        strokeWidth={1.4}
        strokeDasharray={dashed ? '4 3' : undefined}
      />
      <text x={x} y={y + h / 2 + 5} textAnchor="middle" fontSize={15}>
        {label}
      </text>
    </g>
  );
}

/** The unrolled network: x_t → h_t → y_t, p_t (vs the target), with h_{t−1} → h_t along the row. */
export function WorksheetDiagram({ steps }: { steps: StepRow[] }) {
  const t = useT();
  const marker = `ws-arrow-${useId().replace(/:/g, '')}`;
  const cols = columnsOf(steps);
  const width = LEFT + cols.length * COL + 10;
  const arrow = `url(#${marker})`;
  const line = { stroke: '#000', strokeWidth: 1.3, markerEnd: arrow } as const;
  const Y = { target: 14, out: 24, h: 100, x: 168 };
  return (
    <svg
      className="ws-diagram"
      viewBox={`0 0 ${width} 208`}
      role="img"
      aria-label={t('worksheet.diagramAlt')}
      fontFamily="inherit"
    >
      <defs>
        <marker
          id={marker}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0,0 L10,5 L0,10 z" fill="#000" />
        </marker>
      </defs>
      <Box x={LEFT / 2} y={Y.h} h={36} label="h₀" dashed />
      {cols.map((c, k) => {
        const cx = LEFT + k * COL + COL / 2;
        const prevX = k === 0 ? LEFT / 2 : cx - COL;
        if (c.kind === 'gap') {
          return (
            <g key="gap">
              <line x1={prevX + BOX_W / 2} y1={Y.h + 18} x2={cx - 14} y2={Y.h + 18} stroke="#000" />
              <text x={cx} y={Y.h + 24} textAnchor="middle" fontSize={20}>
                …
              </text>
            </g>
          );
        }
        const { row } = c;
        return (
          <g key={row.t}>
            <text x={cx} y={Y.target} textAnchor="middle" fontSize={13}>
              {row.target === null ? t('worksheet.noTarget') : `${t('worksheet.target')}: ${row.target}`}
            </text>
            <Box x={cx} y={Y.out} h={44} label={`y${sub(row.t)}, p${sub(row.t)}`} />
            <Box x={cx} y={Y.h} h={36} label={`h${sub(row.t)}`} />
            <Box
              x={cx}
              y={Y.x}
              h={36}
              label={`x${sub(row.t)} = ${row.input ?? '∅'}`}
              dashed={row.input === null}
            />
            <line x1={cx} y1={Y.x} x2={cx} y2={Y.h + 37} {...line} />
            <line x1={cx} y1={Y.h} x2={cx} y2={Y.out + 45} {...line} />
            <line
              x1={k > 0 && cols[k - 1].kind === 'gap' ? prevX + 14 : prevX + BOX_W / 2}
              y1={Y.h + 18}
              x2={cx - BOX_W / 2 - 1}
              y2={Y.h + 18}
              {...line}
            />
            {k === 0 && (
              <g fontSize={12} fontStyle="italic">
                <text x={cx + 5} y={Y.x - 14}>
                  Wxh
                </text>
                <text x={cx + 5} y={Y.out + 64}>
                  Why
                </text>
                <text x={(prevX + cx) / 2 - 2} y={Y.h + 12} textAnchor="middle">
                  Whh
                </text>
              </g>
            )}
          </g>
        );
      })}
    </svg>
  );
}

const SUBS = '₀₁₂₃₄₅₆₇₈₉';
/** A step number as Unicode subscript digits (h₁₂). */
export function sub(n: number): string {
  return String(n).replace(/\d/g, (d) => SUBS[+d]);
}

import type { ReactNode } from 'react';
import { fmt } from '../format';
import { useT } from '../i18n/useT';
import { type BackwardExercise, type Column, DIGITS, type Matrix, type Sheet, type StepRow } from './sheet';
import { sub } from './WorksheetDiagram';

const num = (x: number) => fmt(x, DIGITS);

/** A column vector of numbers, or of empty boxes for the students to fill. */
export function Vec({ values, blank }: { values: number[]; blank?: boolean }) {
  return (
    <span className="ws-vec">
      {values.map((v, k) =>
        blank ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: entries of a vector are identified by position
          <span key={k} className="ws-blank" />
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: entries of a vector are identified by position
          <span key={k} className="ws-num">
            {num(v)}
          </span>
        ),
      )}
    </span>
  );
}

/** One weight matrix (or bias vector) with its name and shape; rows/columns of size V name the characters. */
function MatrixTable({ m, vocab }: { m: Matrix; vocab: string[] }) {
  const V = vocab.length;
  const colHead = m.cols === V && m.cols > 1;
  const rowHead = m.rows === V;
  return (
    <table className="ws-matrix">
      <caption>
        {m.name} <span className="ws-shape">({m.cols === 1 ? m.rows : `${m.rows}×${m.cols}`})</span>
      </caption>
      {colHead && (
        <thead>
          <tr>
            {rowHead && <th />}
            {vocab.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {Array.from({ length: m.rows }, (_, r) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: matrix rows are identified by position
          <tr key={r}>
            {rowHead && <th scope="row">{vocab[r]}</th>}
            {m.values.slice(r * m.cols, (r + 1) * m.cols).map((v, c) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: matrix cells are identified by position
              <td key={c}>{num(v)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The weights as small tables, after `children` (the one-hot inputs). */
export function WeightsBlock({ sheet, children }: { sheet: Sheet; children?: ReactNode }) {
  const h0: Matrix = { name: 'h₀', rows: sheet.H, cols: 1, values: sheet.h0 };
  const c0: Matrix | null = sheet.c0 ? { name: 'c₀', rows: sheet.H, cols: 1, values: sheet.c0 } : null;
  return (
    <div className="ws-weights">
      {children}
      {[...sheet.weights, h0, ...(c0 ? [c0] : [])].map((m) => (
        <MatrixTable key={m.name} m={m} vocab={sheet.vocab} />
      ))}
    </div>
  );
}

/** x_t for every step as a one-hot row over the vocabulary. */
export function InputsTable({ sheet }: { sheet: Sheet }) {
  const t = useT();
  return (
    <table className="ws-table ws-inputs">
      <caption>{t('worksheet.inputs')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('worksheet.colStep')}</th>
          <th scope="col">{t('worksheet.colInput')}</th>
          {sheet.vocab.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sheet.steps.map((s) => (
          <tr key={s.t}>
            <td>{s.t}</td>
            <td>{s.input ?? t('worksheet.noInput')}</td>
            {s.x.map((v, k) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one-hot entries are identified by position
              <td key={k}>{v}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const HEAD: Record<Column, string> = { h: 'h', y: 'y', p: 'p', L: 'L' };
export const columnLabel = (c: Column) => `${HEAD[c]}ₜ`;

/** h_t, y_t, p_t, L_t per step; the columns in `blank` are boxes to fill in. */
export function StepTable({ steps, blank }: { steps: StepRow[]; blank: ReadonlySet<Column> }) {
  const t = useT();
  const cell = (s: StepRow, c: Column) => {
    if (c === 'L') {
      if (s.loss === null) return t('worksheet.noTarget');
      return blank.has('L') ? <span className="ws-blank" /> : <span className="ws-num">{num(s.loss)}</span>;
    }
    return <Vec values={s[c]} blank={blank.has(c)} />;
  };
  return (
    <table className="ws-table ws-steps">
      <thead>
        <tr>
          <th scope="col">{t('worksheet.colStep')}</th>
          <th scope="col">{t('worksheet.colInput')}</th>
          <th scope="col">{t('worksheet.colTarget')}</th>
          {(['h', 'y', 'p', 'L'] as const).map((c) => (
            <th key={c} scope="col">
              {columnLabel(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {steps.map((s) => (
          <tr key={s.t}>
            <td>{s.t}</td>
            <td>{s.input ?? '∅'}</td>
            <td>{s.target ?? '∅'}</td>
            {(['h', 'y', 'p', 'L'] as const).map((c) => (
              <td key={c} data-col={c}>
                {cell(s, c)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The backward step at t: dy_t, dh_t (and da_t for the RNN), blank or answered. */
export function BackwardBlock({
  b,
  activation,
  answers,
}: {
  b: BackwardExercise;
  activation: string;
  answers: boolean;
}) {
  const s = sub(b.t);
  const deriv = activation === 'tanh' ? `(1 − h${s}²)` : `f′(a${s})`;
  const rows: [string, number[]][] = [
    [`dy${s} = p${s} − onehot(target${s})`, b.dy],
    [`dh${s} = Whyᵀ dy${s}`, b.dh],
  ];
  if (b.da) rows.push([`da${s} = dh${s} ⊙ ${deriv}`, b.da]);
  return (
    <div className="ws-backward">
      {rows.map(([label, values]) => (
        <div key={label} className="ws-grad">
          <span className="ws-formula">{label}</span>
          <span aria-hidden="true"> = </span>
          <Vec values={values} blank={!answers} />
        </div>
      ))}
    </div>
  );
}

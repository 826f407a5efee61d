/** Aligned vectors of the backward ledger (dy, dh and its parts, the factor through the nonlinearity). */
import { divergingColor } from '../charts/colors';
import { inkFor, safeMaxAbs, thinTicks } from '../charts/heatmap';
import type { Quantity } from '../engine/explain';
import type { Model } from '../engine/model';
import { fmt, fmtAuto } from '../format';
import { EXPLAIN_ATTR, encodeQuantity } from './explain/cards';
import { ExplainNum } from './explain/ExplainNum';
import { Sub } from './Sub';

export interface VecCol {
  title: string;
  values: ArrayLike<number>;
  scale: number;
  /** The quantity of entry j, whose card a click on it opens. */
  q?: (j: number) => Quantity;
}

/** Aligned vectors with operators between them: a table of values (n ≤ 8), else colour strips. */
export function VecGroup(props: {
  model: Model;
  labels: readonly string[];
  cols: VecCol[];
  ops: string[];
  pending: boolean;
}) {
  const { model, labels, cols, ops, pending } = props;
  const cellStyle = (v: number, scale: number) =>
    pending ? undefined : { background: divergingColor(v, safeMaxAbs(scale)), color: inkFor(v, scale) };
  // a strip's cells hold no text: their colour only (hundreds of them change on a step at H = 64)
  const stripStyle = (v: number, scale: number) =>
    pending ? undefined : { background: divergingColor(v, safeMaxAbs(scale)) };
  const ticks = new Set(thinTicks(labels.length, 6, 26));
  if (labels.length <= 8) {
    return (
      <table className="vec-table">
        <thead>
          <tr>
            <td />
            {cols.map((c, k) => [
              <th key={c.title} scope="col" className="vec-head">
                <Sub text={c.title} />
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
                  {pending ? (
                    '—'
                  ) : c.q ? (
                    <ExplainNum model={model} q={c.q(j)} text={fmt(c.values[j], 3)} />
                  ) : (
                    fmt(c.values[j], 3)
                  )}
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
            <Sub text={c.title} />
          </span>
          <span className="vec-strip">
            {labels.map((lab, j) => (
              <span
                key={lab}
                className="vec-strip-cell"
                style={stripStyle(c.values[j], c.scale)}
                title={pending || c.q ? undefined : `${lab}: ${fmtAuto(c.values[j], 5)}`}
                {...(!pending && c.q
                  ? { [EXPLAIN_ATTR]: encodeQuantity(c.q(j)), 'data-explain-hover': '' }
                  : {})}
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

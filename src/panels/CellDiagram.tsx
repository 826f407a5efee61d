/**
 * The cell of one step drawn with its live values (charts/cell): LSTM, GRU or the RNN's single tanh,
 * lit in the order of the sub-steps. An image with a name ("LSTM cell at t = 2") and its values in text.
 */
import { useMemo, useState } from 'react';
import { create as createCell, type NodeState } from '../charts/cell/draw';
import { cellPicture, nodeState } from '../charts/cell/nodes';
import { portrait } from '../charts/cell/portrait';
import type { Trace } from '../engine/trace';
import { fmt } from '../format';
import { useT } from '../i18n/useT';
import './cell.css';
import type { Moment } from '../store/cursor';
import { useChart } from './useChart';

const SYMBOL: Record<string, string> = {
  fc: 'fₜ·cₜ₋₁',
  ig: 'iₜ·gₜ',
  plus: '',
  tanhC: 'tanh(cₜ)',
  oh: '',
  rh: 'rₜ·hₜ₋₁',
  zh: 'zₜ·hₜ₋₁',
  omz: '1 − zₜ',
  zg: '(1 − zₜ)·gₜ',
  act: '',
};

export function CellDiagram({
  trace,
  m,
  t: step,
  upright = false,
}: {
  trace: Trace;
  m: Moment;
  t: number;
  /** Stood upright (presenter mode's tall Output box). */
  upright?: boolean;
}) {
  const t = useT();
  const [unit, setUnit] = useState(0);
  const j = Math.min(unit, trace.model.hiddenSize - 1);
  const cell = trace.model.cell;
  const aria = t(`explain.cell.${cell}`, { t: step });
  const picture = useMemo(() => {
    const p = cellPicture(trace, step, j);
    return upright ? portrait(p) : p;
  }, [trace, step, j, upright]);
  const state: Record<string, NodeState> = {};
  for (const n of picture.nodes) state[n.key] = nodeState(trace, m, step, n);
  const stateKey = Object.values(state).join();
  // biome-ignore lint/correctness/useExhaustiveDependencies: state is summarised by stateKey
  const view = useMemo(
    () => ({ picture, state, model: trace.model, aria }),
    [picture, stateKey, trace.model, aria],
  );
  const host = useChart(createCell, view);
  const values = picture.nodes
    .filter((n) => SYMBOL[n.key] !== '')
    .map((n) => {
      const name = SYMBOL[n.key] ?? n.label;
      return `${name} = ${state[n.key] === 'pending' ? t('explain.cell.pending') : fmt(n.value, 3)}`;
    })
    .join(', ');
  const H = trace.model.hiddenSize;
  return (
    <figure className="cell-fig" data-cell={cell} data-t={step} data-unit={j + 1}>
      <figcaption className="cell-cap">
        <span>{aria}</span>
        {H > 1 && (
          <label className="cell-unit">
            {t('explain.cell.unit')}{' '}
            <select value={j} onChange={(e) => setUnit(Number(e.target.value))}>
              {Array.from({ length: H }, (_, k) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: units are their index
                <option key={k} value={k}>
                  {k + 1}
                </option>
              ))}
            </select>
          </label>
        )}
      </figcaption>
      <div className="cell-host" ref={host} />
      <p className={upright ? 'sr-only' : 'cell-text'} data-testid="cell-values">
        {t('explain.cell.values', { j: j + 1, t: step, values })}
      </p>
    </figure>
  );
}

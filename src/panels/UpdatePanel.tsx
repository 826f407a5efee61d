import { type ReactNode, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { charLabel, maxAbsOf } from '../charts/heatmap';
import type { Quantity } from '../engine/explain';
import type { Model, Weights } from '../engine/model';
import type { Trace } from '../engine/trace';
import { fmt, pct } from '../format';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/useT';
import { type LessonState, useLesson } from '../store';
import { selectMoment, selectNextPass, selectPass } from '../store/selectors';
import { gridNames, HeatGrid } from './HeatGrid';
import { Panel } from './Panel';
import './output.css';
import { AfterPaint, LONG_TABLE } from './AfterFirstPaint';
import { FigureButtons } from './FigureButtons';

/** The pass before and after the update shown: at the update moment this pass → the next one. */
const selectUpdate = (s: LessonState) => {
  const m = selectMoment(s);
  const pass = selectPass(s);
  if (m.phase === 'update') return { atUpdate: true, before: pass, after: selectNextPass(s) };
  const prev = s.cursor.pass > 0 ? s.passes[s.cursor.pass - 1] : null;
  return { atUpdate: false, before: prev, after: prev ? pass : null };
};

const explainDelta = (name: string, index: number): Quantity => ({ kind: 'delta', name, index });

const signed = (x: number, digits = 3) => (x > 0 ? `+${fmt(x, digits)}` : fmt(x, digits));

/** The update rule, the loss before and after, ΔW, and the predictions that changed. */
export function UpdatePanel() {
  const t = useT();
  const { atUpdate, before, after } = useLesson(useShallow(selectUpdate));
  const passNo = useLesson((s) => s.cursor.pass + 1);
  let body: ReactNode;
  if (!atUpdate) {
    body = (
      <>
        <p className="up-note">{t('update.notYet')}</p>
        {before && after && (
          <p className="up-note up-last">
            {t('update.last', {
              n: passNo,
              before: fmt(before.trace.loss, 3),
              after: fmt(after.trace.loss, 3),
            })}
          </p>
        )}
      </>
    );
  } else if (before) {
    const { kind, hyper } = before.optimizer;
    body = (
      <>
        <p className="up-rule">
          <span className="up-formula">{t(`update.rule.${kind}` as MessageKey)}</span>
          <span className="up-lr">{t('update.lr', { lr: hyper.lr })}</span>
        </p>
        {after ? (
          <Result before={before.trace} after={after.trace} delta={after.delta as Weights} />
        ) : (
          <p className="up-note">{t('update.noAfter')}</p>
        )}
      </>
    );
  }
  return (
    <Panel id="update" title="panel.update" className="wide update-panel">
      <FigureButtons name="update" />
      {body}
    </Panel>
  );
}

function Result({ before, after, delta }: { before: Trace; after: Trace; delta: Weights }) {
  const t = useT();
  const d = after.loss - before.loss;
  const rel = before.loss !== 0 ? Math.abs(d / before.loss) : 0;
  const change: [MessageKey, Record<string, string>] =
    d < 0
      ? ['update.down', { d: fmt(-d, 3), pct: pct(rel) }]
      : d > 0
        ? ['update.up', { d: fmt(d, 3), pct: pct(rel) }]
        : ['update.same', {}];
  return (
    <>
      <div className="up-top">
        <div className="up-losses">
          <p className="up-loss" data-loss={String(before.loss)}>
            {t('update.before', { loss: fmt(before.loss, 3) })}
          </p>
          <span className="up-arrow" aria-hidden="true">
            ↓
          </span>
          <p className="up-loss up-after" data-loss={String(after.loss)}>
            {t('update.after', { loss: fmt(after.loss, 3) })}
          </p>
          <p className={`up-diff ${d < 0 ? 'is-down' : d > 0 ? 'is-up' : ''}`}>
            <span aria-hidden="true">{d < 0 ? '▼ ' : d > 0 ? '▲ ' : ''}</span>
            {t(...change)}
          </p>
        </div>
        {/* a long lesson's table (a row per step) in a task of its own, after the losses have painted */}
        <AfterPaint now={before.T <= LONG_TABLE}>
          <Changes before={before} after={after} />
        </AfterPaint>
      </div>
      <section className="up-delta">
        <h3>{t('update.delta')}</h3>
        {/* a frame after the update moment appears (AfterPaint): its own task */}
        <AfterPaint>
          <DeltaGrid model={before.model} delta={delta} />
        </AfterPaint>
      </section>
    </>
  );
}

/** ΔW as colour grids, one colour scale per matrix (max |ΔW|). */
function DeltaGrid({ model, delta }: { model: Model; delta: Weights }) {
  const scale = useMemo(() => {
    const out: Record<string, number> = {};
    for (const n of gridNames(model.cell).flat()) out[n] = maxAbsOf(delta[n]);
    return out;
  }, [delta, model.cell]);
  return <HeatGrid model={model} prefix="Δ" data={delta} scale={scale} explain={explainDelta} />;
}

function Changes({ before, after }: { before: Trace; after: Trace }) {
  const t = useT();
  const vocab = before.model.vocab;
  const ch = (i: number | null) => (i === null ? '—' : charLabel(vocab[i]));
  const changed = before.forward.filter((f, k) => f.argmax !== after.forward[k].argmax);
  return (
    <section className="up-changes">
      <h3>{t('update.changed')}</h3>
      {changed.length === 0 ? (
        <p className="up-note">{t('update.none')}</p>
      ) : (
        <ul className="up-list">
          {changed.map((f) => (
            <li key={f.t}>
              {t('update.changeRow', {
                t: f.t,
                from: ch(f.argmax),
                to: ch(after.forward[f.t - 1].argmax),
                target: ch(f.target),
              })}
            </li>
          ))}
        </ul>
      )}
      <table className="out-table up-table">
        <caption>{t('update.pCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('update.colStep')}</th>
            <th scope="col">{t('update.colTarget')}</th>
            <th scope="col">{t('update.colPick')}</th>
            <th scope="col">{t('update.colBefore')}</th>
            <th scope="col">{t('update.colAfter')}</th>
            <th scope="col">{t('update.colChange')}</th>
          </tr>
        </thead>
        <tbody>
          {before.forward.map((f, k) => {
            const g = after.forward[k];
            const pb = f.target === null ? null : f.p[f.target];
            const pa = f.target === null ? null : g.p[f.target];
            const moved = f.argmax !== g.argmax;
            return (
              <tr key={f.t} className={moved ? 'is-changed' : ''}>
                <th scope="row" className="num">
                  {f.t}
                </th>
                <td className="out-char">{ch(f.target)}</td>
                <td>
                  <span className="out-char">{ch(f.argmax)}</span> →{' '}
                  <span className="out-char">{ch(g.argmax)}</span>
                </td>
                <td className="num">{pb === null ? '—' : pct(pb)}</td>
                <td className="num">{pa === null ? '—' : pct(pa)}</td>
                <td className="num">
                  {pb === null || pa === null ? '—' : t('update.pp', { d: signed((pa - pb) * 100, 1) })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

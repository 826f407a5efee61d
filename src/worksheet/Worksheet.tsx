/**
 * The printable worksheet of the current pass (view=worksheet): page 1 the exercise (diagram, one-hot
 * inputs, weights, a table with blanks, one backward step), then the answer key on a new page. Every
 * number is the live trace's. The options above the sheet are for the screen only (hidden in print).
 */
import { useMemo, useState } from 'react';
import { fmt } from '../format';
import { useT } from '../i18n/useT';
import { type LessonState, useLesson } from '../store';
import { selectPass } from '../store/selectors';
import { COLUMNS, type Column, DIGITS, type Sheet, sheetOf } from './sheet';
import { sub, WorksheetDiagram } from './WorksheetDiagram';
import { BackwardBlock, columnLabel, InputsTable, StepTable, WeightsBlock } from './WorksheetParts';
import './worksheet.css';

export type Paper = 'A4' | 'letter';
const PAPERS: readonly Paper[] = ['A4', 'letter'];
const ALL_BLANK: ReadonlySet<Column> = new Set(COLUMNS);
const NONE: ReadonlySet<Column> = new Set();

const selectTrace = (s: LessonState) => selectPass(s).trace;
const selectUpdates = (s: LessonState) => Math.min(s.cursor.pass, s.passes.length - 1);

function Options(props: {
  blank: ReadonlySet<Column>;
  setBlank: (b: ReadonlySet<Column>) => void;
  paper: Paper;
  setPaper: (p: Paper) => void;
}) {
  const t = useT();
  const toggle = (c: Column) => {
    const next = new Set(props.blank);
    if (next.has(c)) next.delete(c);
    else next.add(c);
    props.setBlank(next);
  };
  return (
    <section className="ws-controls" aria-label={t('worksheet.options')}>
      <fieldset>
        <legend>{t('worksheet.blanks')}</legend>
        {COLUMNS.map((c) => (
          <label key={c}>
            <input type="checkbox" checked={props.blank.has(c)} onChange={() => toggle(c)} /> {columnLabel(c)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('worksheet.paper')}</legend>
        {PAPERS.map((p) => (
          <label key={p}>
            <input
              type="radio"
              name="ws-paper"
              checked={props.paper === p}
              onChange={() => props.setPaper(p)}
            />{' '}
            {t(p === 'A4' ? 'worksheet.paper.a4' : 'worksheet.paper.letter')}
          </label>
        ))}
      </fieldset>
      <div className="ws-actions">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('worksheet.printNow')}
        </button>
        <button type="button" onClick={() => useLesson.getState().setView('lesson')}>
          {t('worksheet.back')}
        </button>
      </div>
    </section>
  );
}

function Equations({ sheet }: { sheet: Sheet }) {
  const t = useT();
  const f = sheet.activation === 'linear' ? '' : sheet.activation;
  return (
    <div className="ws-equations">
      {sheet.cell === 'rnn' ? (
        <p>hₜ = {f}(Wxh xₜ + Whh hₜ₋₁ + bh)</p>
      ) : (
        <p>{t('worksheet.gated', { cell: t(`cell.${sheet.cell}`) })}</p>
      )}
      <p>yₜ = Why hₜ + by</p>
      <p>pₜ = softmax(yₜ)</p>
      <p>Lₜ = −ln pₜ[targetₜ]</p>
    </div>
  );
}

/** Page 1: the exercise. */
function Exercise({ sheet, blank, updates }: { sheet: Sheet; blank: ReadonlySet<Column>; updates: number }) {
  const t = useT();
  return (
    <section className="ws-page" aria-labelledby="ws-title">
      <h2 id="ws-title">
        {t('worksheet.title', {
          cell: t(`cell.${sheet.cell}`),
          input: sheet.inputText,
          target: sheet.targetText,
        })}
      </h2>
      <p className="ws-name">
        <span>{t('worksheet.name')}: ______________________</span>
        <span>{t('worksheet.date')}: ____________</span>
      </p>
      <p className="ws-intro">{t('worksheet.intro', { digits: DIGITS })}</p>
      {(sheet.H > 8 || sheet.T > 12) && (
        <p className="ws-note">{t('worksheet.big', { H: sheet.H, T: sheet.T })}</p>
      )}
      <div className="ws-two">
        <div className="ws-grow">
          <h3>{t('worksheet.diagram', { T: sheet.T })}</h3>
          <WorksheetDiagram steps={sheet.steps} />
        </div>
        <div>
          <h3>{t('worksheet.equations')}</h3>
          <Equations sheet={sheet} />
        </div>
      </div>
      <h3>
        {t('worksheet.weights')} {updates > 0 && t('worksheet.pass', { n: updates })}
      </h3>
      <WeightsBlock sheet={sheet}>
        <InputsTable sheet={sheet} />
      </WeightsBlock>
      <h3>{t('worksheet.forward')}</h3>
      <p className="ws-small">{t('worksheet.order', { vocab: sheet.vocab.join(' '), H: sheet.H })}</p>
      <StepTable steps={sheet.steps} blank={blank} />
      <BackwardTask sheet={sheet} answers={false} />
    </section>
  );
}

function BackwardTask({ sheet, answers }: { sheet: Sheet; answers: boolean }) {
  const t = useT();
  const b = sheet.backward;
  if (!b) return <p>{t('worksheet.noBackward')}</p>;
  return (
    <div className="ws-keep">
      <h3>{t('worksheet.backward', { t: b.t })}</h3>
      {!answers && <p className="ws-small">{t('worksheet.backwardIntro', { s: sub(b.t) })}</p>}
      <BackwardBlock b={b} activation={sheet.activation} answers={answers} />
    </div>
  );
}

/** Page 2 and on: every number of the exercise, rounded to DIGITS decimals. */
function AnswerKey({ sheet }: { sheet: Sheet }) {
  const t = useT();
  return (
    <section className="ws-page ws-answers" aria-labelledby="ws-answers">
      <h2 id="ws-answers">{t('worksheet.answerKey')}</h2>
      <p className="ws-small">{t('worksheet.precision', { digits: DIGITS })}</p>
      <StepTable steps={sheet.steps} blank={NONE} />
      <p data-testid="ws-total-loss">{t('worksheet.totalLoss', { L: fmt(sheet.loss, DIGITS) })}</p>
      <BackwardTask sheet={sheet} answers />
    </section>
  );
}

export function Worksheet() {
  const trace = useLesson(selectTrace);
  const updates = useLesson(selectUpdates);
  const sheet = useMemo(() => sheetOf(trace), [trace]);
  const [blank, setBlank] = useState<ReadonlySet<Column>>(ALL_BLANK);
  const [paper, setPaper] = useState<Paper>('A4');
  return (
    <main className="worksheet-view">
      <style>{`@page { size: ${paper}; margin: 12mm 14mm; }`}</style>
      <Options blank={blank} setBlank={setBlank} paper={paper} setPaper={setPaper} />
      <article className="ws-sheet" data-paper={paper}>
        <Exercise sheet={sheet} blank={blank} updates={updates} />
        <AnswerKey sheet={sheet} />
      </article>
    </main>
  );
}

/**
 * "Copy LaTeX" on the equations panel: the current block of equations with the numbers of this moment,
 * as a LaTeX document for plain amsmath (equations/latex.ts), put on the clipboard. Where there is no
 * clipboard the text is shown, selected, to copy by hand.
 */
import { useRef, useState } from 'react';
import { translator } from '../i18n';
import { useT } from '../i18n/useT';
import { useLesson } from '../store';
import { selectMoment, selectNextPass, selectPass } from '../store/selectors';
import { latexDocument } from './equations/latex';
import { figureCaption } from './FigureButtons';

/** The document for the store's current moment. */
export function currentLatex(): { text: string; rows: number } {
  const s = useLesson.getState();
  const m = selectMoment(s);
  const pass = selectPass(s);
  const en = translator('en');
  const doc = latexDocument({
    moment: m,
    pass,
    next: selectNextPass(s),
    activation: pass.trace.model.activation,
    optimizer: s.config.optimizer,
    caption: figureCaption(en, '', 'equations').caption,
    numbersLine:
      m.phase === 'forward' || m.phase === 'backward'
        ? en('equations.numbers', { t: m.t })
        : en('equations.numbersNow'),
  });
  return { text: doc.text, rows: doc.math.rows.length + (doc.math.substituted ? 1 : 0) };
}

export function CopyLatex() {
  const t = useT();
  const [status, setStatus] = useState<string | null>(null);
  const [manual, setManual] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);

  const copy = async () => {
    const { text, rows } = currentLatex();
    try {
      await navigator.clipboard.writeText(text);
      setManual(null);
      setStatus(t('latex.copied', { n: rows }));
    } catch {
      setManual(text);
      setStatus(t('latex.failed'));
      requestAnimationFrame(() => area.current?.select());
    }
  };

  return (
    <div className="copy-latex" data-export-ignore="">
      <button type="button" onClick={copy}>
        {t('latex.copy')}
      </button>
      <span className="copy-latex-status" role="status">
        {status}
      </span>
      {manual !== null && (
        <textarea ref={area} readOnly value={manual} aria-label={t('latex.label')} rows={8} />
      )}
    </div>
  );
}

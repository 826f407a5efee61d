/**
 * Share and print: "Copy link" (the address formatted now, so never a stale one), what the link does
 * with trained weights (carried, or too big: then it says so), and "Print worksheet" (view=worksheet).
 */
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import { type LessonState, useLesson } from '../store';
import { currentLink } from '../store/url';
import { linkWeights } from '../store/weightsLink';
import './share.css';

const selectLinkWeights = (s: LessonState) => linkWeights(s);

export function ShareControls() {
  const t = useT();
  const weights = useLesson(selectLinkWeights);
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  });
  const copy = async () => {
    let result: 'ok' | 'failed' = 'ok';
    try {
      await navigator.clipboard.writeText(currentLink());
    } catch {
      result = 'failed';
    }
    setCopied(result);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setCopied(null), 4000);
  };
  return (
    <section className="share" aria-label={t('link.heading')}>
      <div className="share-buttons">
        <button type="button" onClick={copy}>
          {t('link.copy')}
        </button>
        <button type="button" onClick={() => useLesson.getState().setView('worksheet')}>
          {t('worksheet.print')}
        </button>
      </div>
      <p className="share-status" role="status">
        {copied === 'ok' ? t('link.copied') : copied === 'failed' ? t('link.copyFailed') : ''}
      </p>
      {weights.kind === 'tooBig' && (
        <p className="share-warning" data-testid="link-too-big">
          {t('link.tooBig')}
        </p>
      )}
      {weights.kind === 'carried' && (
        <p className="share-note">{t('link.carries', { kb: (weights.block.length / 1024).toFixed(1) })}</p>
      )}
    </section>
  );
}

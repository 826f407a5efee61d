/** Predict, then reveal: the question, its choices (vote by key 1–4 or click), "Reveal", then the answer and the tally. */
import { useT } from '../i18n/useT';
import { messageText } from './messageText';
import { useScript } from './store';
import { isAsked, useAsked } from './useAsked';

export function QuestionCard() {
  const t = useT();
  const { asked } = useAsked();
  const revealed = useScript((s) => s.pos.revealed);
  const votes = useScript((s) => s.votes);
  if (!asked) return null;
  if (!isAsked(asked)) {
    return (
      <section className="script-question" aria-label={t('script.question')}>
        <p className="script-q-error">{messageText(t, asked)}</p>
      </section>
    );
  }
  const total = votes.reduce((a, b) => a + b, 0);
  const answer = t(asked.choices[asked.answer].label.key, asked.choices[asked.answer].label.params);
  return (
    <section
      className={`script-question ${revealed ? 'is-revealed' : 'is-asking'}`}
      aria-label={t('script.question')}
      data-testid="script-question"
    >
      <p className="script-q-prompt">{t(asked.prompt.key, asked.prompt.params)}</p>
      <ol className="script-choices">
        {asked.choices.map((c, k) => {
          const right = revealed && k === asked.answer;
          return (
            <li key={c.id} className={right ? 'is-right' : undefined} data-choice={c.id}>
              <button type="button" disabled={revealed} onClick={() => useScript.getState().vote(k)}>
                <span className="script-key" aria-hidden="true">
                  {k + 1}
                </span>{' '}
                {t(c.label.key, c.label.params)}
                {right && <span aria-hidden="true"> ✓</span>}
              </button>
              {revealed && total > 0 && (
                <span className="script-votes">{t('script.votes', { n: votes[k] ?? 0 })}</span>
              )}
            </li>
          );
        })}
      </ol>
      {revealed ? (
        <p className="script-answer" data-testid="script-answer" data-answer={asked.choices[asked.answer].id}>
          {t('script.answer', { answer })}
        </p>
      ) : (
        <p className="script-q-foot">
          <button type="button" className="primary" onClick={() => useScript.getState().reveal()}>
            {t('script.reveal')}
          </button>
          <span className="script-hint">
            {t('script.voteHint', { k: Math.min(4, asked.choices.length) })}
            {total > 0 && ` · ${t('script.votes', { n: total })}`}
          </span>
        </p>
      )}
    </section>
  );
}

import { useT } from '../i18n/useT';
import { useLesson } from '../store';

/** While passes are computed in the background (a link's far pass): how far it is, and a way to stop. */
export function ProgressLine() {
  const t = useT();
  const computing = useLesson((s) => s.computing);
  if (!computing) return null;
  const { done, total } = computing;
  return (
    <div className="notice notice-info progress-line" role="status">
      <span>{t('robust.computing', { done, total })}</span>
      <progress max={total} value={done} aria-label={t('robust.computing', { done, total })} />
      <button type="button" onClick={() => useLesson.getState().cancelComputing()}>
        {t('robust.cancel')}
      </button>
    </div>
  );
}

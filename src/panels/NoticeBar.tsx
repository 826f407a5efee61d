import { useT } from '../i18n/useT';
import { useLesson } from '../store';

/** One line that says what is wrong (or what just happened); the lesson underneath stays as it was. */
export function NoticeBar() {
  const t = useT();
  const notice = useLesson((s) => s.notice);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>
        {t(notice.message.key, notice.message.params)}
        {notice.details && (
          <ul className="notice-details">
            {notice.details.map((d, k) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
              <li key={k}>{t(d.key, d.params)}</li>
            ))}
          </ul>
        )}
      </span>
      {notice.action && (
        <button type="button" className="notice-action" onClick={notice.action.run}>
          {t(notice.action.label)}
        </button>
      )}
      <button
        type="button"
        onClick={() => useLesson.getState().setNotice(null)}
        aria-label={t('error.dismiss')}
      >
        ×
      </button>
    </div>
  );
}

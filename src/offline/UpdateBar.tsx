/** "Update available — reload" when a new version of the app is waiting; a short note when ready offline. */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useT } from '../i18n/useT';
import { getOfflineState, subscribeOffline } from './status';
import './offline.css';

export function UpdateBar() {
  const t = useT();
  const s = useSyncExternalStore(subscribeOffline, getOfflineState);
  const [readyShown, setReadyShown] = useState(true);
  useEffect(() => {
    if (s.kind !== 'ready') return;
    const id = setTimeout(() => setReadyShown(false), 6000);
    return () => clearTimeout(id);
  }, [s.kind]);
  if (s.kind === 'update') {
    return (
      <div className="update-bar" role="status">
        <button type="button" onClick={s.reload}>
          {t('pwa.update')}
        </button>
      </div>
    );
  }
  if (s.kind === 'ready' && readyShown) {
    return (
      <p className="offline-note" role="status">
        {t('pwa.offline')}
      </p>
    );
  }
  return null;
}

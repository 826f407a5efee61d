/**
 * The Equations panel with KaTeX (its largest dependency, ~70 KB gzip) in a chunk of its own: the
 * first screen paints the Network while it loads, then the panel takes the place held for it (same
 * section, same heading, so nothing below jumps more than once and assistive tech meets the same name).
 */
import { lazy, Suspense } from 'react';
import { useT } from '../i18n/useT';
import { Panel } from './Panel';

/** The chunk, requested as soon as the app starts; main.tsx renders once it is here (no layout shift). */
export const equationsReady = import('./EquationsPanel');
const Inner = lazy(() => equationsReady.then((m) => ({ default: m.EquationsPanel })));

export function EquationsPanel() {
  const t = useT();
  return (
    <Suspense
      fallback={
        <Panel id="equations" title="panel.equations" className="equations">
          <p role="status">{t('app.loadingView')}</p>
        </Panel>
      }
    >
      <Inner />
    </Suspense>
  );
}

/**
 * The Equations panel with KaTeX (its largest dependency, ~70 KB gzip) in a chunk of its own: the
 * first screen paints the Network while it loads, then the panel takes the place held for it (same
 * section, same heading, so nothing below jumps more than once and assistive tech meets the same name).
 */
import { lazy, Suspense } from 'react';
import { useT } from '../i18n/useT';
import { Panel } from './Panel';

type Chunk = typeof import('./EquationsPanel');

/** The chunk once it is here: rendered directly, because React.lazy suspends on its first render even
 * for a promise that has already resolved, and React then holds the fallback for ~300 ms (the panel
 * grew by 435 px half a second after the first paint, moving every chart below it). */
let loaded: Chunk | null = null;

/** The chunk, requested as soon as the app starts; main.tsx renders once it is here (no layout shift). */
export const equationsReady: Promise<Chunk> = import('./EquationsPanel').then((m) => {
  loaded = m;
  return m;
});
const Inner = lazy(() => equationsReady.then((m) => ({ default: m.EquationsPanel })));

export function EquationsPanel() {
  const t = useT();
  if (loaded) return <loaded.EquationsPanel />;
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

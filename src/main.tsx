import './security/trustedTypes'; // first: its policies must exist before any sink is used
import 'katex/dist/katex.min.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadCatalog } from './i18n';
import { registerOffline } from './offline/register';
import { ErrorBoundary } from './panels/ErrorBoundary';
import { preloadCards } from './panels/explain/ExplainLayer';
import { equationsReady } from './panels/LazyEquations';
import { PresenterView } from './script/PresenterView';
import { startScript } from './script/start';
import { useLesson } from './store';
import { startSessionSync } from './store/sessionSync';
import { startUrlSync } from './store/url';

/**
 * Starts the lesson in a task of its own: evaluating the modules and computing the first lesson (a whole
 * forward and backward pass, ~60 ms for a 64-unit LSTM over 179 steps) were one task of ~200 ms.
 */
function start() {
  const startHash = window.location.hash; // read before the first write: it may hold the script keys
  startUrlSync();
  registerOffline();
  const { presenter } = startScript(startHash);
  // the presenter window mirrors the main one: it neither restores nor saves a session
  if (!presenter) void startSessionSync(startHash);
  const root = document.getElementById('root');
  // the first render waits for the Equations chunk (KaTeX), fetched in parallel with this module's work:
  // the panel then takes its place at once and nothing below it moves after the first paint
  const render = () => {
    if (!root) return;
    createRoot(root).render(
      <StrictMode>
        <ErrorBoundary>{presenter ? <PresenterView /> : <App />}</ErrorBoundary>
      </StrictMode>,
    );
  };
  // and for the catalog of the language the lesson opens in (Korean is a chunk of its own)
  Promise.all([equationsReady, loadCatalog(useLesson.getState().lang)]).then(render, render);
}
setTimeout(start, 0);
preloadCards();

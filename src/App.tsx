import { lazy, Suspense, useEffect } from 'react';
import { LANGS, type Lang, loadCatalog } from './i18n';
import { useT } from './i18n/useT';
import { UpdateBar } from './offline/UpdateBar';
import { AfterFirstPaint } from './panels/AfterFirstPaint';
import { BackwardPanel } from './panels/BackwardPanel';
import { Controls, Readout } from './panels/Controls';
import { ExplainLayer } from './panels/explain/ExplainLayer';
import { FollowStep, FollowToggle } from './panels/Follow';
import { GatesPanel } from './panels/GatesPanel';
import { GeneratePanel } from './panels/GeneratePanel';
import { GradientFlowPanel } from './panels/GradientFlowPanel';
import { HiddenStatePanel } from './panels/HiddenStatePanel';
import { EquationsPanel } from './panels/LazyEquations';
import { LossPanel } from './panels/LossPanel';
import { NetworkPanel } from './panels/NetworkPanel';
import { NoticeBar } from './panels/NoticeBar';
import { OutputPanel } from './panels/OutputPanel';
import { PresentButton, Presenter } from './panels/Presenter';
import { ProgressLine } from './panels/ProgressLine';
import { InitSettings, ScenarioSelect } from './panels/ScenarioSelect';
import { Settings } from './panels/Settings';
import { ShapeSelect } from './panels/ShapeSelect';
import { TrainingPanel } from './panels/TrainingPanel';
import { UpdatePanel } from './panels/UpdatePanel';
import { useKeyboard } from './panels/useKeyboard';
import { usePlayback } from './panels/usePlayback';
import { ScriptDock, ScriptSection } from './script/ScriptSection';
import { ShareControls } from './share/ShareControls';
import { useLesson, type View } from './store';
import { LateView, OWN } from './store/late';

// views off the first screen load when opened (the initial bundle stays small; offline, the service
// worker has them precached, and the single-file build inlines them)
const ActivationLab = lazy(() => import('./lab/ActivationLab').then((m) => ({ default: m.ActivationLab })));
const RacePanel = lazy(() => import('./panels/RacePanel').then((m) => ({ default: m.RacePanel })));
const Worksheet = lazy(() => import('./worksheet/Worksheet').then((m) => ({ default: m.Worksheet })));

function LanguageSelect() {
  const t = useT();
  const lang = useLesson((s) => s.lang);
  return (
    <label className="lang">
      <span>{t('lang.label')}</span>
      <select
        value={lang}
        onChange={(e) => {
          const next = e.target.value as Lang;
          // chosen (and remembered) at once; the page reads English until the Korean chunk is there
          void loadCatalog(next);
          useLesson.getState().setLang(next);
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l}>
            {t(`lang.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

const VIEW_TABS: { view: View; key: 'nav.lesson' | 'nav.lab' }[] = [
  { view: 'lesson', key: 'nav.lesson' },
  { view: 'lab', key: 'nav.lab' },
];

/** Switches between the step-through lesson and the activation lab. */
function ViewTabs() {
  const t = useT();
  const view = useLesson((s) => s.view);
  return (
    <nav className="tabs" aria-label={t('nav.label')}>
      {VIEW_TABS.map((v) => (
        <button
          key={v.view}
          type="button"
          aria-pressed={view === v.view}
          onClick={() => useLesson.getState().setView(v.view)}
        >
          {t(v.key)}
        </button>
      ))}
    </nav>
  );
}

export function App() {
  const t = useT();
  const lang = useLesson((s) => s.lang);
  const view = useLesson((s) => s.view);
  const presenting = useLesson((s) => s.presenting);
  useKeyboard();
  usePlayback();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);
  if (view === 'lesson' && presenting)
    return (
      <>
        <Presenter />
        <ExplainLayer />
      </>
    );
  return (
    <>
      {view === 'lesson' && <ExplainLayer />}
      <header className="topbar">
        <h1>{t('app.title')}</h1>
        <ViewTabs />
        {view === 'lesson' && <Readout />}
        {view === 'lesson' && <Controls />}
        {view === 'lesson' && <PresentButton />}
        <LanguageSelect />
      </header>
      <NoticeBar />
      <UpdateBar />
      <ProgressLine />
      <ScriptSection />
      <ScriptDock />
      {view === 'worksheet' ? (
        <Suspense fallback={<p role="status">{t('app.loadingView')}</p>}>
          <Worksheet />
        </Suspense>
      ) : view === 'lab' ? (
        <main className="lab-view">
          <Suspense fallback={<p role="status">{t('app.loadingView')}</p>}>
            <ActivationLab />
          </Suspense>
        </main>
      ) : (
        <div className="layout">
          <aside className="sidebar">
            <h2 className="sr-only">{t('settings.heading')}</h2>
            <ShapeSelect />
            <ScenarioSelect />
            <Settings />
            <InitSettings />
            <ShareControls />
            <FollowToggle />
            <p className="keys">{t('controls.keys')}</p>
          </aside>
          <main className="lesson">
            <LateView>
              <NetworkPanel />
            </LateView>
            <AfterFirstPaint part="equations">
              <LateView own={OWN.forward}>
                <EquationsPanel />
              </LateView>
              <LateView own={OWN.total}>
                <OutputPanel />
              </LateView>
              {/* one stage per frame, top to bottom: a 64-unit, 179-step lesson's hidden-state and gate
                  charts were one task together (docs/robustness.md, "First load in stages") */}
              <AfterFirstPaint part="below">
                <LateView own={OWN.backward}>
                  <BackwardPanel />
                </LateView>
                <LateView own={OWN.update}>
                  <UpdatePanel />
                </LateView>
                <AfterFirstPaint part="hidden">
                  <LateView>
                    <HiddenStatePanel />
                  </LateView>
                  <AfterFirstPaint part="gates">
                    <LateView>
                      <GatesPanel />
                      <GeneratePanel />
                    </LateView>
                    <AfterFirstPaint part="lowest">
                      <LateView>
                        <GradientFlowPanel />
                        <TrainingPanel />
                        <Suspense fallback={null}>
                          <RacePanel />
                        </Suspense>
                        <LossPanel />
                      </LateView>
                    </AfterFirstPaint>
                  </AfterFirstPaint>
                </AfterFirstPaint>
              </AfterFirstPaint>
            </AfterFirstPaint>
            <FollowStep />
          </main>
        </div>
      )}
    </>
  );
}

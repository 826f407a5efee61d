/**
 * Presenter mode: one composed projector screen per phase (forward, total, backward, update) under a slim
 * status line with a progress bar. The stage reuses the dashboard's panels — the same headings, names and
 * numbers — and presenter.css sizes them for a room. Within a phase the same panels stay mounted in the
 * same grid areas, so stepping changes only their content; the page never scrolls (boxes scroll inside).
 */
import { useT } from '../i18n/useT';
import { useLesson } from '../store';
import { momentCount } from '../store/cursor';
import { LateView, OWN } from '../store/late';
import { selectMoment, selectT } from '../store/selectors';
import { BackwardPanel } from './BackwardPanel';
import { Readout } from './Controls';
import { EquationsPanel } from './LazyEquations';
import { NetworkPanel } from './NetworkPanel';
import { NoticeBar } from './NoticeBar';
import { OutputPanel } from './OutputPanel';
import { UpdatePanel } from './UpdatePanel';
import './presenter.css';

/** The top bar's toggle: "Present" (aria-pressed), also key F; Esc leaves. */
export function PresentButton() {
  const t = useT();
  const presenting = useLesson((s) => s.presenting);
  return (
    <button
      type="button"
      className="present-btn"
      aria-pressed={presenting}
      title={t('presenter.buttonTitle')}
      onClick={() => useLesson.getState().setPresenting(!presenting)}
    >
      {t('presenter.button')}
    </button>
  );
}

function Progress() {
  const t = useT();
  const index = useLesson((s) => s.cursor.index);
  const total = useLesson((s) => momentCount(s.config.cell, selectT(s)));
  const n = index + 1;
  return (
    <div
      className="pr-progress"
      role="progressbar"
      aria-label={t('presenter.progress')}
      aria-valuemin={1}
      aria-valuemax={total}
      aria-valuenow={n}
      aria-valuetext={t('presenter.progressText', { n, total })}
    >
      <span className="pr-progress-fill" style={{ transform: `scaleX(${n / total})` }} />
    </div>
  );
}

/** The panels of each phase's screen, in their grid areas (presenter.css: .pr-stage[data-phase]). */
function Stage() {
  const t = useT();
  const phase = useLesson((s) => selectMoment(s).phase);
  return (
    <main className="pr-stage" data-phase={phase} aria-label={t('presenter.stage')} key={phase}>
      {/* the part the class reads first; the others follow a frame later (store/late.ts) */}
      {phase === 'forward' && (
        <>
          <LateView>
            <NetworkPanel />
          </LateView>
          <LateView own={OWN.forward}>
            <EquationsPanel />
          </LateView>
          <LateView>
            <OutputPanel />
          </LateView>
        </>
      )}
      {phase === 'total' && (
        <>
          <LateView>
            <EquationsPanel />
          </LateView>
          <LateView own={OWN.total}>
            <OutputPanel />
          </LateView>
        </>
      )}
      {phase === 'backward' && (
        <>
          <LateView>
            <NetworkPanel />
          </LateView>
          <LateView>
            <EquationsPanel />
          </LateView>
          <LateView own={OWN.backward}>
            <BackwardPanel />
          </LateView>
        </>
      )}
      {phase === 'update' && (
        <>
          <LateView>
            <EquationsPanel />
          </LateView>
          <LateView own={OWN.update}>
            <UpdatePanel />
          </LateView>
        </>
      )}
    </main>
  );
}

export function Presenter() {
  return (
    <div className="presenter">
      <header className="pr-top">
        <Readout />
        <Progress />
        <PresentButton />
      </header>
      <NoticeBar />
      <Stage />
    </div>
  );
}

import type { MessageKey } from '../i18n';
import { useT } from '../i18n/useT';
import { useLesson } from '../store';
import { selectMoment, selectT } from '../store/selectors';

function Btn(p: { icon: string; label: string; onClick: () => void; primary?: boolean }) {
  return (
    <button
      type="button"
      className={p.primary ? 'primary' : undefined}
      onClick={p.onClick}
      aria-label={p.label}
    >
      <span aria-hidden="true" className="icon">
        {p.icon}
      </span>
      <span aria-hidden="true" className="btn-text">
        {p.label}
      </span>
    </button>
  );
}

const SPEEDS = [0.5, 1, 2, 4, 8, 16];

/** Step / play buttons, speed, and the readout of where the lesson stands. */
export function Controls() {
  const t = useT();
  const playing = useLesson((s) => s.playing);
  const speed = useLesson((s) => s.speed);
  const s = useLesson.getState();
  return (
    <div className="controls" role="toolbar" aria-label={t('controls.heading')}>
      <Btn icon="«" label={t('controls.toStart')} onClick={s.goToStart} />
      <Btn icon="◀" label={t('controls.stepBack')} onClick={s.stepBack} />
      <Btn
        icon={playing ? '❚❚' : '►'}
        label={playing ? t('controls.pause') : t('controls.play')}
        onClick={() => s.setPlaying(!playing)}
      />
      <Btn icon="▶" label={t('controls.stepForward')} onClick={s.stepForward} primary />
      <Btn icon="»" label={t('controls.toEnd')} onClick={s.goToEnd} />
      <Btn icon="↺" label={t('controls.reset')} onClick={s.reset} />
      <label className="speed">
        <span>{t('controls.speed')}</span>
        <input
          type="range"
          min={0}
          max={SPEEDS.length - 1}
          step={1}
          value={Math.max(0, SPEEDS.indexOf(speed))}
          aria-valuetext={t('controls.speedValue', { n: speed })}
          onChange={(e) => s.setSpeed(SPEEDS[+e.target.value])}
        />
        <output>{t('controls.speedValue', { n: speed })}</output>
      </label>
    </div>
  );
}

const PHASE_KEY: Record<string, MessageKey> = {
  forward: 'phase.forward',
  total: 'phase.total',
  backward: 'phase.backward',
  update: 'phase.update',
};

/** "Forward · t = 2 of 4 · h_t", announced politely to screen readers. */
export function Readout() {
  const t = useT();
  const m = useLesson(selectMoment);
  const T = useLesson(selectT);
  const pass = useLesson((s) => s.cursor.pass);
  const index = useLesson((s) => s.cursor.index);
  const phase = t(PHASE_KEY[m.phase]);
  const text =
    m.phase === 'forward' || m.phase === 'backward'
      ? t('readout.step', { phase, t: m.t, T, sub: t(`sub.${m.sub}` as MessageKey) })
      : t('readout.plain', { phase });
  return (
    <p
      className="readout"
      role="status"
      aria-live="polite"
      data-testid="readout"
      data-cursor={`${pass}:${index}`}
    >
      <span className="readout-main">{text}</span>
      <span className="readout-pass">{t('readout.pass', { n: pass + 1 })}</span>
    </p>
  );
}

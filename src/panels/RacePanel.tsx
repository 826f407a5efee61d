/**
 * "Race": RNN, LSTM and GRU (or tanh / ReLU / sigmoid in the RNN) trained on the lesson at once, each
 * in its own worker, their smoothed losses drawn live in one chart, with what each predicts now.
 * Real training (the same worker code as Training); Start, Pause/Resume and Reset.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { create as createRaceChart } from '../charts/raceChart';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/useT';
import { contenders, RACE_LEG, RACE_MODES, type RaceMode, raceSetup } from '../race/contenders';
import { useLesson } from '../store';
import { createTrainingClient, spawnTrainingWorker, type TrainingClient } from '../worker/client';
import type { Progress, Reply } from '../worker/protocol';
import { Panel } from './Panel';
import './training.css';

type Status = 'idle' | 'running' | 'paused' | 'diverged' | 'error';
interface Lane {
  name: string;
  points: { x: number; y: number }[];
  iter: number;
  smooth: number | null;
  output: string | null;
  status: Status;
}

const emptyLane = (name: string): Lane => ({
  name,
  points: [],
  iter: 0,
  smooth: null,
  output: null,
  status: 'idle',
});

export function RacePanel() {
  const t = useT();
  const modeId = useId();
  const [mode, setMode] = useState<RaceMode>('cells');
  const config = useLesson((s) => s.config);
  const seq = useLesson((s) => s.seq);
  const [lanes, setLanes] = useState<Lane[]>(() => contenders(mode, config).map((c) => emptyLane(c.name)));
  const clients = useRef<TrainingClient[]>([]);
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof createRaceChart> | null>(null);

  const stopAll = () => {
    for (const c of clients.current) c.restart();
    clients.current = [];
  };
  // a new lesson or mode: the race starts over (the old workers are stopped)
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on these inputs only
  useEffect(() => {
    stopAll();
    setLanes(contenders(mode, config).map((c) => emptyLane(c.name)));
  }, [mode, config, seq]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: stop the workers on unmount only
  useEffect(() => () => stopAll(), []);

  useEffect(() => {
    if (!host.current) return;
    chart.current = createRaceChart(host.current, { xLabel: t('race.x'), yLabel: t('race.y') });
    return () => chart.current?.destroy();
  }, [t]);
  useEffect(() => {
    chart.current?.update(lanes.map((l) => ({ name: t(l.name as MessageKey), points: l.points })));
  }, [lanes, t]);

  const onReply = (k: number) => (r: Reply) => {
    const apply = (p: Progress, status: Status) =>
      setLanes((ls) =>
        ls.map((l, j) =>
          j !== k
            ? l
            : {
                ...l,
                points: [...l.points, ...p.points.map((q) => ({ x: q.x, y: q.smooth }))],
                iter: p.iter,
                smooth: p.smooth,
                output: p.probe?.[0]?.output ?? l.output,
                status,
              },
        ),
      );
    if (r.type === 'progress') apply(r.progress, 'running');
    else if (r.type === 'paused') apply(r.progress, 'paused');
    else if (r.type === 'stopped') apply(r.progress, r.reason === 'diverged' ? 'diverged' : 'paused');
    else setLanes((ls) => ls.map((l, j) => (j === k ? { ...l, status: 'error' } : l)));
  };

  const start = () => {
    stopAll();
    const cs = contenders(mode, config);
    setLanes(cs.map((c) => ({ ...emptyLane(c.name), status: 'running' })));
    clients.current = cs.map((c, k) => {
      const client = createTrainingClient(spawnTrainingWorker, onReply(k));
      client.send({ type: 'start', setup: raceSetup(c, config, seq) });
      return client;
    });
  };
  const running = lanes.some((l) => l.status === 'running');
  const started = clients.current.length > 0;
  const pause = () => {
    for (const c of clients.current) c.send({ type: 'pause' });
  };
  const resume = () => {
    for (const c of clients.current) c.send({ type: 'resume', pauseEvery: RACE_LEG });
    setLanes((ls) => ls.map((l) => (l.status === 'paused' ? { ...l, status: 'running' } : l)));
  };
  const reset = () => {
    stopAll();
    setLanes(contenders(mode, config).map((c) => emptyLane(c.name)));
  };

  return (
    <Panel id="race" title="race.heading" className="race-panel">
      <p className="race-note">{t('race.note', { n: RACE_LEG })}</p>
      <div className="race-controls">
        <label htmlFor={modeId}>{t('race.mode')}</label>
        <select id={modeId} value={mode} onChange={(e) => setMode(e.target.value as RaceMode)}>
          {RACE_MODES.map((m) => (
            <option key={m} value={m}>
              {t(`race.mode.${m}`)}
            </option>
          ))}
        </select>
        <button type="button" onClick={start}>
          {started ? t('race.restart') : t('race.start')}
        </button>
        <button type="button" onClick={running ? pause : resume} disabled={!started}>
          {running ? t('race.pause') : t('race.resume')}
        </button>
        <button type="button" onClick={reset} disabled={!started}>
          {t('race.reset')}
        </button>
      </div>
      <div ref={host} className="race-host" />
      <table className="race-table">
        <caption className="sr-only">{t('race.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('race.col.net')}</th>
            <th scope="col">{t('race.col.iter')}</th>
            <th scope="col">{t('race.col.loss')}</th>
            <th scope="col">{t('race.col.output')}</th>
          </tr>
        </thead>
        <tbody>
          {lanes.map((l) => (
            <tr key={l.name} data-status={l.status}>
              <th scope="row">{t(l.name as MessageKey)}</th>
              <td className="num">{l.iter.toLocaleString('en-US')}</td>
              <td className="num race-loss">{l.smooth === null ? '—' : l.smooth.toFixed(3)}</td>
              <td className="race-out">{l.status === 'diverged' ? t('race.diverged') : (l.output ?? '—')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}

/**
 * Notices a training worker that stopped answering: while a run is on, every reply is a heartbeat
 * (the worker posts progress after each slice of ~40 ms); no heartbeat for `timeoutMs` means it died
 * (terminated, closed itself, stuck in a loop). Before calling it dead the watchdog waits `graceMs`
 * more, so a page that was itself busy (a long task delays the timer and the queued replies alike)
 * gets to read the replies that were waiting.
 */
export const STALL_MS = 1800;
export const GRACE_MS = 150;

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Watchdog {
  /** A reply arrived (or a run started): the worker is alive. */
  beat(): void;
  /** No run to watch (paused, stopped, restarted). */
  stop(): void;
  watching(): boolean;
}

export function createWatchdog(
  onStall: () => void,
  timeoutMs = STALL_MS,
  graceMs = GRACE_MS,
  timers: Timers = globalThis as unknown as Timers,
): Watchdog {
  let handle: unknown = null;
  const clear = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
  };
  return {
    beat() {
      clear();
      handle = timers.setTimeout(() => {
        handle = timers.setTimeout(() => {
          handle = null;
          onStall();
        }, graceMs);
      }, timeoutMs);
    },
    stop: clear,
    watching: () => handle !== null,
  };
}

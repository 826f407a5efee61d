/**
 * The projector window and the presenter window in step (BroadcastChannel, same origin): each posts
 * its script state when it changes; the other adopts it and shows the same position. A window that
 * opens (or reloads) says hello and is answered with the current state, so it rejoins.
 */
import { applyPos } from './apply';
import { type ScriptState, selectScript, useScript } from './store';

const CHANNEL = 'unrolled.script';

type Shared = Pick<ScriptState, 'source' | 'custom' | 'pos' | 'votes' | 'startedAt'>;
type Message = { type: 'hello' } | ({ type: 'state' } & Shared);

const shared = (s: ScriptState): Shared => ({
  source: s.source,
  custom: s.custom,
  pos: s.pos,
  votes: s.votes,
  startedAt: s.startedAt,
});

export function startSync(): void {
  if (typeof BroadcastChannel === 'undefined') return; // one window: everything still works
  const channel = new BroadcastChannel(CHANNEL);
  let adopting = false;
  const post = () =>
    channel.postMessage({ type: 'state', ...shared(useScript.getState()) } satisfies Message);
  useScript.subscribe((s, p) => {
    if (adopting) return;
    if (s.source !== p.source || s.pos !== p.pos || s.votes !== p.votes || s.custom !== p.custom) post();
  });
  channel.onmessage = (e: MessageEvent<Message>) => {
    const msg = e.data;
    if (msg.type === 'hello') {
      if (useScript.getState().source) post();
      return;
    }
    const before = useScript.getState();
    adopting = true;
    try {
      const { type: _, ...next } = msg;
      useScript.setState(next);
      const script = selectScript(useScript.getState());
      const moved =
        before.source !== next.source || before.pos.stop !== next.pos.stop || before.pos.m !== next.pos.m;
      if (script && moved) applyPos(script, before.source === next.source ? before.pos : null, next.pos);
    } finally {
      adopting = false;
    }
  };
  channel.postMessage({ type: 'hello' } satisfies Message);
}

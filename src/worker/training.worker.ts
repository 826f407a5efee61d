/**
 * The training worker: requests come in as messages, training runs in slices of setup.sliceMs, and
 * between two slices the worker yields (a MessageChannel post, which unlike setTimeout is not clamped
 * to 4 ms) so a pause or stop request is handled before the next slice.
 */
import { createWorkerState, handleMessage, tick } from './handler';
import type { Reply, Request } from './protocol';

const scope = self as unknown as {
  postMessage(msg: Reply): void;
  onmessage: ((e: MessageEvent<Request>) => void) | null;
};
const state = createWorkerState();
const post = (reply: Reply) => scope.postMessage(reply);
const clock = () => performance.now();

let scheduled = false;
const channel = new MessageChannel();
channel.port1.onmessage = () => {
  scheduled = false;
  if (tick(state, post, clock)) schedule();
};
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  channel.port2.postMessage(null);
}

scope.onmessage = (e) => {
  handleMessage(state, e.data, post, clock);
  if (state.running) schedule();
};

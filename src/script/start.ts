/** Starts the script's link keys and the two-window sync; true when this window is the presenter view. */
import { startScriptLink } from './linkSync';
import { isPresenterHash } from './presenterWindow';
import { startSync } from './sync';

export function startScript(startHash: string): { presenter: boolean } {
  const presenter = isPresenterHash(startHash);
  startScriptLink(startHash, presenter);
  startSync();
  return { presenter };
}

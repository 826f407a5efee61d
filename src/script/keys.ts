/**
 * The clicker while a script is open: → / PageDown / Space forward, ← / PageUp back (one click of the
 * script), 1–4 vote while a question is asked. useKeyboard delegates to this before its own keys.
 */
import { selectPredicting, selectScript, useScript } from './store';

/** Handles a key for the open script; true when it did (the caller then prevents the default). */
export function handleScriptKey(e: KeyboardEvent): boolean {
  const s = useScript.getState();
  if (!selectScript(s)) return false;
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
      s.click(1);
      return true;
    case ' ':
      if (e.target instanceof HTMLButtonElement) return false; // Space activates the focused button
      s.click(1);
      return true;
    case 'ArrowLeft':
    case 'PageUp':
      s.click(-1);
      return true;
    case '1':
    case '2':
    case '3':
    case '4':
      if (!selectPredicting(s)) return false;
      s.vote(Number(e.key) - 1);
      return true;
    default:
      return false;
  }
}

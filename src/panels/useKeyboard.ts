import { useLayoutEffect } from 'react';
import { handleScriptKey } from '../script/keys';
import { useLesson } from '../store';

/** Where a key belongs to the field: text entry (not a closed select: see below). */
function isTyping(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName;
  if (tag === 'TEXTAREA') return true;
  if (tag !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'range', 'file', 'submit', 'reset'].includes(type);
}

/**
 * Lesson keys, clicker-safe: → / PageDown / Space step forward; ← / PageUp back; Home / End; P play/pause;
 * F presenter mode, Esc leaves it. A clicker sends these keys to whatever has focus — after a setting is
 * chosen from a select it keeps focus, and Chromium would let →/PageDown change its value. So on a
 * closed select (an open one takes the keys itself: the page never sees them) the lesson keys step the
 * lesson and the select's own action is prevented; ↑/↓ still change the value for keyboard users.
 * (Bubble phase on window: the select's default action comes after dispatch, so preventDefault here
 * still stops it; the step benchmark's capture listener sees the keydown before the step's DOM changes.)
 */
export function useKeyboard(): void {
  // a layout effect: the keys work from the first paint (a passive effect may run after the first key
  // presses — Chromium dispatches input before React's scheduled effects, and a teacher may press at once)
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      if (handleScriptKey(e)) return e.preventDefault(); // an open script takes over the clicker keys
      const s = useLesson.getState();
      if (s.view !== 'lesson') return;
      const isButton = e.target instanceof HTMLButtonElement;
      switch (e.key) {
        case 'ArrowRight':
        case 'PageDown':
          s.stepForward();
          break;
        case ' ':
          if (isButton) return; // Space activates the focused button instead
          s.stepForward();
          break;
        case 'ArrowLeft':
        case 'PageUp':
          s.stepBack();
          break;
        case 'Home':
          s.goToStart();
          break;
        case 'End':
          s.goToEnd();
          break;
        case 'p':
        case 'P':
          s.setPlaying(!s.playing);
          break;
        case 'f':
        case 'F':
          s.setPresenting(!s.presenting);
          break;
        case 'Escape':
          if (!s.presenting) return;
          s.setPresenting(false);
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

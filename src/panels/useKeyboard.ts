import { useEffect } from 'react';
import { handleScriptKey } from '../script/keys';
import { useLesson } from '../store';

function isTyping(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'range', 'file', 'submit', 'reset'].includes(type);
}

/** Lesson keys: → / PageDown / Space step forward; ← / PageUp back; Home / End; P play/pause. */
export function useKeyboard(): void {
  useEffect(() => {
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
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

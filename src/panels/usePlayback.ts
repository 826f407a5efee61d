import { useEffect } from 'react';
import { useLesson } from '../store';
import { momentCount } from '../store/cursor';

/** While playing, steps forward at `speed` moments per second and stops at the end of the pass. */
export function usePlayback(): void {
  const playing = useLesson((s) => s.playing);
  const speed = useLesson((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    const id = window.setInterval(() => {
      const s = useLesson.getState();
      const last = momentCount(s.config.cell, s.seq.inputs.length) - 1;
      if (s.cursor.index >= last) {
        s.setPlaying(false);
        return;
      }
      s.stepForward();
    }, 1000 / speed);
    return () => window.clearInterval(id);
  }, [playing, speed]);
}

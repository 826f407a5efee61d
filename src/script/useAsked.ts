/** The open stop's question, asked of the lesson state now shown (memoised on the trace). */
import { useMemo } from 'react';
import { useLesson } from '../store';
import type { LessonError } from '../store/lesson';
import { selectPass } from '../store/selectors';
import { type Asked, ask } from './questions';
import { selectScript, useScript } from './store';
import type { Question } from './types';

export const isAsked = (x: Asked | LessonError | null): x is Asked => x !== null && 'choices' in x;

export function useAsked(): { question: Question | null; asked: Asked | LessonError | null } {
  const question = useScript((s) => selectScript(s)?.stops[s.pos.stop]?.question ?? null);
  const pass = useLesson(selectPass);
  const after = useLesson((s) => s.passes[s.cursor.pass + 1] ?? null);
  const config = useLesson((s) => s.config);
  const seq = useLesson((s) => s.seq);
  const asked = useMemo(
    () => (question ? ask(question, { pass, config, seq, after }) : null),
    [question, pass, config, seq, after],
  );
  return { question, asked };
}

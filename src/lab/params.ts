/** Module-level selectors of the lab's settings (narrow subscriptions). */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ELU_ALPHA, LEAKY_SLOPE } from '../engine/activations';
import type { LessonState } from '../store';
import { useLesson } from '../store';
import type { FnParams } from './math/functions';

const selectParamParts = (s: LessonState) => ({
  leakyAlpha: s.lab.leakyAlpha,
  eluAlpha: s.lab.eluAlpha,
  slope: s.lab.slope,
  maxout: s.lab.maxout,
});

/** The function parameters (α, α, c, maxout's pieces), stable while none of them changes. */
export function useFnParams(): FnParams {
  const p = useLesson(useShallow(selectParamParts));
  return useMemo(
    () => ({ leakyAlpha: p.leakyAlpha, eluAlpha: p.eluAlpha, slope: p.slope, maxout: p.maxout }),
    [p.leakyAlpha, p.eluAlpha, p.slope, p.maxout],
  );
}

export const selectFns = (s: LessonState) => s.lab.fns;
export const selectXRange = (s: LessonState) => s.lab.xRange;

/** The engine's fixed parameters: what the RNN cell uses (α = 0.01, α = 1, c = 1). */
export const ENGINE_PARAMS: FnParams = {
  leakyAlpha: LEAKY_SLOPE,
  eluAlpha: ELU_ALPHA,
  slope: 1,
  maxout: { w1: 0, b1: 0, w2: 1, b2: 0 },
};

/** Activation lab slice (stub: being built). Its settings live in the URL via labToParams/labFromParams. */
import type { StateCreator } from 'zustand';

export interface LabSlice {
  lab: { ready: boolean };
}

export const createLabSlice: StateCreator<LabSlice, [], [], LabSlice> = () => ({ lab: { ready: true } });

/** URL parameters of the lab (keys must not clash with the lesson's: prefix them with "lab."). */
export function labToParams(_lab: LabSlice['lab']): Record<string, string> {
  return {};
}

/** Lab settings read from URL parameters; malformed keys are listed in `invalid`. */
export function labFromParams(_params: URLSearchParams): {
  lab: Partial<LabSlice['lab']>;
  invalid: string[];
} {
  return { lab: {}, invalid: [] };
}

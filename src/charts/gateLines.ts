/**
 * The gates' means over units against t (one line per gate on a linear axis −1..1), so a class can point
 * at "the forget gate is open here". Drawn by the step-lines chart of flowChart.ts.
 */
import type { Block, CellType } from '../engine/model';
import { blockOf, type Trace } from '../engine/trace';
import {
  createStepLines,
  type MarkerShape,
  type StepLinesChart,
  type StepLinesOptions,
  type YAxis,
} from './flowChart';

/** The gates of a cell in the order of its equations (none for the vanilla RNN). */
export const GATES: Record<CellType, readonly Block[]> = {
  rnn: [],
  lstm: ['f', 'i', 'o', 'g'],
  gru: ['z', 'r', 'g'],
};

/** Whether a gate is a sigmoid (0..1); g is a tanh candidate (−1..1). */
export const isSigmoidGate = (g: Block) => g !== 'g';

/** Okabe–Ito colours (colour-blind safe), a dash pattern and a marker per gate, so lines differ in three ways. */
export const GATE_STYLE: Record<string, { color: string; dash?: string; marker: MarkerShape }> = {
  f: { color: '#0072b2', marker: 'circle' },
  z: { color: '#0072b2', marker: 'circle' },
  i: { color: '#d55e00', dash: '7 4', marker: 'square' },
  r: { color: '#d55e00', dash: '7 4', marker: 'square' },
  o: { color: '#009e73', dash: '2 3', marker: 'triangle' },
  g: { color: '#cc79a7', dash: '9 3 2 3', marker: 'diamond' },
};

/** Linear axis of the means: −1..1 with a zero line (g can be negative; σ gates lie in 0..1). */
export const GATE_AXIS: YAxis = { kind: 'linear', lo: -1, hi: 1, ticks: [-1, -0.5, 0, 0.5, 1] };

/** Mean over units of each gate's activation at every step: means[gate][t − 1]. */
export function gateMeans(trace: Trace): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  const H = trace.model.hiddenSize;
  for (const g of GATES[trace.model.cell]) {
    out[g] = trace.forward.map((f) => {
      const a = blockOf(f.act, g);
      let s = 0;
      for (let j = 0; j < H; j++) s += a[j];
      return s / H;
    });
  }
  return out;
}

/** A mean series shown up to `reached` steps (later steps are NaN: not drawn). */
export function revealed(values: readonly number[], reached: number): number[] {
  return values.map((v, k) => (k < reached ? v : Number.NaN));
}

export function createGateLines(el: HTMLElement, opts: StepLinesOptions): StepLinesChart {
  return createStepLines(el, opts);
}

/**
 * Quantities derived from traces, computed once per trace (memoised by object identity) so that
 * moving the cursor never recomputes them.
 */
import { type GradientFlow, gradientFlow } from '../engine/gradientFlow';
import { initModel } from '../engine/init';
import { CELL_TYPES, type CellType } from '../engine/model';
import { buildTrace, type Trace } from '../engine/trace';
import type { Config } from './config';
import { initOptions, type Sequence } from './lesson';

const flows = new WeakMap<Trace, GradientFlow>();

/** The gradient-flow curves of a trace (memoised). */
export function flowOf(trace: Trace): GradientFlow {
  let f = flows.get(trace);
  if (!f) {
    f = gradientFlow(trace);
    flows.set(trace, f);
  }
  return f;
}

export type CompareFlows = Record<CellType, { trace: Trace; flow: GradientFlow }>;

let compareMemo: { key: string; seq: Sequence; value: CompareFlows } | null = null;

/**
 * RNN, LSTM and GRU on the same input with the same seed, hidden size and initial state, freshly
 * initialised (pass 0), for the compare mode of the gradient-flow chart (memoised on those settings).
 */
export function compareFlows(config: Config, seq: Sequence): CompareFlows {
  const key = JSON.stringify([config.seed, config.hidden, config.h0, config.activation, initOptions(config)]);
  if (compareMemo && compareMemo.key === key && compareMemo.seq === seq) return compareMemo.value;
  const value = {} as CompareFlows;
  for (const cell of CELL_TYPES) {
    const model = initModel({
      cell,
      activation: config.activation,
      vocab: seq.vocab,
      hiddenSize: config.hidden,
      seed: config.seed,
      initialState: config.h0,
      ...initOptions(config),
    });
    const trace = buildTrace(model, seq.inputs, seq.targets);
    value[cell] = { trace, flow: gradientFlow(trace) };
  }
  compareMemo = { key, seq, value };
  return value;
}

/**
 * Quantities derived from traces, computed once per trace (memoised by object identity) so that
 * moving the cursor never recomputes them. The gradient flow of a long trace takes hundreds of ms, so
 * panels ask for it in the background (`requestFlow`) and show the previous one meanwhile.
 */
import { type GradientFlow, gradientFlow, gradientFlowSteps } from '../engine/gradientFlow';
import { initModel } from '../engine/init';
import { CELL_TYPES, type CellType } from '../engine/model';
import { buildTrace, type Trace } from '../engine/trace';
import { runSliced } from './background';
import type { Config } from './config';
import { initOptions, type Sequence } from './lesson';
import { traceMemo } from './traceMemo';

const flows = traceMemo<GradientFlow>(1);

/** The gradient-flow curves of a trace (memoised; computed at once). */
export function flowOf(trace: Trace): GradientFlow {
  return flows.get(trace, 'flow', () => gradientFlow(trace));
}

/** The flow of a trace if it is already known. */
export function peekFlow(trace: Trace): GradientFlow | undefined {
  return flows.peek(trace, 'flow');
}

/** Computes the flow of a trace in short slices, then calls `done` (at once if known); returns a cancel. */
export function requestFlow(trace: Trace, done: (flow: GradientFlow) => void): () => void {
  const known = flows.peek(trace, 'flow');
  if (known) {
    done(known);
    return () => {};
  }
  return runSliced(gradientFlowSteps(trace), (flow) => {
    flows.set(trace, 'flow', flow);
    done(flow);
  });
}

export type CompareFlows = Record<CellType, { trace: Trace; flow: GradientFlow }>;

let compareMemo: { key: string; seq: Sequence; value: CompareFlows } | null = null;

const compareKey = (config: Config) =>
  JSON.stringify([config.seed, config.hidden, config.h0, config.activation, initOptions(config)]);

function* compareSteps(config: Config, seq: Sequence): Generator<unknown, CompareFlows, void> {
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
    yield cell;
    const trace = buildTrace(model, seq.inputs, seq.targets);
    const flow = yield* gradientFlowSteps(trace);
    value[cell] = { trace, flow };
  }
  return value;
}

/**
 * RNN, LSTM and GRU on the same input with the same seed, hidden size and initial state, freshly
 * initialised (pass 0), for the compare mode of the gradient-flow chart (memoised on those settings).
 */
export function compareFlows(config: Config, seq: Sequence): CompareFlows {
  const key = compareKey(config);
  if (compareMemo && compareMemo.key === key && compareMemo.seq === seq) return compareMemo.value;
  const steps = compareSteps(config, seq);
  let r = steps.next();
  while (!r.done) r = steps.next();
  compareMemo = { key, seq, value: r.value };
  return r.value;
}

/** compareFlows in short slices (at once if memoised); returns a cancel. */
export function requestCompare(config: Config, seq: Sequence, done: (f: CompareFlows) => void): () => void {
  const key = compareKey(config);
  if (compareMemo && compareMemo.key === key && compareMemo.seq === seq) {
    done(compareMemo.value);
    return () => {};
  }
  return runSliced(compareSteps(config, seq), (value) => {
    compareMemo = { key, seq, value };
    done(value);
  });
}

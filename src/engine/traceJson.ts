/**
 * A trace as the plain JSON object that `npm run trace` prints (docs/model-format.md): characters
 * instead of vocabulary indices, matrices as arrays of rows, every number at full float64 precision.
 */
import { gradientFlow } from './gradientFlow';
import { BLOCKS, EngineError, type Model } from './model';
import { weightsToJson } from './modelFile';
import { encode, showChar, splitChars } from './text';
import { type BlockVectors, buildTrace, type Trace } from './trace';

export interface TraceStepJson {
  t: number;
  input: string | null;
  target: string | null;
  h: number[];
  c?: number[];
  gates?: Record<string, number[]>;
  y: number[];
  p: number[];
  loss: number;
  dh: number[];
  dc?: number[];
}

/** The gradient-flow chart's three curves, t = 1..T (docs/model-format.md, `--flow`). */
export interface FlowJson {
  /** ‖dL/dh_t‖₂ of the total loss. */
  dh: number[];
  /** ‖∂L_T/∂h_t‖₂: the last step's loss alone (the last step that has a target). */
  lastLoss: number[];
  /** σ_max(∂h_t/∂h_{t−1}) along the trace (x_t fixed; LSTM: c_{t−1} held fixed). */
  jacobian: number[];
}

export interface TraceJson {
  cell: Model['cell'];
  loss: number;
  steps: TraceStepJson[];
  grads: Record<string, number[] | number[][]>;
  dh0: number[];
  dc0?: number[];
  flow?: FlowJson;
}

/** The gradient-flow curves of a trace, from the same code the chart plots (gradientFlow.ts). */
export function flowToJson(trace: Trace): FlowJson {
  const f = gradientFlow(trace);
  return {
    dh: vec(Float64Array.from(f.dhNorm), 'flow dh'),
    lastLoss: vec(Float64Array.from(f.lastLossNorm), 'flow lastLoss'),
    jacobian: vec(Float64Array.from(f.jacobianNorm), 'flow jacobian'),
  };
}

/** The vector as a plain array; throws if the numbers overflowed (JSON would print null). */
function vec(v: Float64Array | null | undefined, where: string): number[] {
  const out = Array.from(v ?? []);
  if (!out.every(Number.isFinite)) {
    throw new EngineError(`${where} is not finite: the model's numbers overflow (try smaller weights)`);
  }
  return out;
}

/** Converts a trace to its JSON form (keys in the documented order). */
export function traceToJson(trace: Trace): TraceJson {
  const { model } = trace;
  const lstm = model.cell === 'lstm';
  const steps = trace.forward.map((f, k): TraceStepJson => {
    const b = trace.backward[k];
    const at = `step ${f.t}`;
    let gates: Record<string, number[]> | undefined;
    if (model.cell !== 'rnn') {
      gates = {};
      const act: BlockVectors = f.act;
      for (const g of BLOCKS[model.cell]) gates[g] = vec(act[g], `${at} gate ${g}`);
    }
    return {
      t: f.t,
      input: f.input === null ? null : model.vocab[f.input],
      target: f.target === null ? null : model.vocab[f.target],
      h: vec(f.h, `${at} h`),
      ...(lstm ? { c: vec(f.c, `${at} c`) } : {}),
      ...(gates ? { gates } : {}),
      y: vec(f.y, `${at} y`),
      p: vec(f.p, `${at} p`),
      loss: f.loss,
      dh: vec(b.dh, `${at} dh`),
      ...(lstm ? { dc: vec(b.dc, `${at} dc`) } : {}),
    };
  });
  if (!Number.isFinite(trace.loss))
    throw new EngineError("the loss is not finite: the model's numbers overflow");
  const grads = weightsToJson(model, trace.grads);
  for (const [name, g] of Object.entries(trace.grads)) vec(g, `the gradient of ${name}`);
  const out: TraceJson = { cell: model.cell, loss: trace.loss, steps, grads, dh0: vec(trace.dh0, 'dh0') };
  if (lstm) out.dc0 = vec(trace.dc0, 'dc0');
  return out;
}

/**
 * The trace of a text under a model, as the CLI defines it: with no target text, inputs are the
 * text's code points 1..n−1 and targets 2..n; with a target text, both must have the same length.
 * Throws EngineError for an empty input, no steps, a length mismatch or an unknown character.
 * With `flow`, the JSON also has the gradient-flow curves (key `flow`).
 */
export function traceText(model: Model, input: string, target?: string, flow = false): TraceJson {
  const chars = splitChars(input);
  if (chars.length === 0) throw new EngineError('input is empty');
  let inputs: number[];
  let targets: number[];
  if (target === undefined) {
    if (chars.length < 2) {
      const ch = showChar(chars[0]);
      throw new EngineError(
        `input '${ch}' gives fewer than one step: with no target it needs at least 2 characters`,
      );
    }
    const ix = encode(chars, model.vocab, 'input');
    inputs = ix.slice(0, -1);
    targets = ix.slice(1);
  } else {
    const tchars = splitChars(target);
    if (tchars.length !== chars.length) {
      throw new EngineError(
        `length mismatch: input has ${chars.length} characters but target has ${tchars.length}`,
      );
    }
    inputs = encode(chars, model.vocab, 'input');
    targets = encode(tchars, model.vocab, 'target');
  }
  const trace = buildTrace(model, inputs, targets);
  const json = traceToJson(trace);
  if (flow) json.flow = flowToJson(trace);
  return json;
}

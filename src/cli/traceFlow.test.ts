import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jacobianMatrix } from '../engine/gradientFlow';
import type { Model } from '../engine/model';
import { serializeModel } from '../engine/modelFile';
import { jacobiSingularValues, randomModel, relError } from '../engine/testing';
import { buildTrace, type Trace } from '../engine/trace';
import type { TraceJson } from '../engine/traceJson';
import { runTrace } from './trace';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'unrolled-flow-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Relative error with no absolute floor: the norms here go down to 1e-73 and below. */
const rel = (a: number, b: number) => relError(a, b, 1e-300);

function writeModel(name: string, model: Model): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(serializeModel(model)));
  return path;
}

/** A text of n characters over the model's vocabulary, from a fixed pattern. */
const textOf = (model: Model, n: number) =>
  Array.from({ length: n }, (_, k) => model.vocab[(k * 7 + (k >> 2)) % model.vocab.length]).join('');

function traceOf(model: Model, text: string): Trace {
  const ix = Array.from(text, (c) => model.vocab.indexOf(c));
  return buildTrace(model, ix.slice(0, -1), ix.slice(1));
}

/** The vanilla RNN's Jacobian diag(1 − h_t²) Whh written out from the forward trace (tanh). */
function rnnJacobian(trace: Trace, t: number): Float64Array {
  const H = trace.model.hiddenSize;
  const h = trace.forward[t - 1].h;
  const W = trace.model.weights.Whh;
  return W.map((w, k) => (1 - h[Math.floor(k / H)] ** 2) * w);
}

/**
 * Oracle for dh and lastLoss by products of explicit Jacobians: g_t = Whyᵀ dy_t + J_{t+1}ᵀ g_{t+1}
 * (total), and the same with only dy_T (last loss). Valid for cells whose state is h alone.
 */
function oracle(trace: Trace, jac: (t: number) => Float64Array) {
  const { model, T } = trace;
  const H = model.hiddenSize;
  const whyT = (dy: Float64Array) =>
    Float64Array.from({ length: H }, (_, j) =>
      dy.reduce((s, d, r) => s + d * model.weights.Why[r * H + j], 0),
    );
  const total: number[] = new Array(T);
  const last: number[] = new Array(T);
  let g = new Float64Array(H);
  let gl = whyT(trace.backward[T - 1].dy);
  for (let t = T; t >= 1; t--) {
    const own = whyT(trace.backward[t - 1].dy);
    g = g.map((x, j) => x + own[j]);
    total[t - 1] = Math.hypot(...g);
    last[t - 1] = Math.hypot(...gl);
    const J = jac(t);
    const back = (v: Float64Array) =>
      Float64Array.from({ length: H }, (_, j) => v.reduce((s, x, i) => s + x * J[i * H + j], 0));
    g = back(g);
    gl = back(gl);
  }
  return { total, last };
}

function runFlow(path: string, input: string): TraceJson {
  const r = runTrace(['--model', path, '--input', input, '--flow']);
  if (r.code !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as TraceJson;
}

describe('trace --flow: the gradient-flow curves', () => {
  it('a 200-step tanh RNN: dh and lastLoss equal Jacobian products to 1e-9 even below 1e-73', () => {
    const model = randomModel('rnn', 5, 6, 12, 0.22);
    const path = writeModel('rnn200', model);
    const text = textOf(model, 201);
    const out = runFlow(path, text);
    const trace = traceOf(model, text);
    const want = oracle(trace, (t) => rnnJacobian(trace, t));
    const flow = out.flow as NonNullable<TraceJson['flow']>;
    expect([flow.dh.length, flow.lastLoss.length, flow.jacobian.length]).toEqual([200, 200, 200]);
    expect(Math.min(...flow.lastLoss)).toBeLessThan(1e-73);
    expect(Math.min(...flow.lastLoss)).toBeGreaterThan(1e-300);
    for (let t = 1; t <= 200; t++) {
      expect(rel(flow.dh[t - 1], want.total[t - 1])).toBeLessThan(1e-9);
      expect(rel(flow.lastLoss[t - 1], want.last[t - 1])).toBeLessThan(1e-9);
      const sigma = jacobiSingularValues(rnnJacobian(trace, t), 6, 6)[0];
      expect(rel(flow.jacobian[t - 1], sigma)).toBeLessThan(1e-12);
    }
  });

  it('a 200-step GRU: the same curves from Jacobian products (lastLoss falls below 1e-73)', () => {
    const model = randomModel('gru', 4, 5, 8, 0.9);
    model.weights.bh_z.fill(-4); // update gate nearly closed on the old state: the signal fades
    const path = writeModel('gru200', model);
    const text = textOf(model, 201);
    const flow = runFlow(path, text).flow as NonNullable<TraceJson['flow']>;
    const trace = traceOf(model, text);
    const want = oracle(trace, (t) => jacobianMatrix(trace, t));
    expect(Math.min(...flow.lastLoss)).toBeLessThan(1e-73);
    for (let t = 1; t <= 200; t++) {
      expect(rel(flow.dh[t - 1], want.total[t - 1])).toBeLessThan(1e-9);
      expect(rel(flow.lastLoss[t - 1], want.last[t - 1])).toBeLessThan(1e-9);
      expect(rel(flow.jacobian[t - 1], jacobiSingularValues(jacobianMatrix(trace, t), 5, 5)[0])).toBeLessThan(
        1e-12,
      );
    }
  });

  it('an LSTM: at the last step lastLoss equals dh, and the Jacobian holds c_{t−1} fixed', () => {
    const model = randomModel('lstm', 4, 3, 2, 0.7);
    const text = textOf(model, 12);
    const flow = runFlow(writeModel('lstm', model), text).flow as NonNullable<TraceJson['flow']>;
    const trace = traceOf(model, text);
    expect(rel(flow.lastLoss[10], flow.dh[10])).toBeLessThan(1e-15);
    expect(flow.lastLoss[3]).toBeLessThan(flow.dh[3]);
    expect(rel(flow.jacobian[4], jacobiSingularValues(jacobianMatrix(trace, 5), 3, 3)[0])).toBeLessThan(
      1e-12,
    );
  });

  it('without --flow there is no flow key; the separate process prints it with --flow', async () => {
    const model = randomModel('rnn', 3, 2, 4);
    const path = writeModel('small', model);
    expect(
      JSON.parse((runTrace(['--model', path, '--input', 'abca']) as { stdout: string }).stdout),
    ).not.toHaveProperty('flow');
    const r = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn(TSX, ['src/cli/trace.ts', '--model', path, '--input', 'abca', '--flow'], {
        cwd: ROOT,
      });
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout }));
    });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as TraceJson;
    expect(Object.keys(out.flow ?? {})).toEqual(['dh', 'lastLoss', 'jacobian']);
    expect(out.flow?.dh).toHaveLength(3);
    expect(rel(out.flow?.dh[0] ?? 0, Math.hypot(...out.steps[0].dh))).toBeLessThan(1e-15);
  }, 60_000);

  it('--flow=1 is refused: the flag takes no value', () => {
    const r = runTrace(['--model', 'x.json', '--input', 'ab', '--flow=1']);
    expect(r).toEqual({ code: 2, stderr: 'option --flow does not take a value\n' });
  });
});

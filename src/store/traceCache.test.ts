import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './config';
import { buildSequence, firstPass, nextPass, type Pass, type Sequence } from './lesson';
import { setTraceMemory, TRACE_MEMORY, traceBytes, traceCacheStats } from './traceCache';

const config = {
  ...DEFAULT_CONFIG,
  cell: 'lstm' as const,
  hidden: 16,
  input: 'the quick brown fox jumps',
  target: '',
};
const seq = buildSequence(config, null) as Sequence;

function passes(n: number): Pass[] {
  const out = [firstPass(config, seq, null)];
  while (out.length < n) out.push(nextPass(out[out.length - 1], config, seq) as Pass);
  return out;
}

afterEach(() => setTraceMemory(TRACE_MEMORY));

describe('the trace cache', () => {
  it('keeps the traces it holds within its budget, whatever number of passes is kept', () => {
    const one = traceBytes(firstPass(config, seq, null).trace);
    setTraceMemory(3 * one + 1);
    const ps = passes(12);
    const s = traceCacheStats();
    expect(s.heldBytes).toBeLessThanOrEqual(3 * one + 1);
    expect(s.held).toBe(3);
    expect(ps).toHaveLength(12);
  });

  it('rebuilds a dropped trace with the same float64 numbers, bit for bit (same runtime)', () => {
    const ps = passes(6);
    const before = ps.map((p) => ({
      loss: p.trace.loss,
      h: p.trace.forward.map((f) => Array.from(f.h)),
      dWhh: Array.from(p.trace.grads.Whh_f),
    }));
    expect(before[0].dWhh).toHaveLength(16 * 16);
    const nextBefore = (nextPass(ps[5], config, seq) as Pass).trace.loss;
    const rebuilt0 = traceCacheStats().rebuilds;
    setTraceMemory(0); // drops every trace
    expect(traceCacheStats().held).toBe(0);
    setTraceMemory(TRACE_MEMORY);
    const after = ps.map((p) => ({
      loss: p.trace.loss,
      h: p.trace.forward.map((f) => Array.from(f.h)),
      dWhh: Array.from(p.trace.grads.Whh_f),
    }));
    expect(traceCacheStats().rebuilds - rebuilt0).toBe(6);
    expect(after).toEqual(before);
    // the update after a rebuilt trace is the same update
    expect((nextPass(ps[5], config, seq) as Pass).trace.loss).toBe(nextBefore);
    expect(after[5].loss).toBeLessThan(after[0].loss);
  });

  it('does not rebuild a trace that is read again while held', () => {
    const [p0] = passes(1);
    const t = p0.trace;
    const r = traceCacheStats().rebuilds;
    expect(p0.trace).toBe(t);
    expect(traceCacheStats().rebuilds).toBe(r);
  });
});

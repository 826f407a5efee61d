import { describe, expect, it } from 'vitest';
import { atEnd, back, enter, forward, hashAt, nextStop, prevStop, stopSpan } from './clicks';
import type { Pos, Script } from './types';

const script: Script = {
  title: 'test',
  stops: [
    { title: 'a', notes: '', hash: '#m=3', range: [3, 5] },
    { title: 'b', notes: '', hash: '#m=7' },
    { title: 'c', notes: '', hash: '#m=0', range: [2, 4], question: { kind: 'lossDown' } },
  ],
};

/** Every position from the first click to the last, following forward (or back) until it stays. */
function walk(step: (s: Script, p: Pos) => Pos, from: Pos): Pos[] {
  const out = [from];
  for (let k = 0; k < 50; k++) {
    const next = step(script, out[out.length - 1]);
    if (next === out[out.length - 1]) break;
    out.push(next);
  }
  return out;
}

describe('clicker semantics over stops and ranges', () => {
  it('a stop without a range is the single moment of its hash', () => {
    expect(stopSpan(script.stops[1])).toEqual({ a: 7, b: 7 });
    expect(stopSpan({ title: 'x', notes: '', hash: '#cell=rnn' })).toEqual({ a: 0, b: 0 });
  });

  it('forward clicks step through each range, then open the next stop; a question is revealed at its last moment', () => {
    const path = walk(forward, enter(script, 0)).map((p) => `${p.stop}:${p.m}${p.revealed ? '' : '?'}`);
    expect(path).toEqual(['0:3', '0:4', '0:5', '1:7', '2:2?', '2:4']);
  });

  it('back clicks retrace the same positions in reverse, entering the previous stop at its last moment', () => {
    const last = walk(forward, enter(script, 0)).at(-1) as Pos;
    const path = walk(back, last).map((p) => `${p.stop}:${p.m}${p.revealed ? '' : '?'}`);
    expect(path).toEqual(['2:4', '2:2?', '1:7', '0:5', '0:4', '0:3']);
  });

  it('stays at the first stop going back and at the last stop going forward', () => {
    const first = enter(script, 0);
    expect(back(script, first)).toBe(first);
    const end = { stop: 2, m: 4, revealed: true };
    expect(forward(script, end)).toBe(end);
    expect(atEnd(script, end)).toBe(true);
    expect(atEnd(script, first)).toBe(false);
  });

  it('next and previous stop jump to whole stops', () => {
    expect(nextStop(script, { stop: 0, m: 4, revealed: true })).toEqual({ stop: 1, m: 7, revealed: true });
    expect(nextStop(script, { stop: 2, m: 2, revealed: false })).toEqual({ stop: 2, m: 2, revealed: false });
    expect(prevStop(script, { stop: 2, m: 4, revealed: true })).toEqual({ stop: 1, m: 7, revealed: true });
    expect(prevStop(script, { stop: 0, m: 5, revealed: true })).toEqual({ stop: 0, m: 3, revealed: true });
  });

  it('hashAt replaces only the moment of a stop hash', () => {
    expect(hashAt({ title: 'x', notes: '', hash: '#cell=lstm&pass=1&m=3' }, 9)).toBe('#cell=lstm&pass=1&m=9');
  });
});

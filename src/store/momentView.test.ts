import { describe, expect, it } from 'vitest';
import { indexOf, momentAt } from './cursor';
import { cursorStep, reachedSteps } from './momentView';

describe('the moment view', () => {
  it('counts the steps a sub-step has reached: during forward up to the cursor, all of them afterwards', () => {
    const T = 4;
    const at = (phase: 'forward', t: number, sub: 'h' | 'y') =>
      momentAt('rnn', T, indexOf('rnn', T, { phase, t, sub }));
    expect(reachedSteps('rnn', T, at('forward', 1, 'h'), 'h')).toBe(1);
    expect(reachedSteps('rnn', T, at('forward', 1, 'h'), 'y')).toBe(0); // y of step 1 comes after h
    expect(reachedSteps('rnn', T, at('forward', 3, 'y'), 'y')).toBe(3);
    expect(reachedSteps('rnn', T, { phase: 'total' }, 'p')).toBe(T);
    expect(reachedSteps('lstm', T, { phase: 'backward', t: 2, sub: 'dh' }, 'c')).toBe(T);
  });
  it('names the cursor step in forward and backward, none at the total and the update', () => {
    expect(cursorStep({ phase: 'forward', t: 2, sub: 'a' })).toBe(2);
    expect(cursorStep({ phase: 'backward', t: 3, sub: 'dW' })).toBe(3);
    expect(cursorStep({ phase: 'total' })).toBeNull();
    expect(cursorStep({ phase: 'update' })).toBeNull();
  });
});

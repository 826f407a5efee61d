import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB, labFromParams, labToParams, patchLab } from '../store/labSlice';

const LESSON_KEYS = ['in', 'tg', 'cell', 'act', 'H', 'seed', 'h0', 'lr', 'opt', 'pass', 'm', 'view'];

describe('lab settings in the URL', () => {
  it('the defaults write no parameters', () => {
    expect(labToParams(DEFAULT_LAB)).toEqual({});
  });

  it('every setting round-trips through the URL', () => {
    const lab = patchLab(DEFAULT_LAB, {
      fns: ['maxout', 'sigmoid', 'gelu'],
      leakyAlpha: 0.1,
      eluAlpha: 2,
      slope: 1.2,
      maxout: { w1: 0, b1: 0.25, w2: -1, b2: 1 },
      xRange: 7.5,
      depth: 12,
      sigma: 2,
      step: 31,
      rnnAct: 'elu',
      allSteps: true,
    });
    const params = new URLSearchParams(labToParams(lab));
    expect(labFromParams(params)).toEqual({ lab, invalid: [] });
  });

  it('every key is prefixed "lab." and none clashes with the lesson’s keys', () => {
    const lab = patchLab(DEFAULT_LAB, { fns: [], leakyAlpha: 0.2, depth: 5, rnnAct: 'tanh', allSteps: true });
    for (const k of Object.keys(labToParams(lab))) {
      expect(k.startsWith('lab.')).toBe(true);
      expect(LESSON_KEYS).not.toContain(k);
    }
  });

  it('no curve selected is written as "none" and read back as an empty selection', () => {
    const params = new URLSearchParams(labToParams(patchLab(DEFAULT_LAB, { fns: [] })));
    expect(params.get('lab.fn')).toBe('none');
    expect(labFromParams(params).lab.fns).toEqual([]);
  });

  it('malformed or out-of-range values are reported and replaced by the defaults', () => {
    const { lab, invalid } = labFromParams(
      new URLSearchParams(
        'lab.fn=relu.swish&lab.N=21&lab.leaky=abc&lab.w1=0.5&lab.rnn=maxout&lab.all=yes&lab.step=2.5',
      ),
    );
    expect(invalid.sort()).toEqual(['lab.N', 'lab.all', 'lab.fn', 'lab.leaky', 'lab.rnn', 'lab.step']);
    expect(lab.depth).toBe(DEFAULT_LAB.depth);
    expect(lab.fns).toEqual(DEFAULT_LAB.fns);
    expect(lab.maxout?.w1).toBe(0.5);
  });

  it('absent keys read as the defaults, so a link means the same whatever was open before', () => {
    expect(labFromParams(new URLSearchParams('cell=lstm'))).toEqual({ lab: DEFAULT_LAB, invalid: [] });
  });
});

describe('patchLab', () => {
  it('clamps numbers into their limits, rounds integer settings and keeps the curve order', () => {
    const lab = patchLab(DEFAULT_LAB, {
      depth: 25.4,
      step: -3,
      leakyAlpha: 9,
      maxout: { w2: -7 },
      fns: ['gelu', 'relu', 'sigmoid'],
    });
    expect(lab.depth).toBe(20);
    expect(lab.step).toBe(0);
    expect(lab.leakyAlpha).toBe(0.5);
    expect(lab.maxout).toEqual({ ...DEFAULT_LAB.maxout, w2: -2 });
    expect(lab.fns).toEqual(['sigmoid', 'relu', 'gelu']);
  });

  it('ignores a non-finite number (a half-typed value) and keeps the old one', () => {
    expect(patchLab(DEFAULT_LAB, { slope: Number.NaN }).slope).toBe(DEFAULT_LAB.slope);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { initModel } from '../engine/init';
import type { CellType } from '../engine/model';
import { buildTrace } from '../engine/trace';
import { fmt, norm } from '../format';
import { indexOf, type Moment, momentAt } from '../store/cursor';
import {
  arrowPath,
  columnState,
  columnX,
  create,
  dhNorms,
  type LayoutInput,
  layoutNetwork,
  type NetworkLabels,
  scaleWidths,
  scrollFor,
  valueMax,
} from './network';

const hello = (cell: CellType = 'rnn') =>
  buildTrace(
    initModel({ cell, vocab: ['h', 'e', 'l', 'o'], hiddenSize: 3, seed: 27, initialState: 'random' }),
    [0, 1, 2, 2],
    [1, 2, 2, 3],
  );

const base: LayoutInput = { T: 4, H: 3, V: 4, cell: 'rnn', avail: 870, font: 14, valueW: 46 };

describe('layoutNetwork', () => {
  it('fits the hello example without scrolling, with values, one-hot squares and vocabulary labels', () => {
    const L = layoutNetwork(base);
    expect(L.scroll).toBe(false);
    expect(L.width).toBeLessThanOrEqual(base.avail);
    expect(L.showValues && L.showOneHot && L.showVocab).toBe(true);
  });

  it('with less air between the rows (presenter mode) is shorter, keeps the row order and a line per text row', () => {
    for (const cell of ['rnn', 'lstm', 'gru'] as const) {
      const full = layoutNetwork({ ...base, cell, font: 24 });
      const tight = layoutNetwork({ ...base, cell, font: 24, rowAir: 0.4 });
      expect(tight.height).toBeLessThan(full.height - 2 * 24);
      // consecutive text rows stay a line apart
      for (const [a, b] of [
        [tight.y.target, tight.y.pick],
        [tight.y.pick, tight.y.loss],
        [tight.y.char, tight.y.tLabel],
      ])
        expect(b - a).toBeGreaterThanOrEqual(24);
      expect(tight.y.barsTop).toBeGreaterThan(tight.y.loss);
      // boxes keep their size: only the air between rows shrinks
      expect(tight.boxW).toBe(full.boxW);
      expect(tight.y.boxBottom - tight.y.unitsTop).toBe(full.y.boxBottom - full.y.unitsTop);
    }
  });

  it('stacks the rows from top to bottom without overlap', () => {
    for (const cell of ['rnn', 'lstm', 'gru'] as const) {
      const { y, height } = layoutNetwork({ ...base, cell });
      const order = [
        y.target,
        y.pick,
        y.loss,
        y.barsTop,
        y.barsMid,
        y.vocab,
        y.upYBottom,
        y.unitsTop,
        y.boxBottom,
        y.upXBottom,
        y.char,
        y.tLabel,
        height,
      ];
      for (let k = 1; k < order.length; k++) expect(order[k]).toBeGreaterThan(order[k - 1]);
      expect(y.chipsTop).toBeLessThanOrEqual(y.cTop);
      expect(y.cTop).toBeLessThanOrEqual(y.unitsTop);
    }
  });

  it('leaves a gap between neighbouring cell boxes wide enough for a ‖dh‖ label', () => {
    for (const T of [1, 4, 16, 200]) {
      const L = layoutNetwork({ ...base, T });
      expect(L.colW - L.boxW).toBeGreaterThanOrEqual(base.valueW);
      expect(columnX(L, 1) - columnX(L, 0)).toBeCloseTo(L.colW, 9);
      expect(columnX(L, 0) - L.boxW / 2).toBeGreaterThanOrEqual(0);
    }
  });

  it('keeps the minimum column width and scrolls for long sequences instead of shrinking the text', () => {
    const short = layoutNetwork({ ...base, T: 4 });
    const long = layoutNetwork({ ...base, T: 200 });
    expect(long.scroll).toBe(true);
    expect(long.font).toBe(14);
    expect(long.colW).toBe(long.boxW + long.gap);
    expect(long.colW).toBeLessThanOrEqual(short.colW);
    expect(long.width).toBeGreaterThan(200 * long.colW);
  });

  it('draws a compact strip without numbers above 8 units, and an index instead of one-hot above 8 characters', () => {
    const L = layoutNetwork({ ...base, H: 64, V: 30 });
    expect(L.showValues).toBe(false);
    expect(L.showOneHot).toBe(false);
    expect(L.showVocab).toBe(false);
    expect(64 * L.unitH).toBeLessThanOrEqual(Math.max(9 * base.font, 2 * 64));
  });

  it('makes the LSTM box wide enough for its four gate letters', () => {
    const L = layoutNetwork({ ...base, cell: 'lstm' });
    expect(4 * L.chipW + 3 * L.chipGap).toBeLessThanOrEqual(L.boxW - 2 * L.pad);
  });
});

describe('scrollFor', () => {
  it('leaves a visible column alone and centres one that is out of view (never below 0)', () => {
    expect(scrollFor(300, 50, 0, 800)).toBeNull();
    expect(scrollFor(2000, 50, 0, 800)).toBe(1600);
    expect(scrollFor(100, 50, 1000, 800)).toBe(0);
  });
});

describe('arrowPath', () => {
  it('starts at the tail, ends at the tip and is empty for a zero-length arrow', () => {
    const d = arrowPath(100, 50, 10, 50, 4);
    expect(d.startsWith('M100.0,')).toBe(true);
    expect(d).toContain('L10.0,50.0');
    expect(arrowPath(5, 5, 5, 5, 2)).toBe('');
  });
});

describe('scaleWidths', () => {
  it('maps the largest norm to 10 px, 0 to 1.5 px and others linearly (to 1e-12)', () => {
    const w = scaleWidths([0, 1, 2, 4]);
    expect(w[0]).toBeCloseTo(1.5, 12);
    expect(w[3]).toBeCloseTo(10, 12);
    expect(w[2]).toBeCloseTo(1.5 + 8.5 / 2, 12);
  });

  it('gives every arrow the thinnest width when all norms are 0', () => {
    expect(scaleWidths([0, 0, 0])).toEqual([1.5, 1.5, 1.5]);
  });
});

describe('trace measures', () => {
  it('the backward arrow out of step t carries what it passes back: ‖dh_{t−1}‖ from the future (to 1e-12)', () => {
    const tr = hello();
    const n = dhNorms(tr);
    for (let t = 2; t <= 4; t++) expect(n[t - 1]).toBeCloseTo(norm(tr.backward[t - 2].dhFromFuture), 12);
    expect(n[0]).toBeCloseTo(norm(tr.dh0), 12);
  });

  it('valueMax is at least 1 and covers every h_t and c_t', () => {
    const tr = hello('lstm');
    const m = valueMax(tr);
    expect(m).toBeGreaterThanOrEqual(1);
    for (const f of tr.forward)
      for (const x of [...f.h, ...(f.c ?? [])]) expect(Math.abs(x)).toBeLessThanOrEqual(m);
  });
});

describe('columnState', () => {
  const at = (cell: CellType, m: Moment) => (t: number) => columnState(cell, 4, m, t);

  it('in forward at t = 2, sub-step a: step 1 is complete, step 2 has its input and box, step 3 nothing', () => {
    const s = at('rnn', { phase: 'forward', t: 2, sub: 'a' });
    expect(s(1)).toMatchObject({ current: false, units: true, loss: true });
    expect(s(2)).toMatchObject({ current: true, input: true, box: true, units: false, emph: ['box'] });
    expect(s(3)).toMatchObject({ current: false, input: false, box: false, units: false });
  });

  it('in the LSTM at sub-step c the gates and c_t are computed but not h_t', () => {
    const s = at('lstm', { phase: 'forward', t: 1, sub: 'c' })(1);
    expect(s).toMatchObject({ chips: [true, true, true, true], c: true, units: false, emph: ['c'] });
    expect(at('lstm', { phase: 'forward', t: 1, sub: 'i' })(1).emph).toEqual(['chip:i']);
  });

  it('in backward at t = 3, dh: only step 4’s arrow points back; step 3’s appears at its dW sub-step, which computes it', () => {
    const s = at('rnn', { phase: 'backward', t: 3, sub: 'dh' });
    expect(s(4).back).toBe(true);
    expect(s(3)).toMatchObject({ back: false, down: true, current: true, emph: ['units'] });
    expect(at('rnn', { phase: 'backward', t: 3, sub: 'dW' })(3)).toMatchObject({
      back: true,
      emph: ['box', 'input', 'back'],
    });
    expect(s(2)).toMatchObject({ back: false, down: false, units: true });
  });

  it('emphasises every loss at the total and nothing at the update, where the whole net shows normally', () => {
    expect(at('gru', { phase: 'total' })(2)).toMatchObject({ current: false, emph: ['loss'], back: false });
    expect(at('gru', { phase: 'update' })(2)).toMatchObject({
      current: false,
      emph: [],
      back: false,
      units: true,
    });
  });
});

const labels: NetworkLabels = {
  aria: 'network',
  input: 'input',
  target: 'target',
  pick: 'pick',
  noTarget: 'no target',
  legend: 'value',
  right: 'right',
  wrong: 'wrong',
  backKey: 'back',
  backKeyShort: 'b',
};

describe('the network chart', () => {
  it('draws nothing before the layout is known, then h0 and one column per step, with the engine’s values, and moves the current column', () => {
    // a browser's ResizeObserver reports the host once it has been laid out (happy-dom has no layout)
    const observers: (() => void)[] = [];
    class FakeResizeObserver {
      constructor(private cb: () => void) {}
      observe() {
        observers.push(() => this.cb());
      }
      unobserve() {}
      disconnect() {}
    }
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const el = document.createElement('div');
    document.body.append(el);
    const trace = hello();
    const chart = create(el, { onHover: () => {}, onSelect: () => {} });
    vi.unstubAllGlobals();
    const view = (k: number) => ({
      trace,
      moment: momentAt('rnn', 4, k),
      cell: 'rnn' as const,
      T: 4,
      vocab: trace.model.vocab,
      hover: null,
      labels,
    });
    chart.update(view(indexOf('rnn', 4, { phase: 'forward', t: 1, sub: 'h' })));
    // reading the host's font and width now would force a layout of the page: it waits for the observer
    expect(el.querySelectorAll('g.net-col').length).toBe(0);
    for (const fire of observers) fire();
    const cols = el.querySelectorAll('g.net-col');
    expect(cols.length).toBe(5);
    expect([...el.querySelectorAll('.net-char')].map((n) => n.textContent)).toEqual(['h', 'e', 'l', 'l']);
    expect([...el.querySelectorAll('.net-target')].map((n) => n.textContent)).toEqual(['e', 'l', 'l', 'o']);
    const vals = [...el.querySelectorAll('g.net-col[data-t="1"] .net-val')].map((n) => n.textContent);
    expect(vals).toEqual(Array.from(trace.forward[0].h, (x) => fmt(x, 3)));
    expect(el.querySelector('g.net-col[data-current="true"]')?.getAttribute('data-t')).toBe('1');
    // not computed yet: no numbers in step 2
    expect(
      [...el.querySelectorAll('g.net-col[data-t="2"] .net-val')].every((n) => n.textContent === ''),
    ).toBe(true);
    chart.update(view(indexOf('rnn', 4, { phase: 'forward', t: 3, sub: 'x' })));
    expect(el.querySelector('g.net-col[data-current="true"]')?.getAttribute('data-t')).toBe('3');
    expect(el.querySelectorAll('g.net-col').length).toBe(5);
    // at t = 2, dh the arrow out of step 2 is not computed yet: it appears at step 2's dW sub-step
    chart.update(view(indexOf('rnn', 4, { phase: 'backward', t: 2, sub: 'dh' })));
    const dh = [...el.querySelectorAll('.net-dh')].map((n) => n.textContent);
    expect(dh).toEqual([
      '',
      '',
      fmt(norm(trace.backward[2].dhPrev), 3),
      fmt(norm(trace.backward[3].dhPrev), 3),
    ]);
    chart.destroy();
    expect(el.children.length).toBe(0);
  });
});

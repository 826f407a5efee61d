import { describe, expect, it } from 'vitest';
import { useLesson } from '../store';
import { stopSpan } from './clicks';
import { serializeScript } from './format';
import { selectPredicting, selectScript, useScript } from './store';

describe('the script store drives the lesson', () => {
  it('opening the lecture shows its first stop, and clicks move the lesson cursor through the range', () => {
    const s = useScript.getState();
    s.open('lecture');
    const script = selectScript(useScript.getState());
    if (!script) throw new Error('not open');
    const { a, b } = stopSpan(script.stops[0]);
    expect(useLesson.getState().cursor).toEqual({ pass: 0, index: a });
    for (let k = a + 1; k <= b; k++) {
      useScript.getState().click(1);
      expect(useLesson.getState().cursor.index).toBe(k);
    }
    useScript.getState().click(1); // into stop 2: the LSTM
    expect(useScript.getState().pos.stop).toBe(1);
    expect(useLesson.getState().config.cell).toBe('lstm');
    useScript.getState().click(-1); // back to stop 1's last moment, the RNN again
    expect(useLesson.getState().config.cell).toBe('rnn');
    expect(useLesson.getState().cursor.index).toBe(b);
  });

  it('a question is asked until revealed, votes count only while asked, and a new stop clears them', () => {
    const s = useScript.getState();
    s.open('lecture');
    const script = selectScript(useScript.getState());
    const q = script?.stops.findIndex((st) => st.question?.kind === 'argmax') ?? -1;
    useScript.getState().jump(q);
    expect(selectPredicting(useScript.getState())).toBe(true);
    useScript.getState().vote(1);
    useScript.getState().vote(3);
    useScript.getState().vote(3);
    expect(useScript.getState().votes).toEqual([0, 1, 0, 2]);
    useScript.getState().reveal();
    expect(selectPredicting(useScript.getState())).toBe(false);
    useScript.getState().vote(0);
    expect(useScript.getState().votes).toEqual([0, 1, 0, 2]);
    useScript.getState().nextStop();
    expect(useScript.getState().votes).toEqual([]);
  });

  it('"Add this moment" appends the current state, which opens again as it was', () => {
    useScript.getState().close();
    useLesson.getState().setConfig({ cell: 'gru', seed: 5 });
    useLesson.getState().goTo({ pass: 0, index: 9 });
    useScript.getState().addMoment();
    const st = useScript.getState();
    expect(st.source).toBe('custom');
    expect(st.custom.stops.at(-1)?.range).toEqual([9, 9]);
    useLesson.getState().setConfig({ cell: 'rnn', seed: 27 });
    useScript.getState().jump(st.custom.stops.length - 1);
    expect(useLesson.getState().config).toMatchObject({ cell: 'gru', seed: 5 });
    expect(useLesson.getState().cursor.index).toBe(9);
  });

  it('a malformed file is refused with its message and the current script is kept', () => {
    const before = useScript.getState().custom;
    useScript.getState().loadFile('{"format":"unrolled-script","version":1,"title":"x","stops":[]}');
    expect(useScript.getState().message?.message.key).toBe('script.err.noStops');
    expect(useScript.getState().custom).toBe(before);
    useScript
      .getState()
      .loadFile(
        serializeScript({ title: 'Mine', stops: [{ title: 'A', notes: '', hash: '#cell=lstm&m=4' }] }),
      );
    expect(useScript.getState().custom.title).toBe('Mine');
    expect(useLesson.getState().config.cell).toBe('lstm');
    expect(useLesson.getState().cursor.index).toBe(4);
  });

  it('reordering and deleting keep the position on the same stop', () => {
    useScript.getState().loadFile(
      serializeScript({
        title: 'Three',
        stops: ['A', 'B', 'C'].map((title, k) => ({ title, notes: '', hash: `#m=${k}` })),
      }),
    );
    useScript.getState().jump(1);
    useScript.getState().moveStop(1, -1);
    expect(useScript.getState().custom.stops.map((s) => s.title)).toEqual(['B', 'A', 'C']);
    expect(useScript.getState().pos.stop).toBe(0);
    useScript.getState().deleteStop(1);
    expect(useScript.getState().custom.stops.map((s) => s.title)).toEqual(['B', 'C']);
    expect(useScript.getState().pos.stop).toBe(0);
  });
});

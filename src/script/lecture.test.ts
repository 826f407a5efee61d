import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { useLesson } from '../store';
import { momentCount } from '../store/cursor';
import { applyHash } from '../store/url';
import { hashAt, stopPass, stopSpan } from './clicks';
import { parseScript, serializeScript } from './format';
import { lectureScript } from './lecture';
import { type Asked, ask } from './questions';

const en = lectureScript(translator('en'));
const ko = lectureScript(translator('ko'));

describe('the built-in lecture', () => {
  it('has 15 to 25 stops with titles and notes in English and Korean', () => {
    expect(en.stops.length).toBeGreaterThanOrEqual(15);
    expect(en.stops.length).toBeLessThanOrEqual(25);
    expect(ko.stops).toHaveLength(en.stops.length);
    expect(en.title).toBe('The lecture');
    expect(ko.title).toBe('강의');
    for (let k = 0; k < en.stops.length; k++) {
      expect(en.stops[k].notes.length).toBeGreaterThan(80);
      expect(ko.stops[k].notes.length).toBeGreaterThan(40);
      expect(ko.stops[k].title).not.toBe(en.stops[k].title);
      expect(ko.stops[k].hash).toBe(en.stops[k].hash);
    }
  });

  it('is a valid script file', () => {
    expect(parseScript(serializeScript(en))).toEqual(en);
  });

  it('every stop’s hash applies with no invalid key, and shows the state and moment it names', () => {
    for (const stop of en.stops) {
      const { a, b } = stopSpan(stop);
      for (const m of [a, b]) {
        useLesson.setState({ notice: null });
        const invalid = applyHash(hashAt(stop, m));
        const s = useLesson.getState();
        expect(invalid, stop.title).toEqual([]);
        expect(s.notice, stop.title).toBeNull();
        const params = new URLSearchParams(stop.hash.slice(1));
        expect(s.view).toBe(params.get('view') ?? 'lesson');
        if (s.view === 'lesson') {
          expect(s.config.cell).toBe(params.get('cell'));
          expect(s.config.input).toBe(params.get('in'));
          expect(b).toBeLessThan(momentCount(s.config.cell, s.seq.inputs.length));
          expect(s.cursor).toEqual({ pass: stopPass(stop), index: m });
        }
      }
    }
  });

  it('every question can be asked at its stop’s state', () => {
    const asked = en.stops.filter((s) => s.question);
    expect(asked.map((s) => s.question?.kind).sort()).toEqual(['argmax', 'gate', 'gradient', 'lossDown']);
    for (const stop of asked) {
      applyHash(hashAt(stop, stopSpan(stop).a));
      const s = useLesson.getState();
      const q = ask(stop.question as NonNullable<typeof stop.question>, {
        pass: s.passes[s.cursor.pass],
        config: s.config,
        seq: s.seq,
      }) as Asked;
      expect(q.choices.length, stop.title).toBeGreaterThanOrEqual(2);
      expect(q.answer).toBeGreaterThanOrEqual(0);
    }
  });

  it('the hello stops follow the lecture: the pick after "h" is wrong ("o", not "e")', () => {
    const pick = en.stops.find((s) => s.question?.kind === 'argmax');
    if (!pick) throw new Error('no argmax stop');
    applyHash(hashAt(pick, stopSpan(pick).a));
    const s = useLesson.getState();
    const q = ask({ kind: 'argmax', t: 1 }, { pass: s.passes[0], config: s.config, seq: s.seq }) as Asked;
    expect(q.choices[q.answer].id).toBe('o');
  });
});

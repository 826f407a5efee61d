import { describe, expect, it } from 'vitest';
import { parseScript, SCRIPT_FORMAT, serializeScript } from './format';
import { decodeScript, encodeScript, LINK_MAX } from './link';
import type { Script } from './types';

const good: Script = {
  title: 'Week 3',
  stops: [
    { title: 'Start', notes: 'Say hello.', hash: '#in=hell&tg=ello&cell=rnn&pass=0&m=2', range: [2, 4] },
    {
      title: 'Gate',
      notes: '',
      hash: '#in=hell&tg=ello&cell=lstm&m=8',
      question: { kind: 'gate', t: 2, unit: 3 },
      focus: '#gates-h',
    },
    { title: 'Lab', notes: '', hash: '#view=lab&lab.c=0.5' },
  ],
};

const file = (patch: Record<string, unknown>) =>
  JSON.stringify({
    format: SCRIPT_FORMAT,
    version: 1,
    title: 'T',
    stops: [{ title: 's', hash: '#m=0' }],
    ...patch,
  });
const stop = (patch: Record<string, unknown>) => file({ stops: [{ title: 's', hash: '#m=0', ...patch }] });

describe('the script file format', () => {
  it('round-trips a script through its JSON text', () => {
    const text = serializeScript(good);
    expect(JSON.parse(text).version).toBe(1);
    expect(parseScript(text)).toEqual(good);
  });

  it('round-trips a script through a link value', () => {
    const value = encodeScript(good);
    expect(value).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(value.length).toBeLessThan(LINK_MAX);
    expect(decodeScript(value)).toEqual(good);
  });

  it('refuses a damaged link value', () => {
    expect(decodeScript('v1.@@@')).toEqual({ key: 'script.err.link' });
    expect(decodeScript(`${encodeScript(good).slice(0, 40)}`)).toEqual({ key: 'script.err.link' });
    expect(decodeScript('lecture2')).toEqual({ key: 'script.err.link' });
  });

  it('names each problem of a malformed file', () => {
    const cases: [string, string, Record<string, unknown>?][] = [
      ['{"format": ', 'script.err.json'],
      [JSON.stringify({ version: 1, stops: [] }), 'script.err.format'],
      [file({ version: 2 }), 'script.err.version', { v: '2', ok: 1 }],
      [file({ title: 5 }), 'script.err.title'],
      [file({ stops: {} }), 'script.err.stops'],
      [file({ stops: [] }), 'script.err.noStops'],
      [file({ stops: Array.from({ length: 201 }, () => ({ title: 's', hash: '#' })) }), 'script.err.tooMany'],
      [file({ stops: [3] }), 'script.err.stop', { n: 1 }],
      [stop({ title: '  ' }), 'script.err.stopTitle'],
      [stop({ notes: 7 }), 'script.err.notes'],
      [stop({ hash: 'm=0' }), 'script.err.hash'],
      [stop({ hash: '#cell=cnn&H=0' }), 'script.err.hashKeys', { n: 1, keys: 'cell, H' }],
      [stop({ hash: '#view=slides' }), 'script.err.hashKeys', { n: 1, keys: 'view' }],
      [stop({ hash: '#lab.N=99' }), 'script.err.hashKeys', { n: 1, keys: 'lab.N' }],
      [stop({ hash: '#in=' }), 'script.err.state'],
      [stop({ range: [3, 1] }), 'script.err.range'],
      [stop({ range: [0, 1.5] }), 'script.err.range'],
      [stop({ range: [0, 42] }), 'script.err.rangeEnd', { n: 1, b: 42, max: 41 }],
      [stop({ question: { kind: 'riddle' } }), 'script.err.questionKind'],
      [
        stop({ question: { kind: 'argmax', t: 5 } }),
        'script.err.questionField',
        { n: 1, field: 't', max: 4 },
      ],
      [
        stop({ question: { kind: 'gate', t: 1, unit: 4 } }),
        'script.err.questionField',
        { n: 1, field: 'unit', max: 3 },
      ],
      [stop({ focus: 12 }), 'script.err.focus'],
    ];
    for (const [text, key, params] of cases) {
      const r = parseScript(text) as { key: string; params?: Record<string, unknown> };
      expect(r.key, text).toBe(key);
      if (params) expect(r.params).toMatchObject(params);
    }
  });

  it('names the stop whose text cannot be shown, with the lesson’s own reason', () => {
    const r = parseScript(
      file({
        stops: [
          { title: 'a', hash: '#m=0' },
          { title: 'b', hash: '#in=ab&tg=xy&voc=ab' },
        ],
      }),
    );
    expect(r).toMatchObject({
      key: 'script.err.state',
      params: { n: 2 },
      cause: { key: 'error.unknownChar' },
    });
  });
});

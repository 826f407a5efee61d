import fc from 'fast-check';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { INIT_CHOICES } from '../engine/init';
import { ACTIVATIONS, CELL_TYPES } from '../engine/model';
import { badCharKind, codeOf, findBadChar, NO_INPUT } from '../engine/text';
import { placeholders, translate } from '../i18n';
import { charTex } from '../panels/equations/tex';
import {
  CONFIG_CODECS,
  CONFIG_KEYS,
  type Config,
  DEFAULT_CONFIG,
  formatHash,
  HIDDEN_MAX,
  HIDDEN_MIN,
  KEEP_MAX,
  MAX_PASS,
  OPTIMIZERS,
  parseHash,
  RADIUS_MAX,
  SCALE_MAX,
  TEXT_MAX,
  VOCAB_MAX,
} from './config';
import { badTextError } from './lesson';
import { SHAPES } from './shapes';
import { strayKeys } from './url';

const RUNS = Number(process.env.FUZZ) ? 20_000 : 2_000;

/** Any code point (lone surrogates included), as a one-character string. */
const anyChar = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp));
/** A character the lesson accepts. */
const goodChar = anyChar.filter((c) => badCharKind(c) === null);
const goodText = (max: number) => fc.array(goodChar, { maxLength: max }).map((a) => a.join(''));

const arbConfig: fc.Arbitrary<Config> = fc.record({
  input: goodText(TEXT_MAX),
  target: goodText(TEXT_MAX),
  cell: fc.constantFrom(...CELL_TYPES),
  activation: fc.constantFrom(...ACTIVATIONS),
  hidden: fc.integer({ min: HIDDEN_MIN, max: HIDDEN_MAX }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  h0: fc.constantFrom('zeros', 'random'),
  lr: fc.double({ min: Number.MIN_VALUE, max: 100, noNaN: true }),
  optimizer: fc.constantFrom(...OPTIMIZERS),
  shape: fc.constantFrom(...SHAPES),
  vocab: fc
    .uniqueArray(
      goodChar.filter((c) => c !== NO_INPUT),
      { maxLength: VOCAB_MAX },
    )
    .map((a) => a.join('')),
  init: fc.constantFrom(...INIT_CHOICES),
  scale: fc.double({ min: Number.MIN_VALUE, max: SCALE_MAX, noNaN: true }),
  radius: fc.double({ min: 0, max: RADIUS_MAX, noNaN: true }).map((v) => v + 0), // -0 reads back as 0
  keep: fc.double({ min: -KEEP_MAX, max: KEEP_MAX, noNaN: true }).map((v) => v + 0),
});
const arbCursor = fc.record({
  pass: fc.integer({ min: 0, max: MAX_PASS }),
  index: fc.integer({ min: 0, max: 100_000 }),
});

describe('the link parser', () => {
  it('reads back exactly what it wrote, for every accepted state (parse ∘ write = id)', () => {
    fc.assert(
      fc.property(arbConfig, arbCursor, (config, cursor) => {
        const back = parseHash(formatHash(config, cursor));
        expect(back.rejected).toEqual([]);
        expect(back.config).toEqual(config);
        expect(back.cursor).toEqual(cursor);
      }),
      { numRuns: RUNS },
    );
  });

  it('names every refused key once, with its value, and uses the default for it', () => {
    const known = Object.values(CONFIG_CODECS).map((c) => c.key);
    const arbValue = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.integer({ min: -5, max: 1000 }).map(String),
      fc.constantFrom('abc', 'lstm', 'NaN', '1e400', '0x10', ' 3', '', '0.5', '∅∅'),
      fc.array(anyChar, { maxLength: 6 }).map((a) => a.join('')),
    );
    const arbKey = fc.oneof(fc.constantFrom(...CONFIG_KEYS), fc.string({ minLength: 1, maxLength: 5 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(arbKey, arbValue), { maxLength: 8 }), (pairs) => {
        const params = new URLSearchParams();
        for (const [k, v] of pairs) params.append(k, v);
        const hash = `#${params.toString()}`;
        const { config, rejected } = parseHash(hash);
        const stray = strayKeys(new URLSearchParams(hash.slice(1)));
        const reread = new URLSearchParams(hash.slice(1));
        for (const name of Object.keys(CONFIG_CODECS) as (keyof Config)[]) {
          const codec = CONFIG_CODECS[name];
          const raw = reread.get(codec.key);
          const named = rejected.filter((r) => r.key === codec.key);
          if (raw === null) {
            expect(named).toEqual([]);
            expect(config[name]).toEqual(DEFAULT_CONFIG[name]);
            continue;
          }
          const parsed = codec.parse(raw);
          if ('value' in parsed) {
            expect(named).toEqual([]);
            expect(config[name]).toEqual(parsed.value);
          } else {
            expect(named).toHaveLength(1);
            expect(config[name]).toEqual(DEFAULT_CONFIG[name]);
            const text = translate('en', named[0].message.key, named[0].message.params);
            expect(text.startsWith(`${codec.key}: `)).toBe(true);
            // every placeholder of the message is filled
            for (const name of placeholders(translate('en', named[0].message.key)))
              expect(named[0].message.params).toHaveProperty(name);
          }
          if (reread.getAll(codec.key).length > 1)
            expect(
              stray.some((s) => s.key === codec.key && s.message.key === 'robust.reject.duplicate'),
            ).toBe(true);
        }
        for (const key of new Set(reread.keys())) {
          const isKnown =
            CONFIG_KEYS.includes(key) ||
            ['view', 'present', 'w', 'lang', 'script', 'stop', 'presenter'].includes(key) ||
            key.startsWith('lab.');
          const unknown = stray.some((s) => s.key === key && s.message.key === 'robust.reject.unknown');
          expect(unknown).toBe(!isKnown);
        }
        expect(known.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('says what is wrong in the words of the issue: "H: \'abc\' is not a number — using 3"', () => {
    const { rejected } = parseHash('#H=abc&cell=lstm&in=abc&tg=ab&lr=0&opt=sgdx');
    const lines = rejected.map((r) => translate('en', r.message.key, r.message.params));
    expect(lines).toEqual([
      'H: ‘abc’ is not a number — using 3',
      'lr: 0 is not greater than 0 and at most 100 — using 0.1',
      'opt: ‘sgdx’ is not one of sgd, momentum, adagrad, adam — using sgd',
    ]);
  });

  it('reports duplicate and unknown keys by name', () => {
    const stray = strayKeys(new URLSearchParams('H=4&H=5&colour=red&lab.fn=tanh&view=lab'));
    expect(stray.map((s) => translate('en', s.message.key, s.message.params))).toEqual([
      'H: given 2 times — using the first (‘4’)',
      'colour: not a setting of this app — ignored',
    ]);
  });
});

describe('lesson texts', () => {
  it('every accepted character typesets in the equations without a KaTeX error', () => {
    fc.assert(
      fc.property(goodChar, (ch) => {
        expect(() =>
          katex.renderToString(charTex(ch), { throwOnError: true, strict: 'ignore' }),
        ).not.toThrow();
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('every accepted text round-trips through the link', () => {
    fc.assert(
      fc.property(goodText(TEXT_MAX), goodText(TEXT_MAX), (input, target) => {
        const back = parseHash(formatHash({ ...DEFAULT_CONFIG, input, target }, { pass: 0, index: 0 }));
        expect(back.config.input).toBe(input);
        expect(back.config.target).toBe(target);
      }),
      { numRuns: RUNS },
    );
  });

  it('a refused character is named with its U+ code and position, in the page and in a link', () => {
    fc.assert(
      fc.property(
        goodText(5),
        anyChar.filter((c) => badCharKind(c) !== null),
        goodText(5),
        (a, bad, b) => {
          const text = `${a}${bad}${b}`;
          const found = findBadChar(text);
          expect(found?.ch).toBe(bad);
          const err = badTextError(text, 'input');
          const message = translate('en', err?.key ?? 'error.dismiss', err?.params);
          expect(message).toContain(codeOf(bad));
          expect(message).toContain(`position ${Array.from(a).length + 1}`);
          if (badCharKind(bad) === 'surrogate') return; // no URL can hold one: it arrives as U+FFFD
          const link = parseHash(`#in=${encodeURIComponent(text)}`);
          const line = translate('en', link.rejected[0].message.key, link.rejected[0].message.params);
          expect(line.startsWith('in: ')).toBe(true);
          expect(line).toContain(codeOf(bad));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('the characters the fuzz campaign found are refused: controls, U+007F, U+034F, U+2028/9, lone surrogates, private use', () => {
    for (const ch of [
      '\u0000',
      '\u0001',
      '\u001f',
      '\u007f',
      '\u034f',
      '\u2028',
      '\u2029',
      '\ud800',
      '\udfff',
      '\ue000',
    ])
      expect(badCharKind(ch), codeOf(ch)).not.toBeNull();
    for (const ch of ['h', ' ', '\n', '\t', '한', 'ㅎ', '😀', 'é', '∑', '\u0301'])
      expect(badCharKind(ch), codeOf(ch)).toBeNull();
    expect(translate('en', 'robust.badChar.control', { field: 'input', code: 'U+0001', pos: 1 })).toContain(
      'U+0001',
    );
  });
});

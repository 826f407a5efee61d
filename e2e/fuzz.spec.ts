/**
 * A seeded fuzz smoke: random links, texts and model files thrown at the page as a student might (and
 * worse). Each must end with the app on screen — a lesson, or a specific notice — never a page error,
 * a blank page or "Something went wrong". A few hundred cases here; `FUZZ=1` runs ten times as many.
 * Prints the counts.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { serializeModel } from '../src/engine/modelFile';
import { helloModel } from './fixtures/hello';

const SCALE = process.env.FUZZ ? 10 : 1;

/** mulberry32: a small seeded generator, so that a failing case can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
type R = () => number;
const pick = <T>(r: R, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const CHARS = [
  'a',
  'h',
  'e',
  'l',
  'o',
  ' ',
  '∅',
  '한',
  '글',
  '😊',
  '\u0001',
  '\u200b',
  '\ud800',
  '<',
  '&',
  '%',
  '\\',
  '$',
  '{',
  '}',
  '#',
  '=',
  '\n',
];
function text(r: R, max: number): string {
  const n = Math.floor(r() * max);
  let s = '';
  for (let k = 0; k < n; k++) s += pick(r, CHARS);
  return s;
}
/** encodeURIComponent, with a lone surrogate written as the invalid UTF-8 a hand-made link would hold. */
const enc = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
};
const KEYS = [
  'in',
  'tg',
  'cell',
  'act',
  'H',
  'seed',
  'h0',
  'lr',
  'opt',
  'shape',
  'voc',
  'init',
  'ws',
  'rho',
  'kb',
  'pass',
  'm',
  'view',
  'present',
  'lab.fn',
  'lab.rnn',
  'lab.all',
  'w',
  'lang',
  'script',
  'stop',
  'zzz',
  '',
];
const VALUES = [
  '',
  '0',
  '1',
  '3',
  '-1',
  '64',
  '65',
  '1e400',
  'NaN',
  'abc',
  'lstm',
  'gru',
  'rnn',
  'relu',
  'tanh',
  'lab',
  'worksheet',
  'ko',
  'en',
  'lecture',
  'v1.AAAA',
  '%E0%A4%A',
  '0.5',
  '500',
  '99999999',
];
function hash(r: R): string {
  const parts: string[] = [];
  const n = 1 + Math.floor(r() * 6);
  for (let k = 0; k < n; k++) {
    const key = pick(r, KEYS);
    const value = r() < 0.3 ? enc(text(r, 12)) : pick(r, VALUES);
    // keep most lessons small: the fuzz is about what the page says, not about waiting for passes
    if ((key === 'pass' || key === 'H') && Number(value) > 64 && r() < 0.8) continue;
    parts.push(`${encodeURIComponent(key)}=${value}`);
  }
  return `#${parts.join('&')}`;
}

function modelFile(r: R): string {
  const m = serializeModel(helloModel(pick(r, ['rnn', 'lstm', 'gru'] as const), 2)) as unknown as Record<
    string,
    unknown
  >;
  const keys = Object.keys(m);
  switch (Math.floor(r() * 8)) {
    case 0:
      delete m[pick(r, keys)];
      break;
    case 1:
      m[pick(r, keys)] = pick(r, [null, 1e308, -1, 'x', [], {}, true]);
      break;
    case 2: {
      const w = m.weights as Record<string, unknown>;
      w[pick(r, Object.keys(w))] = pick(r, [[[1e308, Number.NaN]], [], 'oops', [[1, 2, 3]]]);
      return JSON.stringify(m).replace('null', 'NaN');
    }
    case 3:
      return JSON.stringify(m).slice(0, Math.floor(r() * 200));
    case 4: {
      let deep = '0';
      for (let k = 0; k < 5000; k++) deep = `[${deep}]`;
      return `{"cell":"rnn","weights":${deep}}`;
    }
    case 5:
      m.vocab = Array.from({ length: 300 }, (_, k) => String.fromCodePoint(0x4e00 + k));
      break;
    case 6:
      return '\ufeff' + JSON.stringify(m);
    default:
      break; // a valid file
  }
  return JSON.stringify(m);
}

/** The page is alive: the app's heading, a lesson or a notice, and no error boundary. */
async function alive(page: Page, what: string) {
  await expect(page.getByRole('heading', { name: 'Unrolled', level: 1 }), what).toBeVisible();
  await expect(page.getByText('Something went wrong'), what).toHaveCount(0);
}

test('random links, texts and model files never break the page (seeded fuzz smoke)', async ({ page }) => {
  test.setTimeout(120_000 * SCALE);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const r = rng(20261202);
  await page.goto('/');
  await alive(page, 'start');
  let notices = 0;
  const counts = { hashes: 200 * SCALE, texts: 40 * SCALE, files: 30 * SCALE };
  for (let k = 0; k < counts.hashes; k++) {
    const h = hash(r);
    await page.evaluate((x) => {
      window.location.hash = x;
    }, h);
    await page.evaluate(() => new Promise((res) => requestAnimationFrame(() => res(null))));
    if (k % 10 === 0) await alive(page, `hash ${h}`);
    if ((await page.getByRole('alert').count()) > 0) notices++;
    expect(errors, `after ${h}`).toEqual([]);
  }
  await page.goto('/#');
  await page.reload();
  const input = page.getByLabel('Input text');
  for (let k = 0; k < counts.texts; k++) {
    const t = text(r, 30);
    await input.fill(t);
    await input.blur();
    await alive(page, `text ${JSON.stringify(t)}`);
    expect(errors, `after text ${JSON.stringify(t)}`).toEqual([]);
  }
  const file = join(tmpdir(), 'unrolled-fuzz-model.json');
  for (let k = 0; k < counts.files; k++) {
    const body = modelFile(r);
    writeFileSync(file, body);
    await page.getByLabel('Load model').setInputFiles(file);
    // every file gets an answer: loaded, or a message saying what is wrong
    await expect(
      page
        .getByRole('alert')
        .or(page.getByRole('status').filter({ hasText: 'Loaded the model' }))
        .first(),
    ).toBeVisible();
    await alive(page, `file ${body.slice(0, 60)}`);
    expect(errors, `after file ${body.slice(0, 60)}`).toEqual([]);
  }
  console.log(
    `[fuzz] seed 20261202: ${counts.hashes} links (a notice on screen after ${notices}), ${counts.texts} texts, ${counts.files} model files; page errors: ${errors.length}`,
  );
});

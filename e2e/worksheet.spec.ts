/**
 * The printable worksheet, printed by Chromium to PDF: page 1 the exercise (weights, blanks), then the
 * "Answer key" with the trace's numbers at the shown precision (4 decimals); A4 and Letter; Korean.
 * The PDF's text is read with pdftotext and its pages rendered with pdftoppm (poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { initModel } from '../src/engine/init';
import { weightShapes } from '../src/engine/model';
import { blockOf, buildTrace } from '../src/engine/trace';

const VOCAB = ['h', 'e', 'l', 'o'];
const model = initModel({ cell: 'rnn', vocab: VOCAB, hiddenSize: 3, seed: 27, initialState: 'random' });
const trace = buildTrace(model, [0, 1, 2, 2], [1, 2, 2, 3]);
/** The worksheet's precision: 4 decimals, a real minus sign. */
const f4 = (x: number) => {
  const s = x.toFixed(4);
  return (Number(s) === 0 ? (0).toFixed(4) : s).replace('-', '−');
};

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

interface Printed {
  pages: number;
  size: string;
  text: (first: number, last?: number) => string;
}

/** Prints the page to PDF (the @page size of the worksheet) and renders its pages to PNG next to it. */
async function print(page: Page, path: string): Promise<Printed> {
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true }));
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const size = /Page size:\s+(.*)/.exec(info)?.[1] ?? '';
  execFileSync('pdftoppm', ['-r', '60', '-png', path, path.replace(/\.pdf$/, '')]);
  const text = (first: number, last = first) =>
    execFileSync('pdftotext', ['-f', String(first), '-l', String(last), path, '-'], { encoding: 'utf8' });
  return { pages, size, text };
}

/** Every number with 4 decimals in a text, sorted (the order of a PDF's text runs is not the table's). */
const numbersIn = (text: string) => (text.match(/−?\d+\.\d{4}/g) ?? []).sort();

const weightNumbers = () =>
  [...weightShapes('rnn', 4, 3).flatMap((s) => Array.from(model.weights[s.name])), ...model.h0].map(f4);

/** The answer key: h_t, y_t, p_t, L_t of every step, the total loss, and dy_4, dh_4, da_4. */
function answerNumbers(): string[] {
  const out: number[] = [];
  for (const f of trace.forward) out.push(...f.h, ...f.y, ...f.p, f.loss);
  out.push(trace.loss);
  const b = trace.backward[3];
  out.push(...b.dy, ...b.dh, ...blockOf(b.dPre, ''));
  return out.map(f4);
}

const pageIndexOf = (p: Printed, heading: string) => {
  for (let k = 1; k <= p.pages; k++) if (p.text(k).includes(heading)) return k;
  return -1;
};

test('the worksheet prints on A4: the exercise with blanks on page 1, the answer key with the trace’s numbers after it', async ({
  page,
}, info) => {
  await page.goto('/#view=worksheet');
  await expect(page.getByRole('heading', { name: 'Answer key' })).toBeVisible();
  const pdf = await print(page, info.outputPath('worksheet-a4.pdf'));
  expect(pdf.pages).toBeGreaterThanOrEqual(2);
  expect(pdf.size).toContain('(A4)');
  const key = pageIndexOf(pdf, 'Answer key');
  expect(key).toBeGreaterThanOrEqual(2);
  // page 1 up to the answer key: the given numbers are exactly the weights and h0; every h, y, p, L is blank
  const exercise = pdf.text(1, key - 1);
  expect(exercise).toContain('Worksheet: RNN on “hell” → “ello”');
  expect(exercise).toContain('One backward step by hand (t = 4)');
  expect(exercise).not.toContain('Answer key');
  expect(numbersIn(exercise)).toEqual(weightNumbers().sort());
  // the answer key: every number of the trace, at the stated precision
  const answers = pdf.text(key, pdf.pages);
  expect(answers).toContain('Numbers are rounded to 4 decimals');
  expect(numbersIn(answers)).toEqual(answerNumbers().sort());
  expect(answers).toContain(`Total loss L = Σ Lₜ = ${f4(trace.loss)}`);
  expect(statSync(info.outputPath('worksheet-a4-1.png')).size).toBeGreaterThan(10_000);
});

test('on Letter paper, with hₜ given, the exercise page shows the hidden states and keeps y, p, L blank', async ({
  page,
}, info) => {
  await page.goto('/#view=worksheet');
  const options = page.getByRole('region', { name: 'Worksheet options' });
  await options.getByRole('radio', { name: 'Letter' }).check();
  await options.getByRole('checkbox', { name: 'hₜ' }).uncheck();
  const pdf = await print(page, info.outputPath('worksheet-letter.pdf'));
  expect(pdf.size).toContain('(letter)');
  const key = pageIndexOf(pdf, 'Answer key');
  const hs = trace.forward.flatMap((f) => Array.from(f.h)).map(f4);
  expect(numbersIn(pdf.text(1, key - 1))).toEqual([...weightNumbers(), ...hs].sort());
  expect(existsSync(info.outputPath('worksheet-letter-2.png'))).toBe(true);
});

test('the worksheet prints in Korean with the heading 정답 and the same numbers', async ({ page }, info) => {
  await page.goto('/#view=worksheet&lang=ko');
  await expect(page.getByRole('heading', { name: '정답' })).toBeVisible();
  const pdf = await print(page, info.outputPath('worksheet-ko.pdf'));
  const key = pageIndexOf(pdf, '정답');
  expect(key).toBeGreaterThanOrEqual(2);
  expect(pdf.text(1)).toContain('활동지');
  expect(numbersIn(pdf.text(key, pdf.pages))).toEqual(answerNumbers().sort());
});

test('Print worksheet opens the worksheet of the current pass, with view=worksheet in the link', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Print worksheet' }).click();
  await expect(page.getByRole('heading', { name: 'Worksheet: RNN on “hell” → “ello”' })).toBeVisible();
  await expect.poll(() => new URL(page.url()).hash).toContain('view=worksheet');
  await page.getByRole('button', { name: 'Back to the lesson' }).click();
  await expect(page.getByRole('region', { name: 'Output', exact: true })).toBeVisible();
});

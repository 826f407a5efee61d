/**
 * Links that keep their promise: a trained hello link reopened in a fresh browser shows the same trained
 * numbers; weights too big for a link say so next to Copy link; a malformed block keeps the seeded
 * weights and says why; lang=ko opens Korean while the browser's own choice stays remembered.
 */
import { type Browser, expect, type Page, test } from '@playwright/test';
import { initModel } from '../src/engine/init';
import { serializeModel } from '../src/engine/modelFile';
import { buildTrace } from '../src/engine/trace';

const VOCAB = ['h', 'e', 'l', 'o'];
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const share = (page: Page) => region(page, 'Share');

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

/** y_t and p_t of every step as the Output table holds them (full float64 in data-y / data-p). */
async function outputNumbers(page: Page, T = 4): Promise<number[]> {
  const out: number[] = [];
  const readout = page.getByTestId('readout');
  // the keys work once the lesson is on screen
  await expect(readout).toContainText(`of ${T}`);
  for (let t = 1; t <= T; t++) {
    await page.keyboard.press('Home');
    // rnn moments per step: x a h y p loss; index 4 of step t is p_t
    for (let k = 0; k < (t - 1) * 6 + 4; k++) await page.keyboard.press('ArrowRight');
    await expect(readout).toContainText(`t = ${t} of ${T}`);
    await expect(readout).toContainText('softmax pₜ');
    const table = region(page, 'Output').getByRole('table', { name: `Scores and probabilities at t = ${t}` });
    for (const ch of VOCAB) {
      const row = table.locator(`tr[data-char="${ch}"]`);
      out.push(Number(await row.locator('[data-y]').getAttribute('data-y')));
      out.push(Number(await row.locator('[data-p]').getAttribute('data-p')));
    }
  }
  return out;
}

function expectClose(actual: number[], expected: number[], rel = 1e-12) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, k) => {
    expect(Number.isFinite(a)).toBe(true);
    expect(Math.abs(a - expected[k])).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(expected[k])));
  });
}

async function freshPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(url);
  return page;
}

test('a trained hello link, copied with Copy link, reopens in a fresh browser with the same Output table', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(90_000); // training 10,000 iterations in the worker, on a shared machine
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const seeded = await outputNumbers(page);
  await region(page, 'Training').getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('training-status')).toContainText('Paused after', { timeout: 30_000 });
  const trained = await outputNumbers(page);
  expect(trained).not.toEqual(seeded);
  await expect(share(page)).toContainText('This link carries the trained weights');

  await share(page).getByRole('button', { name: 'Copy link' }).click();
  await expect(share(page).getByRole('status')).toHaveText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const hash = new URLSearchParams(new URL(link).hash.slice(1));
  const block = hash.get('w') ?? '';
  expect(block).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(8 * 1024);

  const fresh = await freshPage(browser, link);
  await expect(
    fresh.getByRole('status').filter({ hasText: 'This link carries trained weights' }),
  ).toBeVisible();
  expectClose(await outputNumbers(fresh), trained);
  // the reopened page keeps the weights in its own address, so a reload or a second copy carries them too
  await expect.poll(() => new URL(fresh.url()).hash).toContain(`w=${block}`);
  await fresh.context().close();
});

test('a model too big for a link says so next to Copy link, and the address carries no weights', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('link-too-big')).toHaveCount(0);
  const big = initModel({ cell: 'lstm', vocab: VOCAB, hiddenSize: 32, seed: 3, initialState: 'zeros' });
  await page.getByLabel('Load model').setInputFiles({
    name: 'big.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(serializeModel(big))),
  });
  await expect(share(page).getByTestId('link-too-big')).toHaveText(
    'This link opens the untrained model; download the model to share the trained one.',
  );
  await page.waitForTimeout(400); // one coalesced URL write
  expect(new URL(page.url()).hash).toContain('H=32');
  expect(new URL(page.url()).hash).not.toContain('w=');
});

test('a link whose weights block is malformed says why and shows the seeded numbers', async ({ page }) => {
  await page.goto('/#w=AQAAAAAAAAAAAA');
  await expect(page.getByRole('alert')).toContainText(
    'The weights in the link could not be read (its hidden size 0 is outside 1–64); the seeded weights are shown instead.',
  );
  const model = initModel({ cell: 'rnn', vocab: VOCAB, hiddenSize: 3, seed: 27, initialState: 'random' });
  const trace = buildTrace(model, [0, 1, 2, 2], [1, 2, 2, 3]);
  const expected = trace.forward.flatMap((f) => VOCAB.flatMap((_, v) => [f.y[v], f.p[v]]));
  expectClose(await outputNumbers(page), expected);
});

test('lang=ko in the link opens Korean; without it the browser’s remembered choice applies', async ({
  page,
}) => {
  await page.goto('/#lang=ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('button', { name: '링크 복사' })).toBeVisible();
  // the link's language is for this visit: the browser has not been told to remember it
  await page.goto('about:blank');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Language').selectOption('ko');
  await page.goto('about:blank');
  await page.goto('/');
  await expect(page.getByRole('button', { name: '링크 복사' })).toBeVisible();
  // Copy link in Korean confirms in Korean
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: '링크 복사' }).click();
  await expect(page.getByRole('status').filter({ hasText: '링크를 복사했습니다' })).toBeVisible();
});

test('a link pasted while the address is still catching up with a step is applied, not written over', async ({
  page,
}) => {
  await page.goto('/#seed=27&m=2');
  await expect(page.getByTestId('readout')).toContainText('Forward · t = 1 of 4');
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    // a step: its address is written a moment later (url.ts coalesces writes) …
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    // … but a new link arrives first, and the page is left before its hashchange is handled (the
    // leaving page writes what is pending at once)
    window.location.hash = '#seed=28&in=hell&tg=ello&m=5';
    window.dispatchEvent(new Event('pagehide'));
  });
  await expect.poll(() => new URL(page.url()).hash).toContain('seed=28');
  await expect(page.getByLabel('Seed')).toHaveValue('28');
  await expect(page.getByTestId('readout')).toContainText('Forward · t = 1 of 4 · loss');
});

/**
 * Nothing a teacher does is lost: trained weights, optimiser state, training choices and curve survive
 * a reload (IndexedDB); a change made 50 ms before the reload too; "Start fresh" opens the seeded
 * lesson again; a training worker that dies is reported within 3 s and Restart carries on from the
 * weights of its last snapshot.
 */
import { expect, type Page, test } from '@playwright/test';
import { serializeModel } from '../src/engine/modelFile';
import { expectClose } from './fixtures/close';
import { helloModel, helloTraceOf, HELLO_VOCAB as VOCAB } from './fixtures/hello';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const training = (page: Page) => region(page, 'Training');
const status = (page: Page) => page.getByTestId('training-status');
const notice = (page: Page) => page.locator('.notice');

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

/** The probabilities p_t[v] at step 1 (softmax moment, rnn: x a h y p). */
async function probabilities(page: Page): Promise<number[]> {
  await page.keyboard.press('Home');
  for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowRight');
  const table = region(page, 'Output').getByRole('table', { name: 'Scores and probabilities at t = 1' });
  await expect(table).toBeVisible();
  const out: number[] = [];
  for (const v of VOCAB)
    out.push(Number(await table.locator(`tr[data-char="${v}"] [data-p]`).getAttribute('data-p')));
  return out;
}

async function trainBy100(page: Page, times: number): Promise<void> {
  await training(page).getByLabel('Pause after').selectOption({ label: '100 iterations' });
  for (let k = 1; k <= times; k++) {
    await training(page).getByRole('button', { name: 'Train', exact: true }).click();
    await expect(status(page)).toContainText(`Paused after ${k * 100} iterations`, { timeout: 20_000 });
  }
}

test('trained weights, the curve and the training choices survive a reload, with a notice offering Start fresh', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('readout')).toContainText('t = 1 of 4');
  await trainBy100(page, 3);
  const before = await probabilities(page);
  const curveBefore = await region(page, 'Loss').locator('path').count();
  await page.reload();
  await expect(notice(page)).toContainText('restored: the weights trained for 300 iterations');
  await expect(notice(page).getByRole('button', { name: 'Start fresh', exact: true })).toBeVisible();
  await expect(status(page)).toContainText('Paused after 300 iterations');
  await expect(training(page).getByLabel('Pause after')).toHaveValue('100');
  const after = await probabilities(page);
  for (let v = 0; v < 4; v++) expectClose(after[v], before[v], 1e-12, 1e-300, `p[${VOCAB[v]}]`);
  expect(await region(page, 'Loss').locator('path').count()).toBe(curveBefore);
  // Train carries on from the kept weights and optimiser state, counting on
  await training(page).getByRole('button', { name: 'Train', exact: true }).click();
  await expect(status(page)).toContainText('Paused after 400 iterations', { timeout: 20_000 });
});

test('a change made 50 ms before a reload is kept', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('readout')).toContainText('t = 1 of 4');
  await training(page).getByLabel('Clipping').selectOption('norm');
  await page.waitForTimeout(50);
  await page.reload();
  await expect(training(page).getByLabel('Clipping')).toHaveValue('norm');
  await expect(notice(page)).toContainText('restored: its settings and training choices');
  await training(page).getByLabel('Pause after').selectOption({ label: 'no limit' });
  await page.waitForTimeout(50);
  await page.reload();
  await expect(training(page).getByLabel('Pause after')).toHaveValue('0');
  await expect(training(page).getByLabel('Clipping')).toHaveValue('norm');
  // a setting of the lesson itself, whose address the reload may not have caught yet
  await page.getByLabel('Optimizer').selectOption('adam');
  await page.waitForTimeout(50);
  await page.reload();
  await expect(page.getByLabel('Optimizer')).toHaveValue('adam');
  await expect(training(page).getByLabel('Clipping')).toHaveValue('norm');
});

test('Start fresh forgets the session and opens the seeded lesson', async ({ page }) => {
  await page.goto('/');
  await trainBy100(page, 2);
  await page.reload();
  expect(await page.evaluate(() => window.location.hash)).toContain('w=');
  await notice(page).getByRole('button', { name: 'Start fresh', exact: true }).click();
  // at once (no polling): a reload right after Start fresh must not take the weights back from the address
  expect(await page.evaluate(() => window.location.hash)).not.toContain('w=');
  await expect(status(page)).toContainText('Not training');
  const seeded = helloTraceOf(helloModel());
  const p = await probabilities(page);
  for (let v = 0; v < 4; v++) expectClose(p[v], seeded.forward[0].p[v], 1e-12, 1e-300, `p[${VOCAB[v]}]`);
  await expect(training(page).getByLabel('Pause after')).toHaveValue('10000');
  // and the next reload opens the seeded lesson without a notice
  await page.reload();
  await expect(page.getByTestId('readout')).toContainText('t = 1 of 4');
  await expect(notice(page)).toHaveCount(0);
});

test('a loaded model too big for a link comes back from IndexedDB after a reload', async ({ page }) => {
  const model = helloModel('lstm', 40, 5);
  const expected = helloTraceOf(model);
  await page.goto('/');
  await page.getByLabel('Load model').setInputFiles({
    name: 'big-lstm.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(serializeModel(model))),
  });
  await expect(page.getByLabel('Hidden units')).toHaveValue('40');
  // this test is about what comes back; the last-moment write has a test of its own (50 ms)
  await page.waitForTimeout(400);
  await page.reload();
  await expect(notice(page)).toContainText('restored: the model loaded from big-lstm.json');
  await expect(page.getByLabel('Hidden units')).toHaveValue('40');
  await expect(page.getByLabel('Cell')).toHaveValue('lstm');
  await page.keyboard.press('Home');
  // step through the lstm's moments of t = 1 until p₁ is shown
  const table = region(page, 'Output').getByRole('table', { name: 'Scores and probabilities at t = 1' });
  // a teacher's pace: the Output catches up a frame after each step (store/late.ts) before it is read
  const settled = () =>
    page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  for (let k = 0; k < 40 && (await table.locator('[data-p]').count()) === 0; k++) {
    await page.keyboard.press('ArrowRight');
    await settled();
  }
  for (let v = 0; v < 4; v++) {
    const p = Number(await table.locator(`tr[data-char="${VOCAB[v]}"] [data-p]`).getAttribute('data-p'));
    expectClose(p, expected.forward[0].p[v], 1e-12, 1e-300, `p[${VOCAB[v]}]`);
  }
});

test('model files get the one limit for H and the validator’s messages in the page', async ({ page }) => {
  await page.goto('/');
  const load = (name: string, buffer: Buffer) =>
    page.getByLabel('Load model').setInputFiles({ name, mimeType: 'application/json', buffer });
  await load('h65.json', Buffer.from(JSON.stringify(serializeModel(helloModel('rnn', 65)))));
  await expect(page.getByRole('alert')).toContainText('hiddenSize 65 is above the limit of 64 hidden units');
  await load(
    'utf16.json',
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(JSON.stringify(serializeModel(helloModel())), 'utf16le'),
    ]),
  );
  await expect(page.getByRole('alert')).toContainText('model file is UTF-16');
  await expect(page.getByLabel('Hidden units')).toHaveValue('3');
});

test('a link to another lesson wins over the saved session', async ({ page }) => {
  await page.goto('/');
  await trainBy100(page, 1);
  await page.goto('about:blank');
  await page.goto('/#cell=gru&H=4');
  await expect(status(page)).toContainText('Not training');
  await expect(notice(page)).toHaveCount(0);
});

test('a training worker that dies is reported within 3 s, and Restart carries on from its last snapshot', async ({
  page,
}) => {
  await page.goto('/');
  await training(page).getByLabel('Pause after').selectOption({ label: 'no limit' });
  const [worker] = await Promise.all([
    page.waitForEvent('worker'),
    training(page).getByRole('button', { name: 'Train', exact: true }).click(),
  ]);
  await expect(status(page)).toContainText('Training…');
  await page.waitForTimeout(2500); // past the first snapshot (every second)
  // the worker closes itself, as a crash would leave it: no reply ever again
  void worker.evaluate(() => setTimeout(() => self.close(), 0)).catch(() => {});
  const t0 = Date.now();
  await expect(notice(page)).toContainText('The training worker stopped responding', { timeout: 3000 });
  console.log(`worker death reported after ${Date.now() - t0} ms`);
  await expect(status(page)).toContainText(/Paused after [\d,]+ iterations/);
  const kept = Number(
    (await training(page).locator('[data-stat="iter"] dd').textContent())?.replace(/,/g, '') ?? '0',
  );
  expect(kept).toBeGreaterThan(0);
  await expect(notice(page)).toContainText(`after ${kept.toLocaleString('en-US')} iterations`);
  await notice(page).getByRole('button', { name: 'Restart', exact: true }).click();
  await expect(status(page)).toContainText('Training…');
  await page.waitForTimeout(300);
  await training(page).getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(status(page)).toContainText(/Paused after/);
  const now = Number(
    (await training(page).locator('[data-stat="iter"] dd').textContent())?.replace(/,/g, '') ?? '0',
  );
  expect(now).toBeGreaterThan(kept);
});

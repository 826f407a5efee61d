/**
 * Training in the worker, as a teacher uses it: train the hello example, pause and step through a pass
 * of the trained network, Reset, generate with a temperature and step through a generation, a learning
 * rate that blows up, a pasted Korean text, the limits, and restarting the worker.
 */
import { expect, type Page, test } from '@playwright/test';
import { clipByValue } from '../src/engine/clip';
import { createTrainer, trainSteps } from '../src/engine/train';
import { expectClose } from './fixtures/close';
import { helloModel, helloTraceOf, HELLO_VOCAB as VOCAB } from './fixtures/hello';

/** The lesson trained as the worker trains it: one window "hello" per iteration, sgd lr 0.1, clip ±5. */
function trainedTrace(iterations: number) {
  const model = helloModel();
  const tr = createTrainer(model, [0, 1, 2, 2, 3], {
    seqLength: 4,
    optimizer: 'sgd',
    hyper: { lr: 0.1 },
    clip: clipByValue(5),
  });
  trainSteps(tr, iterations);
  return helloTraceOf(tr.model);
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const training = (page: Page) => region(page, 'Training');
const status = (page: Page) => page.getByTestId('training-status');

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

/** Moves the cursor to the softmax moment p_t of step t (rnn: x a h y p loss) and returns the argmax row. */
async function argmaxAt(page: Page, t: number): Promise<string> {
  await page.keyboard.press('Home');
  for (let k = 0; k < (t - 1) * 6 + 4; k++) await page.keyboard.press('ArrowRight');
  const table = region(page, 'Output').getByRole('table', { name: `Scores and probabilities at t = ${t}` });
  return (await table.locator('tr.is-argmax').getAttribute('data-char')) ?? '';
}

test('trains the hello example in the worker until the Output table’s argmax spells "ello"', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('readout')).toContainText('t = 1 of 4');
  // before training the largest score after "h" is "o" (the lecture's picture)
  expect(await argmaxAt(page, 1)).toBe('o');
  await training(page).getByRole('button', { name: 'Train', exact: true }).click();
  // the run pauses by itself after 10,000 iterations
  await expect(status(page)).toContainText('Paused after 10,000 iterations', { timeout: 20_000 });
  await expect(page.getByTestId('training-right')).toHaveText('1 of 1 right');
  const picks = [];
  for (let t = 1; t <= 4; t++) picks.push(await argmaxAt(page, t));
  expect(picks.join('')).toBe('ello');
  // the numbers are the engine's, trained the same way in Node (float tolerance 1e-9)
  const expected = trainedTrace(10_000);
  await argmaxAt(page, 1);
  const table = region(page, 'Output').getByRole('table', { name: 'Scores and probabilities at t = 1' });
  for (let v = 0; v < 4; v++) {
    const p = Number(await table.locator(`tr[data-char="${VOCAB[v]}"] [data-p]`).getAttribute('data-p'));
    // the worker's 10,000 iterations vs Node's: rounding differences compound over training, 1e-9 relative
    expectClose(p, expected.forward[0].p[v], 1e-9, 1e-300, `p[${VOCAB[v]}]`);
  }
  // the Loss chart shows the training curve, labelled by iteration
  await expect(region(page, 'Loss').getByRole('img', { name: /Training loss per iteration/ })).toBeVisible();
  await expect(region(page, 'Loss')).toContainText('iteration (updates applied)');
});

test('after a pause the teacher steps through a pass of the trained network; Reset restores the seeded weights', async ({
  page,
}) => {
  await page.goto('/');
  await training(page).getByRole('button', { name: 'Train', exact: true }).click();
  await expect(status(page)).toContainText('Paused after', { timeout: 20_000 });
  await page.keyboard.press('Home');
  await expect(page.getByTestId('readout')).toContainText('Forward · t = 1 of 4');
  for (let k = 0; k < 24; k++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('readout')).toContainText('Total loss');
  for (let k = 0; k < 16; k++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('readout')).toContainText('Backward · t = 1 of 4');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('readout')).toContainText('Update');
  // a trained network: every pick is right
  await expect(page.getByTestId('network-summary')).toContainText('4 of 4');
  await page.getByRole('toolbar', { name: 'Lesson controls' }).getByRole('button', { name: 'Reset' }).click();
  await expect(status(page)).toContainText('Not training');
  expect(await argmaxAt(page, 1)).toBe('o');
  await expect(region(page, 'Loss')).toContainText('pass (updates applied)');
});

test('generates with a temperature, and steps through a generation fed back on the Network panel', async ({
  page,
}) => {
  await page.goto('/');
  await training(page).getByRole('button', { name: 'Train', exact: true }).click();
  await expect(status(page)).toContainText('Paused after', { timeout: 20_000 });
  const gen = region(page, 'Generate');
  await gen.getByLabel('First character or prefix').fill('h');
  await gen.getByLabel('Characters to generate').fill('4');
  await gen.getByLabel('Temperature τ').fill('0.1');
  await expect(gen.getByText('τ = 0.1', { exact: true })).toBeVisible();
  await gen.getByRole('button', { name: 'Generate', exact: true }).click();
  const out = gen.getByRole('list', { name: /Generated characters/ }).locator('li[data-char]');
  await expect(out).toHaveCount(4);
  const chars = await out.evaluateAll((els) => els.map((e) => e.getAttribute('data-char')).join(''));
  expect(chars).toBe('ello');
  for (const p of await out.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-p')))))
    expect(p).toBeGreaterThan(0.99);

  // step by step: the lesson becomes the generation, each drawn character fed into the next step
  await gen.getByRole('button', { name: 'Step by step' }).click();
  await expect(page.getByTestId('readout')).toContainText('t = 1 of 1');
  await gen.getByRole('button', { name: 'Next character' }).click();
  await expect(page.getByTestId('readout')).toContainText('t = 2 of 2');
  await gen.getByRole('button', { name: 'Next character' }).click();
  await expect(page.getByLabel('Input text')).toHaveValue('hel');
  const arrows = region(page, 'Network').locator('.net-feedback g');
  await expect(arrows).toHaveCount(2);
  await expect(arrows.first().locator('title')).toHaveText(/fed back as the next input/);
  await gen.getByRole('button', { name: 'Back to the lesson text' }).click();
  await expect(page.getByLabel('Input text')).toHaveValue('hell');
  await expect(arrows).toHaveCount(0);
});

test('a learning rate that blows the loss up stops training, says so, and keeps the last finite weights', async ({
  page,
}) => {
  await page.goto('/#act=linear&lr=10');
  await training(page).getByLabel('Clipping').selectOption('none');
  await training(page).getByRole('button', { name: 'Train', exact: true }).click();
  await expect(training(page).getByRole('alert')).toContainText('NaN or infinite', { timeout: 10_000 });
  await expect(status(page)).toContainText('Stopped after');
  await page.keyboard.press('Home');
  for (let k = 0; k < 24; k++) await page.keyboard.press('ArrowRight');
  await expect(region(page, 'Output').getByText(/Total loss L = Σ −ln p\[target\] = \d/)).toBeVisible();
});

test('a pasted Korean text trains, and the lesson moves onto its characters', async ({ page }) => {
  await page.goto('/');
  const text = '오늘 밤에도 별이 바람에 스치운다. 오늘 밤에도 별이 바람에 스치운다.';
  await training(page).getByLabel('Train on', { exact: true }).selectOption('paste');
  await training(page).getByLabel('Text to train on').fill(text);
  await expect(training(page)).toContainText(`${[...text].length} characters`);
  await training(page).getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByLabel('Input text')).toHaveValue([...text].slice(0, 16).join(''));
  await expect(status(page)).toContainText('Paused after', { timeout: 30_000 });
  await expect(page.getByTestId('training-sample')).toHaveText(/[가-힣]/);
  await expect(
    training(page)
      .getByText(/^iterations/)
      .locator('..'),
  ).toContainText('10,000');
});

test('limits are stated and enforced; the worker restarts without a reload', async ({ page }) => {
  await page.goto('/');
  await training(page).getByLabel('Train on', { exact: true }).selectOption('paste');
  await expect(training(page)).toContainText('at most 1 MB of text and 256 distinct characters');
  const many = Array.from({ length: 300 }, (_, k) => String.fromCodePoint(0xac00 + k)).join('');
  await training(page).getByLabel('Text to train on').fill(many);
  await training(page).getByRole('button', { name: 'Train', exact: true }).click();
  await expect(training(page).getByRole('alert')).toContainText('300 distinct characters; at most 256');
  await training(page).getByLabel('Train on', { exact: true }).selectOption('lesson');
  await training(page).getByRole('button', { name: 'Train', exact: true }).click();
  await training(page).getByRole('button', { name: 'Restart worker' }).click();
  await expect(status(page)).toContainText('Not training');
  await training(page).getByRole('button', { name: 'Train', exact: true }).click();
  await expect(status(page)).toContainText('Paused after', { timeout: 20_000 });
});

test('the controls have accessible names that do not clash with the lesson’s own', async ({ page }) => {
  await page.goto('/');
  // when idle, "Pause" is the lesson toolbar's only (Train turns into Pause while training runs)
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByLabel('Seed')).toHaveCount(1);
  for (const name of ['Training', 'Generate']) {
    const unnamed = await region(page, name).evaluate((root) =>
      [...root.querySelectorAll('button, input, select, textarea')]
        .filter(
          (e) =>
            !(
              e.getAttribute('aria-label') ||
              (e as HTMLInputElement).labels?.length ||
              e.textContent?.trim()
            ),
        )
        .map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
  }
  await expect(page.getByRole('combobox', { name: 'Shape', exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Example', exact: true })).toBeVisible();
});

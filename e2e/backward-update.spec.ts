/** The Backward and Update panels: gradients as heatmaps, and the loss before and after one SGD step. */
import { expect, type Page, test } from '@playwright/test';
import { cloneModel } from '../src/engine/model';
import { expectClose } from './fixtures/close';
import { helloModel, helloTraceOf } from './fixtures/hello';
import { settledBox } from './fixtures/layout';

const model = helloModel();
const trace = helloTraceOf(model);
const fmt3 = (x: number) => x.toFixed(3).replace('-', '−');

/** The same model after W ← W − 0.1·dW, and its loss on the same input. */
function lossAfterSgd(lr: number): number {
  const next = cloneModel(model);
  for (const [name, w] of Object.entries(next.weights)) {
    const g = trace.grads[name];
    for (let k = 0; k < w.length; k++) w[k] -= lr * g[k];
  }
  return helloTraceOf(next).loss;
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

test('at the update the loss before is the engine’s loss and after it the loss of W − 0.1·dW', async ({
  page,
}) => {
  await page.goto('/#m=41');
  await expect(page.getByTestId('readout')).toContainText('Update');
  const update = region(page, 'Update');
  await expect(update.getByText('W ← W − lr · dW')).toBeVisible();
  await expect(update.getByText(`Loss before the update: ${fmt3(trace.loss)}`)).toBeVisible();
  const after = lossAfterSgd(0.1);
  expect(after).toBeLessThan(trace.loss);
  await expect(update.getByText(`Loss after the update (same input): ${fmt3(after)}`)).toBeVisible();
  const before = Number(await update.locator('.up-loss').first().getAttribute('data-loss'));
  // page vs Node: 1e-12 relative
  expectClose(before, trace.loss, 1e-12, 1, 'loss before');
  expectClose(
    Number(await update.locator('.up-after').getAttribute('data-loss')),
    after,
    1e-12,
    1,
    'loss after',
  );
  await expect(update.getByRole('heading', { name: 'Predictions that changed' })).toBeVisible();
  await expect(update.getByRole('img', { name: /^ΔWhh:/ })).toBeVisible();
  await expect(update.getByRole('table', { name: /p\[target\] per step/ }).locator('tbody tr')).toHaveCount(
    4,
  );
});

test('at backward t = 4 (weight gradients) dWhh is a heatmap with this step’s contribution outlined', async ({
  page,
}) => {
  await page.goto('/#m=28');
  await expect(page.getByTestId('readout')).toContainText('Backward · t = 4 of 4 · weight gradients');
  const backward = region(page, 'Backward');
  const dWhh = backward.getByRole('img', { name: /^dWhh:/ });
  await expect(dWhh).toBeVisible();
  await expect(dWhh.locator('canvas')).toHaveCount(1);
  await expect(backward.getByText('outlined: this step’s contribution')).toBeVisible();
  // at t = T the accumulated gradient is this step's contribution alone: the whole Whh block is outlined
  await expect(dWhh.locator('.hm-outline')).toHaveCount(1);
  // dy_4 = p_4 − onehot(o)
  const dy = trace.backward[3].dy;
  await expect(backward.getByRole('table').first()).toContainText(fmt3(dy[3]));
  // hovering a cell tells its exact value
  const box = await settledBox(dWhh.locator('canvas'));
  await page.mouse.move(box.x + box.width / 6, box.y + box.height / 6);
  await expect(dWhh.locator('.hm-tip')).toContainText('dWhh[1][1] =');

  // before the forward pass ends the panel says so
  await page.goto('/#m=3');
  await expect(region(page, 'Backward')).toContainText('Backward propagation starts after the forward pass');
});

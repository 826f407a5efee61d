/** The Output panel on the hello example: the table holds the engine's exact y and p, marks and loss. */
import { expect, type Page, test } from '@playwright/test';
import { expectClose } from './fixtures/close';
import { helloModel, helloTraceOf, HELLO_VOCAB as VOCAB } from './fixtures/hello';

const trace = helloTraceOf(helloModel());
const fmt3 = (x: number) => x.toFixed(3).replace('-', '−');

const output = (page: Page) => page.getByRole('region', { name: 'Output', exact: true });

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

test('at t = 1 the table shows the engine’s scores and probabilities, the target and the pick', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('readout')).toContainText('t = 1 of 4');
  // x, a, h, y, p: index 4 is p_1
  for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('readout')).toContainText('softmax pₜ');

  const table = output(page).getByRole('table', { name: 'Scores and probabilities at t = 1' });
  await expect(table).toBeVisible();
  const f = trace.forward[0];
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(VOCAB.length);
  for (let i = 0; i < VOCAB.length; i++) {
    const row = rows.nth(i);
    await expect(row).toHaveAttribute('data-char', VOCAB[i]);
    // page (Chromium) vs Node: the same float64 to 1e-12 relative
    expectClose(Number(await row.locator('[data-y]').getAttribute('data-y')), f.y[i], 1e-12, 1, `y[${i}]`);
    expectClose(
      Number(await row.locator('[data-p]').getAttribute('data-p')),
      f.p[i],
      1e-12,
      1e-300,
      `p[${i}]`,
    );
    await expect(row.locator('[data-y]')).toHaveText(fmt3(f.y[i]));
    await expect(row.locator('[data-p]')).toHaveText(`${(f.p[i] * 100).toFixed(1)}%`);
  }
  // the target of t = 1 is 'e'; the pick is the argmax of y
  const targetRow = table.locator('tr[data-char="e"]');
  await expect(targetRow).toContainText('target');
  await expect(targetRow).toHaveClass(/is-target/);
  const pick = VOCAB[f.argmax];
  const pickRow = table.locator(`tr[data-char="${pick}"]`);
  await expect(pickRow).toContainText('largest score');
  await expect(pickRow).toHaveClass(/is-argmax/);
  await expect(table.locator('tr.is-argmax')).toHaveCount(1);
  await expect(table.locator('tr.is-target')).toHaveCount(1);
  // the loss comes one moment later
  await expect(output(page).getByText(/Loss at t = 1/)).toHaveCount(0);
  await expect(output(page).getByRole('img', { name: 'Probability per character at t = 1' })).toBeVisible();

  await page.keyboard.press('ArrowRight');
  const loss = -Math.log(f.p[1]);
  expectClose(loss, f.loss, 1e-12); // −ln p and log-sum-exp agree (same runtime)
  await expect(output(page).getByText(`Loss at t = 1: −ln p[e] = ${fmt3(loss)}`)).toBeVisible();
});

test('before the scores are computed the rows are placeholders; the total shows every step', async ({
  page,
}) => {
  await page.goto('/#m=2');
  await expect(page.getByTestId('readout')).toContainText('t = 1 of 4');
  const table = output(page).getByRole('table', { name: 'Scores and probabilities at t = 1' });
  await expect(table.locator('[data-y]')).toHaveCount(0);
  await expect(table.locator('tbody tr').first()).toContainText('—');
  await expect(table.locator('tr.is-argmax')).toHaveCount(0);

  await page.goto('/#m=24');
  await expect(page.getByTestId('readout')).toContainText('Total loss');
  const summary = output(page).getByRole('table', { name: 'Every step of this pass' });
  await expect(summary.locator('tbody tr')).toHaveCount(4);
  await expect(output(page).getByText(`Total loss L = Σ −ln p[target] = ${fmt3(trace.loss)}`)).toBeVisible();
});

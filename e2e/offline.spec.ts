/**
 * Offline after one visit: once the service worker has precached the app, a reload with the network cut
 * still gives a working lesson (KaTeX, charts, a shipped corpus); a new service worker offers
 * "Update available — reload".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

/** Waits until a service worker is active and has finished precaching (its install event is done). */
async function swReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!reg.active) throw new Error('no active service worker');
  });
}

test('after one visit a reload with the network cut still runs the lesson and loads a shipped corpus', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await swReady(page);
  await context.setOffline(true);
  // the network really is cut: a request past the service worker fails
  const direct = await page.evaluate(() =>
    fetch(`http://localhost:1/none-${Date.now()}`).then(
      () => 'reached',
      () => 'failed',
    ),
  );
  expect(direct).toBe('failed');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Unrolled' })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByTestId('readout')).toContainText('Forward · t = 1 of 4 · pre-activation');
  await expect(page.getByRole('region', { name: 'Equations' }).locator('.katex').first()).toBeVisible();
  // a KaTeX font came from the precache
  expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
  const training = page.getByRole('region', { name: 'Training', exact: true });
  await training
    .getByRole('combobox', { name: 'Train on' })
    .selectOption({ label: 'Shakespeare, Sonnet 18 (English)' });
  // training on it starts (it would stop at "could not be loaded" if the text were not cached)
  await training.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('training-sample')).toHaveText(/[a-z]/i, { timeout: 20_000 });
  await expect(training).not.toContainText('could not be loaded');
  await training.getByRole('button', { name: 'Stop' }).click();
  await context.setOffline(false);
});

test('a new service worker shows “Update available — reload”, and the button reloads into it', async ({
  page,
}) => {
  await page.goto('/');
  await swReady(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Unrolled' })).toBeVisible();
  // a new version: the same sw.js with one byte more (restored afterwards)
  const path = new URL('../dist/sw.js', import.meta.url);
  const original = readFileSync(path, 'utf8');
  try {
    writeFileSync(path, `${original}\n// next version ${Date.now()}\n`);
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg?.update();
    });
    const update = page.getByRole('button', { name: 'Update available — reload' });
    await expect(update).toBeVisible({ timeout: 20_000 });
    await Promise.all([page.waitForEvent('load'), update.click()]);
    await expect(page.getByRole('heading', { level: 1, name: 'Unrolled' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Update available — reload' })).toHaveCount(0);
  } finally {
    writeFileSync(path, original);
  }
});

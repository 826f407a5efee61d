/**
 * The USB-stick copy: `npm run build:single` (built here, so a fresh clone needs nothing else) writes one
 * HTML file that works from file:// with no server — stepping, training in the inlined worker, export.
 * And the multi-file build opened from file:// says why it cannot run instead of staying blank.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const root = fileURLToPath(new URL('..', import.meta.url));
const single = fileURLToPath(new URL('../dist-single/unrolled.html', import.meta.url));
const multi = fileURLToPath(new URL('../dist/index.html', import.meta.url));

test.beforeAll(() => {
  test.setTimeout(180_000);
  execFileSync('npx', ['vite', 'build', '--mode', 'single', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  console.log(`single file: ${single} — ${statSync(single).size} bytes`);
});

test('the single file opened from file:// steps, trains in its inlined worker and saves a PNG', async ({
  page,
}) => {
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('pageerror', (e) => {
    throw e;
  });
  const html = readFileSync(single, 'utf8');
  // one file: no script, stylesheet or font is fetched from anywhere
  expect(html).not.toMatch(/<script[^>]+src=/);
  expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
  await page.goto(`file://${single}`);
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByTestId('readout')).toContainText('Forward · t = 1 of 4 · hₜ');
  await expect(page.getByRole('region', { name: 'Equations' }).locator('.katex').first()).toBeVisible();

  const training = page.getByRole('region', { name: 'Training', exact: true });
  await training.getByRole('button', { name: 'Train', exact: true }).click();
  await page.waitForTimeout(1000);
  await training.getByRole('button', { name: 'Stop' }).click();
  const iterations = training.getByText(/^iterations/).locator('..');
  const n = Number(((await iterations.textContent()) ?? '').replace(/\D/g, ''));
  expect(n).toBeGreaterThan(0);
  await expect(training).not.toContainText('worker failed');

  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('region', { name: 'Loss' }).getByRole('button', { name: 'Save PNG' }).click(),
  ]);
  const png = readFileSync(await dl.path());
  expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThan(200);
  expect(failed).toEqual([]);
});

test('the multi-file build opened from file:// points at the single-file build instead of a blank page', async ({
  page,
}) => {
  // dist/ is what the Playwright web server built and serves
  expect(existsSync(multi)).toBe(true);
  await page.goto(`file://${multi}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This copy of Unrolled needs a web server');
  await expect(alert).toContainText('dist-single/unrolled.html');
});

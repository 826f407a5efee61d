/**
 * The built app under the Content-Security-Policy it ships (a meta tag written by vite.config.ts) and
 * Trusted Types: a teacher's whole round — step, equations, train, lab, worksheet, a figure — with no
 * policy violation, no page error and no console error.
 */
import { expect, type Page, test } from '@playwright/test';

/** Collects CSP violations (the page's own event), page errors and console errors. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return problems;
}

test('the shipped page carries a strict policy with Trusted Types and no data: fonts', async ({ page }) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).toContain("font-src 'self'");
  expect(csp).toContain("require-trusted-types-for 'script'");
  expect(csp).toContain('trusted-types unrolled-katex default');
  // Trusted Types are enforced: a plain string to an HTML sink is refused by the default policy
  const sink = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      return 'allowed';
    } catch (e) {
      return e instanceof TypeError ? 'refused' : String(e);
    }
  });
  expect(sink).toBe('refused');
  // every font the page asked for came from a file of the app, none from a data: URL
  await expect(page.getByRole('region', { name: 'Equations' }).locator('.katex').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  const fonts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => /\.(woff2?|ttf)$/.test(n)),
  );
  expect(fonts.length).toBeGreaterThan(0);
  const sheets = await page.evaluate(() =>
    [...document.styleSheets].flatMap((s) => {
      try {
        return [...s.cssRules].map((r) => r.cssText).filter((t) => t.includes('@font-face'));
      } catch {
        return [];
      }
    }),
  );
  expect(sheets.some((t) => t.includes('data:'))).toBe(false);
});

test('a whole lesson runs under the policy and Trusted Types without a violation or an error', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const problems = await watch(page);
  await page.goto('/#cell=lstm');
  await expect(page.getByTestId('readout')).toContainText('t = 1 of 4');
  // the equations are KaTeX HTML: they reach the page through the unrolled-katex policy
  const eq = page.getByRole('region', { name: 'Equations' });
  await expect(eq.locator('.eq-sub .katex:visible').first()).toBeVisible();
  for (let k = 0; k < 12; k++) await page.keyboard.press('ArrowRight');
  await expect(eq.locator('.eq-sub .katex:visible').first()).toBeVisible();
  // training starts the worker (a script URL through the default policy) and its WebAssembly
  const training = page.getByRole('region', { name: 'Training' });
  await training.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('training-status')).toContainText('Paused after', { timeout: 30_000 });
  // a figure: serialised SVG, a PNG drawn through an image
  const download = page.waitForEvent('download');
  await page.getByRole('region', { name: 'Network' }).getByRole('button', { name: 'Save PNG' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.png$/);
  // the lab and the worksheet (chunks of their own)
  await page.goto('/#view=lab');
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await page.goto('/#view=worksheet');
  await expect(page.getByRole('heading', { name: 'Answer key' })).toBeVisible();
  expect(problems).toEqual([]);
});

test.describe('a stricter policy on the worker', () => {
  // no service worker: Playwright's routing is documented as unreliable beside one
  test.use({ serviceWorkers: 'block' });
  test('a policy that refuses WebAssembly in the worker is said on screen, and training runs on the JS kernels', async ({
    page,
  }) => {
    // the worker's own response carries the stricter policy (a worker's CSP comes with its script)
    let served = 0;
    await page.route('**/assets/training.worker*.js', async (route) => {
      served++;
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': "script-src 'self'" },
      });
    });
    await page.goto('/#H=16');
    const training = page.getByRole('region', { name: 'Training' });
    await expect(training.getByTestId('training-kernels')).toHaveCount(0);
    await training.getByRole('button', { name: 'Train', exact: true }).click();
    await expect
      .poll(() => served, { message: 'the worker script came through the route' })
      .toBeGreaterThan(0);
    await expect(training.getByTestId('training-kernels')).toContainText('WebAssembly is not available here');
    // the run pauses by itself after 10,000 iterations, on the slower kernels too
    await expect(training.getByTestId('training-status')).toContainText('Paused after 10,000 iterations', {
      timeout: 30_000,
    });
  });
});

test('with the shipped policy training runs on WebAssembly and says nothing about kernels', async ({
  page,
}) => {
  await page.goto('/#H=16');
  const training = page.getByRole('region', { name: 'Training' });
  await training.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(training.getByTestId('training-status')).toContainText('Paused after 10,000 iterations', {
    timeout: 30_000,
  });
  await expect(training.getByTestId('training-kernels')).toHaveCount(0);
});

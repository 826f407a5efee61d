/**
 * Cold load and memory benchmark (prints numbers; asserts nothing about them). Not part of `npm test`:
 *   BENCH_UI=1 npx playwright test e2e/bench-load.spec.ts
 * Cold load, at 1× and at 4× CPU throttling (CDP Emulation.setCPUThrottlingRate, a school laptop):
 * first contentful paint, and "first key handled" — ArrowRight is pressed every 50 ms from the moment
 * the page starts loading; the time (from navigation start) at which the readout first changes after a
 * press. Memory: JS heap + ArrayBuffer backing stores after a forced GC, after N updates of the largest lesson (LSTM H = 64, T = 199).
 */
import { expect, type Page, test } from '@playwright/test';
import { en } from '../src/i18n/en';

// runs only with BENCH_UI=1 (playwright.config.ts ignores bench-*.spec.ts otherwise)

declare global {
  interface Window {
    __handled?: number;
  }
}

const TEXT_100 = en['preset.longText'].padEnd(100, ' ').slice(0, 100);
const TEXT_200 = en['preset.longText'].repeat(2).slice(0, 200);
const LESSONS = [
  { label: 'hello (default)', url: '/' },
  { label: 'LSTM H=64 T=99 link', url: `/#cell=lstm&H=64&in=${encodeURIComponent(TEXT_100)}&tg=&m=0` },
];

/** In the page, before any script: the time the readout first changes after a keydown. */
function watchFirstHandledKey() {
  let pressedAt: number | null = null;
  let before: string | null = null;
  window.addEventListener(
    'keydown',
    () => {
      const r = document.querySelector('[data-testid="readout"]');
      if (!r || pressedAt !== null) return;
      pressedAt = performance.now();
      before = r.textContent;
      const mo = new MutationObserver(() => {
        if (r.textContent !== before && window.__handled === undefined) {
          window.__handled = performance.now();
          mo.disconnect();
        }
      });
      mo.observe(r, { subtree: true, childList: true, characterData: true });
      // a press the app did not take (still loading): try the next one
      setTimeout(() => {
        if (window.__handled === undefined) {
          mo.disconnect();
          pressedAt = null;
        }
      }, 40);
    },
    { capture: true },
  );
}

async function coldLoad(page: Page, url: string, rate: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(watchFirstHandledKey);
  await page.goto(url, { waitUntil: 'commit' });
  for (let k = 0; k < 400; k++) {
    if (await page.evaluate(() => window.__handled !== undefined).catch(() => false)) break;
    await page.keyboard.press('ArrowRight').catch(() => {});
    await page.waitForTimeout(50);
  }
  const r = await page.evaluate(() => ({
    handled: window.__handled ?? Number.NaN,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  }));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return r;
}

for (const rate of [1, 4]) {
  for (const lesson of LESSONS) {
    test(`cold load at ${rate}× CPU: ${lesson.label}`, async ({ browser }) => {
      test.setTimeout(120_000);
      const rows: string[] = [];
      for (let round = 0; round < 3; round++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
        const page = await context.newPage();
        const r = await coldLoad(page, lesson.url, rate);
        rows.push(`FCP ${r.fcp.toFixed(0)} ms, first key handled ${r.handled.toFixed(0)} ms`);
        await context.close();
      }
      console.log(`[bench] cold load ${rate}× ${lesson.label}: ${rows.join(' | ')}`);
    });
  }
}

test('heap after 50 updates of the largest lesson (LSTM H = 64, T = 199)', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto(`/#cell=lstm&H=64&in=${encodeURIComponent(TEXT_200)}&tg=&m=0`);
  await expect(page.getByTestId('readout')).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    // JS heap plus ArrayBuffer backing stores (the traces' Float64Arrays live outside the JS heap)
    const u = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    return (u.usedSize + (u.backingStorageSize ?? 0)) / 2 ** 20;
  };
  const rows = [`0 updates ${(await heap()).toFixed(1)} MB`];
  for (let u = 1; u <= 50; u++) {
    await page.keyboard.press('End'); // the update moment of this pass (its next pass may grow in the background)
    await expect(page.getByTestId('readout')).toContainText('Update', { timeout: 30_000 });
    await page.keyboard.press('ArrowRight'); // the next pass begins
    // wait until the pass is really there (a large pass may be grown in the background)
    await expect(page.getByTestId('readout')).toContainText(`pass ${u + 1}`, { timeout: 30_000 });
    if (u % 10 === 0) {
      rows.push(`${u} updates ${(await heap()).toFixed(1)} MB`);
    }
  }
  console.log(`[bench] JS heap + ArrayBuffers after a GC, LSTM H=64 T=199: ${rows.join(', ')}`);
});

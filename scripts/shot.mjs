// Screenshot helper for looking at the app: node scripts/shot.mjs URL OUT.png [width] [height] [keys...]
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const [url = 'http://localhost:4173/', out = '/tmp/shot.png', w = '1280', h = '720', ...keys] =
  process.argv.slice(2);
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(url);
await page.waitForTimeout(300);
for (const k of keys) {
  const [key, n = '1'] = k.split('*');
  for (let i = 0; i < +n; i++) await page.keyboard.press(key);
}
await page.waitForTimeout(200);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
console.log(errors.length ? `errors: ${errors.join(' | ')}` : 'no console errors');
await browser.close();

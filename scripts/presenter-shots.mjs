// Presenter-mode screenshots, one moment of each phase for each cell:
//   node scripts/presenter-shots.mjs [baseURL] [outDir] [width] [height]
// (default http://localhost:4173/, docs/screens, 1280×720). Serve the built app first (npm run preview).
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const [base = 'http://localhost:4173/', out = 'docs/screens', w = '1280', h = '720'] = process.argv.slice(2);
// moment index within the hello pass (T = 4): a forward step with numbers, the total, a backward dW, the update
const SUBS = { rnn: 6, lstm: 9, gru: 7 };
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
for (const cell of ['rnn', 'lstm', 'gru']) {
  const nf = SUBS[cell];
  const moments = {
    forward: nf + 1, // t = 2, the pre-activation / first gate
    total: 4 * nf,
    backward: 4 * nf + 1 + 4 + 3, // t = 3, weight gradients
    update: 4 * nf + 1 + 16,
  };
  for (const [phase, m] of Object.entries(moments)) {
    await page.goto(`${base}#cell=${cell}&m=${m}&present=1`);
    await page.waitForSelector('.pr-stage');
    await page.waitForTimeout(250);
    const file = `${out}/presenter-${cell}-${phase}${w === '1280' ? '' : `-${w}x${h}`}.png`;
    await page.screenshot({ path: file });
    const scroll = await page.evaluate(() => document.scrollingElement.scrollHeight - innerHeight);
    console.log(file, scroll > 0 ? `PAGE SCROLLS by ${scroll}px` : 'no page scroll');
  }
}
console.log(errors.length ? `errors: ${errors.join(' | ')}` : 'no page errors');
await browser.close();

// Compares the step work of builds served side by side (docs/decisions.md: the machine drifts, so only
// interleaved runs compare). Not part of `npm test`. Usage:
//   npx vite build --outDir /tmp/a --emptyOutDir && npx vite preview --outDir /tmp/a --port 4311 &
//   (the same for the other build on 4312)
//   node scripts/step-ab.mjs <rounds> <cpu throttling> <hash, e.g. "" or "#cell=lstm&H=64"> 4311 4312
// Env: STEPS (100), GAP (ms between keys, 250), W and H (viewport, 1280×720).
// Work of a step: keydown → end of the DOM changes it causes, plus its frame from the animation-frame
// callbacks to the task after the paint (the same measure as e2e/bench-step-latency.spec.ts).
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const [rounds = '3', cpu = '1', hash = '', ...ports] = process.argv.slice(2);
const STEPS = Number(process.env.STEPS ?? 100);
const GAP = Number(process.env.GAP ?? 250);
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

function install() {
  window.__work = [];
  window.addEventListener(
    'keydown',
    () => {
      const t0 = performance.now();
      const mo = new MutationObserver(() => {
        mo.disconnect();
        const js = performance.now() - t0;
        requestAnimationFrame(() => {
          const frame = performance.now();
          setTimeout(() => window.__work.push(js + performance.now() - frame), 0);
        });
      });
      mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    },
    { capture: true },
  );
  document.activeElement?.blur();
}

if (ports.length === 0) {
  console.error('usage: node scripts/step-ab.mjs <rounds> <cpu> <hash> <port>...');
  process.exit(2);
}
const browser = await chromium.launch(chromiumLaunchOptions);
const all = Object.fromEntries(ports.map((p) => [p, []]));
for (let r = 0; r < Number(rounds); r++) {
  for (const port of ports) {
    const page = await browser.newPage({
      viewport: { width: Number(process.env.W ?? 1280), height: Number(process.env.H ?? 720) },
    });
    await page.goto(`http://localhost:${port}/${hash}`);
    await page.waitForSelector('.panel');
    await page.waitForTimeout(1500);
    if (Number(cpu) > 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(cpu) });
    }
    await page.evaluate(install);
    for (let i = 0; i < STEPS; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((n) => window.__work.length >= n, i + 1);
      if (GAP > 0) await page.waitForTimeout(GAP);
    }
    const work = await page.evaluate(() => window.__work);
    all[port].push(...work);
    console.log(
      `${port} round ${r + 1}: p50 ${quantile(work, 0.5).toFixed(1)} ms, p95 ${quantile(work, 0.95).toFixed(1)} ms`,
    );
    await page.close();
  }
}
for (const port of ports) {
  const w = all[port];
  const over = w.filter((x) => x > 16).length;
  console.log(
    `${port}: ${w.length} steps, work p50 ${quantile(w, 0.5).toFixed(1)} ms, p95 ${quantile(w, 0.95).toFixed(1)} ms, over 16 ms: ${over}`,
  );
}
await browser.close();

/**
 * Training benchmark (prints numbers; asserts nothing about them). Not part of `npm test`:
 *   BENCH_UI=1 npx playwright test e2e/bench-training.spec.ts
 * For each workload, trains in the page's Web Worker for a few seconds with no iteration limit and
 * prints the worker's steps/s and chars/s (as the Training panel shows them), next to the same workload
 * through `npm run bench` in Node for comparison, and the main thread's responsiveness meanwhile:
 * Long Tasks API entries (tasks ≥ 50 ms: count and longest) and the longest gap between two frames.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';

// runs only with BENCH_UI=1 (playwright.config.ts ignores bench-*.spec.ts otherwise)
test.setTimeout(180_000);

declare global {
  interface Window {
    __long: number[];
    __gap: number;
    __stop: boolean;
  }
}

const SECONDS = 4;

/** Starts recording long tasks and frame gaps in the page. */
function install() {
  window.__long = [];
  window.__gap = 0;
  window.__stop = false;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
  let last = performance.now();
  const frame = (now: number) => {
    window.__gap = Math.max(window.__gap, now - last);
    last = now;
    if (!window.__stop) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** `npm run bench` in Node on the same workload: steps/s and chars/s. */
function nodeBench(args: string[]): { steps_per_s: number; chars_per_s: number } {
  const out = execFileSync('npx', ['tsx', 'src/cli/bench.ts', ...args, '--json'], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}');
}

const stat = async (page: Page, k: string) =>
  Number(((await page.locator(`[data-stat="${k}"] dd`).textContent()) ?? '0').replace(/,/g, ''));

async function trainFor(page: Page, url: string, setup: (page: Page) => Promise<void>) {
  await page.goto(url);
  await setup(page);
  const training = page.getByRole('region', { name: 'Training', exact: true });
  await training.getByLabel('Pause after').selectOption('0');
  await page.waitForTimeout(1000); // let the page settle after loading
  await page.evaluate(install);
  await training.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('training-status')).toHaveText('Training…');
  await page.waitForTimeout(300);
  const atStart = await page.evaluate(() => window.__long.splice(0));
  await page.evaluate(() => {
    window.__gap = 0;
  });
  await page.waitForTimeout(SECONDS * 1000);
  const steps = await stat(page, 'steps');
  const chars = await stat(page, 'chars');
  const iters = await stat(page, 'iter');
  const long = await page.evaluate(() => window.__long.splice(0));
  const gap = await page.evaluate(() => {
    window.__stop = true;
    return window.__gap;
  });
  await training.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByTestId('training-status')).toContainText('Paused after');
  await page.waitForTimeout(300);
  const atPause = await page.evaluate(() => window.__long);
  return { steps, chars, iters, long, gap, atStart, atPause };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const show = (ms: number[]) => (ms.length ? ms.map((x) => `${x.toFixed(0)} ms`).join(', ') : 'none');

const WORKLOADS = [
  {
    name: 'hello: rnn H=3, windows of 4 over "hello", adagrad',
    url: '/#opt=adagrad',
    setup: async () => {},
    node: () => {
      const file = join(tmpdir(), 'unrolled-hello.txt');
      writeFileSync(file, 'hello');
      return nodeBench(['--cell', 'rnn', '--hidden', '3', '--seq', '4', '--steps', '200000', '--text', file]);
    },
  },
  ...(['rnn', 'lstm'] as const).map((cell) => ({
    name: `coriolanus.txt (16 KB): ${cell} H=64, windows of 25, adagrad`,
    url: `/#opt=adagrad&H=64&cell=${cell}`,
    setup: async (page: Page) => {
      const training = page.getByRole('region', { name: 'Training', exact: true });
      await training.getByLabel('Train on', { exact: true }).selectOption('corpus:coriolanus');
      await expect(training.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
    },
    node: () =>
      nodeBench([
        '--cell',
        cell,
        '--hidden',
        '64',
        '--seq',
        '25',
        '--steps',
        cell === 'rnn' ? '3000' : '1000',
        '--text',
        'public/corpora/coriolanus.txt',
      ]),
  })),
  {
    name: 'many-to-one preset: 10 phrases per iteration, trace path, rnn H=12, adam',
    url: '/',
    setup: async (page: Page) => {
      await page.getByLabel('Shape', { exact: true }).selectOption('many-to-one');
    },
    node: () => null,
  },
];

for (const w of WORKLOADS) {
  test(`[bench] ${w.name}`, async ({ page }) => {
    const r = await trainFor(page, w.url, w.setup);
    const n = w.node();
    const longest = r.long.length ? Math.max(...r.long) : 0;
    console.log(
      `[bench] ${w.name}\n` +
        `  worker: ${fmt(r.steps)} steps/s, ${fmt(r.chars)} chars/s (${fmt(r.iters)} iterations in ~${SECONDS} s)\n` +
        (n ? `  node (npm run bench): ${fmt(n.steps_per_s)} steps/s, ${fmt(n.chars_per_s)} chars/s\n` : '') +
        `  main thread while training: ${r.long.length} long tasks ≥ 50 ms` +
        (r.long.length ? ` (longest ${longest.toFixed(0)} ms)` : '') +
        `, longest gap between frames ${r.gap.toFixed(1)} ms\n` +
        `  tasks ≥ 50 ms when Train is pressed (the lesson is rebuilt): ${show(r.atStart)}; ` +
        `when Pause applies the trained weights: ${show(r.atPause)}`,
    );
    expect(r.iters).toBeGreaterThan(0);
  });
}

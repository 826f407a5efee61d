/**
 * Presenter mode on a projector: every moment of the RNN, LSTM and GRU hello passes at 1024×768,
 * 1280×720 and 1920×1080 fits one screen with large numbers and nothing moving within a phase; the
 * clicker keys never change a setting; the dashboard follows the step.
 */
import { expect, type Page, test } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
];
/** Moments of one hello pass (T = 4): forward sub-steps × 4, the total, 4 × 4 backward, the update. */
const MOMENTS = { rnn: 4 * 6 + 1 + 16 + 1, lstm: 4 * 9 + 1 + 16 + 1, gru: 4 * 7 + 1 + 16 + 1 };

interface Snapshot {
  phase: string;
  overflow: number;
  /** Key blocks of the phase that are not fully inside the viewport. */
  outside: string[];
  /** The current backward section, when it has to be scrolled inside its box to be seen whole. */
  scrolls: string | null;
  /** Texts of the Network chart that its scrolling box shows only in part ("0.118" seen as "118"). */
  cut: string[];
  /** Smallest font size (px) of a number on the stage, and how many numbers were checked. */
  minFont: number;
  numbers: number;
  /** Boxes of the stage's panels and headings (x, y, w, h) and of fixed inner blocks (x, y). */
  boxes: Record<string, number[]>;
}

/** Reads one moment of the stage: run in the page. */
function snapshot(clipToPanel: boolean): Snapshot {
  const stage = document.querySelector('.pr-stage') as HTMLElement;
  const phase = stage.dataset.phase as string;
  const KEY: Record<string, string[]> = {
    // the Network's legend too: a colour scale the class cannot see is no legend
    forward: [
      '.equations .eq-active',
      '.output-panel .out-table',
      '.network-panel .net-col.current',
      '.network-panel .net-legend',
    ],
    total: ['.output-panel .out-summary', '.equations .eq-active'],
    backward: [
      '.backward-panel .bw-sec.is-current',
      '.network-panel .net-col.current',
      '.network-panel .net-legend',
    ],
    update: ['.update-panel .up-losses', '.update-panel .up-table'],
  };
  const NUMBERS: Record<string, string[]> = {
    forward: ['.network-panel .net-svg text', '.equations .eq-sub', '.output-panel td.num'],
    total: ['.output-panel td.num', '.output-panel .out-total', '.equations .eq-sub'],
    backward: ['.network-panel .net-svg text', '.backward-panel .vec-cell'],
    update: ['.update-panel .up-loss', '.update-panel .up-diff', '.update-panel .up-table td.num'],
  };
  const FIXED: Record<string, string[]> = {
    forward: ['.output-panel .out-table', '.equations .eq-active'],
    total: [],
    backward: ['.backward-panel .bw-sec'],
    update: [],
  };
  const W = window.innerWidth;
  const H = window.innerHeight;
  const outside: string[] = [];
  // the numbers under the active equation (a row of their own), whenever it has numbers
  const numbersRow = stage.querySelector('.equations .eq-numbers-row:not([hidden])');
  const keys =
    numbersRow && numbersRow.getBoundingClientRect().height > 0
      ? [...KEY[phase], '.equations .eq-numbers-row']
      : KEY[phase];
  for (const sel of keys) {
    const el = stage.querySelector(sel);
    if (!el) {
      outside.push(`${sel} (missing)`);
      continue;
    }
    // the visible area: the viewport, cut by the block's panel (panels scroll inside their own box)
    const panel = clipToPanel ? (el.closest('.panel') as Element).getBoundingClientRect() : null;
    const box = panel
      ? {
          l: Math.max(0, panel.left),
          t: Math.max(0, panel.top),
          r: Math.min(W, panel.right),
          b: Math.min(H, panel.bottom),
        }
      : { l: 0, t: 0, r: W, b: H };
    const r = el.getBoundingClientRect();
    if (
      r.left < box.l - 0.5 ||
      r.top < box.t - 0.5 ||
      r.right > box.r + 0.5 ||
      r.bottom > box.b + 0.5 ||
      r.height === 0
    )
      outside.push(
        `${sel} ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`,
      );
  }
  let minFont = Number.POSITIVE_INFINITY;
  let numbers = 0;
  for (const sel of NUMBERS[phase]) {
    for (const root of stage.querySelectorAll(sel)) {
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const parent = n.parentElement as Element;
        // KaTeX's MathML copy is for screen readers (clipped); sub/superscripts are indices, not numbers
        if (!/\d/.test(n.textContent ?? '') || parent.closest('.katex-mathml, .msupsub, title')) continue;
        const box = parent.getBoundingClientRect();
        if (box.width === 0 || getComputedStyle(parent).visibility === 'hidden') continue;
        minFont = Math.min(minFont, Number.parseFloat(getComputedStyle(parent).fontSize));
        numbers++;
      }
    }
  }
  const boxes: Record<string, number[]> = {};
  const rect = (el: Element, full: boolean) => {
    const r = el.getBoundingClientRect();
    return full ? [r.x, r.y, r.width, r.height] : [r.x, r.y];
  };
  stage.querySelectorAll(':scope > .panel').forEach((p, k) => {
    boxes[`panel ${k} ${p.className}`] = rect(p, true);
    const h2 = p.querySelector('h2');
    if (h2) boxes[`heading ${h2.textContent}`] = rect(h2, true);
  });
  for (const sel of FIXED[phase])
    stage.querySelectorAll(sel).forEach((el, k) => {
      boxes[`${sel} ${k}`] = rect(el, false);
    });
  const sec = stage.querySelector('.backward-panel .bw-sec.is-current');
  const scrolls =
    sec && (sec.scrollHeight > sec.clientHeight + 1 || sec.scrollWidth > sec.clientWidth + 1)
      ? `${sec.querySelector('h3')?.textContent?.slice(0, 40)}: ${sec.scrollWidth}×${sec.scrollHeight} in ${sec.clientWidth}×${sec.clientHeight}`
      : null;
  const cut: string[] = [];
  const svg = stage.querySelector('.network-panel .net-svg');
  let clipper = svg?.parentElement ?? null;
  while (clipper && getComputedStyle(clipper).overflowX === 'visible') clipper = clipper.parentElement;
  if (svg && clipper) {
    const c = clipper.getBoundingClientRect();
    for (const text of svg.querySelectorAll('text')) {
      const r = text.getBoundingClientRect();
      if (!text.textContent || r.width === 0) continue;
      const inside = r.left >= c.left - 0.5 && r.right <= c.right + 0.5;
      const away = r.right <= c.left + 0.5 || r.left >= c.right - 0.5;
      if (!inside && !away) cut.push(`"${text.textContent}" ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
  }
  const root = document.scrollingElement as Element;
  return { phase, overflow: root.scrollHeight - H, outside, scrolls, cut, minFont, numbers, boxes };
}

async function moveTo(page: Page, n: number) {
  await expect(page.getByRole('progressbar', { name: 'Progress through the pass' })).toHaveAttribute(
    'aria-valuenow',
    String(n),
  );
}

for (const size of SIZES) {
  for (const cell of ['rnn', 'lstm', 'gru'] as const) {
    test(`presenter mode at ${size.width}×${size.height}, ${cell}: every moment fits one screen, numbers ≥ 24 px, nothing moves within a phase`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(size);
      await page.goto(`/#cell=${cell}&present=1`);
      await moveTo(page, 1);
      // the Equations panel (KaTeX) is a chunk of its own: wait until it has replaced its placeholder
      await expect(page.locator('.pr-stage .equations .eq-active')).toBeVisible();
      // at 1024×768 a gated cell's forward equation and the Output table do not both fit under the
      // Network at 24 px: there the key blocks must be inside the viewport, but may scroll inside their
      // panel (docs/presenter.md); at 1280×720 and 1920×1080 they must be fully visible in their panel
      const clip = size.width !== 1024;
      let prev: Snapshot | null = null;
      const problems: string[] = [];
      for (let n = 1; n <= MOMENTS[cell]; n++) {
        if (n > 1) {
          await page.keyboard.press('PageDown');
          await moveTo(page, n);
        }
        // the Network catches up a frame after the step (store/late.ts) and writes its scroll position at
        // the frame after that: read after both
        await page.evaluate(
          () =>
            new Promise((r) =>
              requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r))),
            ),
        );
        const s = await page.evaluate(snapshot, clip);
        const at = `moment ${n} (${s.phase})`;
        if (s.overflow > 0) problems.push(`${at}: the page scrolls by ${s.overflow}px`);
        for (const o of s.outside) problems.push(`${at}: outside the viewport: ${o}`);
        // the current ledger section shows all its numbers without scrolling (not at 1024×768: there
        // a gated cell's sections are a few px too small, docs/presenter.md)
        // no number or letter of the Network half shown (not at 1024×768: there the stage's Network box is
        // narrower than one column, docs/presenter.md)
        if (clip) for (const c of s.cut) problems.push(`${at}: a Network text is cut by its box: ${c}`);
        if (clip && s.scrolls) problems.push(`${at}: the current backward section scrolls: ${s.scrolls}`);
        if (s.numbers === 0) problems.push(`${at}: no numbers found on the stage`);
        if (s.minFont < 24) problems.push(`${at}: a number is ${s.minFont}px`);
        if (prev && prev.phase === s.phase) {
          for (const [k, b] of Object.entries(s.boxes)) {
            const a = prev.boxes[k];
            if (!a) continue;
            if (a.some((v, i) => Math.abs(v - b[i]) > 0.5))
              problems.push(`${at}: ${k} moved ${a.map(Math.round)} → ${b.map(Math.round)}`);
          }
        }
        prev = s;
      }
      expect(problems).toEqual([]);
    });
  }
}

test('the Present button, F and Esc switch presenter mode, and the link keeps it', async ({ page }) => {
  await page.goto('/');
  const present = page.getByRole('button', { name: 'Present' });
  await expect(present).toHaveAttribute('aria-pressed', 'false');
  await present.click();
  await expect(page.getByRole('button', { name: 'Present' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { name: 'Network' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Equations' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Output' })).toBeVisible();
  // the settings and the training are not on the stage
  await expect(page.getByLabel('Cell')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Training' })).toHaveCount(0);
  await expect.poll(() => page.url()).toContain('present=1');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Present' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByLabel('Cell')).toBeVisible();
  await expect.poll(() => page.url()).not.toContain('present=1');
  await page.keyboard.press('f');
  await expect(page.getByRole('button', { name: 'Present' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => page.url()).toContain('present=1');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Present' })).toHaveAttribute('aria-pressed', 'true');
});

test('presenter mode shows the same numbers as the dashboard: the total loss of the hello pass', async ({
  page,
}) => {
  await page.goto('/#m=24');
  const dash = await page.locator('.out-total').getAttribute('data-loss');
  await page.goto('/#m=24&present=1');
  await expect(page.locator('.pr-stage .out-total')).toHaveAttribute('data-loss', dash as string);
  await expect(page.locator('.pr-stage')).toHaveAttribute('data-phase', 'total');
});

const cursorOf = (page: Page) => page.getByTestId('readout').getAttribute('data-cursor');

test('clicker trap: after choosing from any select, PageDown / → / ← step the lesson and leave the value', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/#m=5');
  await expect(page.getByTestId('readout')).toBeVisible(); // the app has rendered
  const count = await page.locator('select:visible').count();
  expect(count).toBeGreaterThanOrEqual(8);
  const tested: string[] = [];
  for (let k = 0; k < count; k++) {
    // each select on a fresh page, so that one choice (e.g. the cell) does not disable another
    await page.goto('/#m=5');
    const select = page.locator('select:visible').nth(k);
    if (await select.isDisabled()) continue;
    const options = await select
      .locator('option:not([disabled])')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const current = await select.inputValue();
    const other = options.find((v) => v !== current) ?? current;
    await select.focus();
    await select.selectOption(other);
    await expect(select).toBeFocused();
    const value = await select.inputValue();
    const [pass, index] = ((await cursorOf(page)) as string).split(':').map(Number);
    const name = await select.evaluate(
      (el) =>
        (el as HTMLSelectElement).labels?.[0]?.textContent ||
        el.getAttribute('aria-label') ||
        el.outerHTML.slice(0, 60),
    );
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('readout'), name).toHaveAttribute('data-cursor', `${pass}:${index + 1}`);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('readout'), name).toHaveAttribute('data-cursor', `${pass}:${index + 2}`);
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('readout'), name).toHaveAttribute('data-cursor', `${pass}:${index + 1}`);
    expect(await select.inputValue(), name).toBe(value);
    tested.push(name);
  }
  expect(tested.length).toBeGreaterThanOrEqual(8);
});

test('dashboard: Follow the step scrolls the backward ledger into view, and can be turned off', async ({
  page,
}) => {
  await page.goto('/#m=23');
  const follow = page.getByRole('checkbox', { name: 'Follow the step' });
  await expect(follow).toBeChecked();
  await page.keyboard.press('ArrowRight'); // the total
  await page.keyboard.press('ArrowRight'); // backward t = 4, dy
  await expect(page.locator('.backward-panel .bw-sec[aria-current="step"]')).toBeInViewport();
  await follow.uncheck();
  await page.waitForTimeout(600); // the smooth scroll ends
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('dashboard: Follow the step jumps (no smooth scroll) when steps come quicker than a scroll lasts', async ({
  page,
}) => {
  await page.goto('/#m=23');
  await expect(page.locator('.lesson .equations .eq-active')).toBeVisible();
  await page.waitForTimeout(800); // the stages below have mounted
  await page.evaluate(() => window.scrollTo(0, 0));
  // two steps 100 ms apart: the first scroll is smooth, the second one (the ledger) is at once
  await page.keyboard.press('ArrowRight'); // the total
  await page.waitForTimeout(100);
  const inView = await page.evaluate(async () => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })); // backward dy
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    for (let k = 0; k < 3; k++) await frame();
    const el = document.querySelector('.backward-panel .bw-sec[aria-current="step"]');
    const r = el?.getBoundingClientRect();
    return r ? r.top >= 0 && r.bottom <= window.innerHeight : null;
  });
  expect(inView).toBe(true);
});

test('dashboard: Follow the step follows keys pressed the moment the lesson appears', async ({ page }) => {
  // both presses are dispatched in the microtask right after the readout is committed
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="readout"]')) return;
      seen.disconnect();
      for (let k = 0; k < 2; k++)
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  await page.goto('/#m=23');
  await expect(page.getByTestId('readout')).toContainText('Backward · t = 4 of 4');
  await expect(page.locator('.backward-panel .bw-sec[aria-current="step"]')).toBeInViewport();
});

test('dashboard: the panels below the Equations do not jump between weight-gradient sub-steps', async ({
  page,
}) => {
  await page.goto('/#m=25'); // backward t = 4, dy
  // the Equations panel (KaTeX) is a chunk of its own: measure once it has replaced its placeholder
  await expect(page.locator('.lesson .equations .eq-active')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Follow the step' }).uncheck();
  // read once the panels a step reaches a frame late (the Equations, in the backward pass) have caught up
  const top = () =>
    page
      .locator('.lesson .backward-panel')
      .evaluate(
        (el) =>
          new Promise<number>((r) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => r(el.getBoundingClientRect().top + window.scrollY)),
            ),
          ),
      );
  // the first weight-gradient sub-step (t = 4) sets the reserved height of this phase
  for (let k = 0; k < 4; k++) {
    await page.keyboard.press('ArrowRight');
    await top(); // a teacher's pace: each sub-step drawn before the next key
  }
  const tops: number[] = [];
  for (let k = 0; k < 8; k++) {
    tops.push(await top());
    await page.keyboard.press('ArrowRight');
  }
  expect(new Set(tops.map(Math.round)).size).toBe(1);
});

test('dashboard at 1280×720: the update’s ΔW matrices fit their panel', async ({ page }) => {
  await page.goto('/#m=41');
  const delta = page.locator('.lesson .update-panel .up-delta');
  await expect(delta).toBeVisible();
  const { scroll, client } = await delta.evaluate((el) => ({
    scroll: el.scrollWidth,
    client: el.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
});

test('dashboard at 853×480 (150 % of 720p): the Network and the current panel come before the settings', async ({
  page,
}) => {
  await page.setViewportSize({ width: 853, height: 480 });
  await page.goto('/#m=3');
  const y = (sel: string) =>
    page
      .locator(sel)
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);
  // the panels below the fold mount after the first paint and move the settings down: read them together
  await expect(async () => {
    const settings = await y('.sidebar');
    expect(await y('.lesson .network-panel')).toBeLessThan(settings);
    expect(await y('.lesson .equations')).toBeLessThan(settings);
  }).toPass({ timeout: 5000 });
});

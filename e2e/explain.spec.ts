/**
 * "Where does this number come from?": a teacher clicks (or focuses and presses Enter on) a number of
 * the hello lesson and reads its explanation card; the card's result is the panel's number.
 */
import { expect, type Page, test } from '@playwright/test';
import { blockOf } from '../src/engine/trace';
import { fmt, pct } from '../src/format';
import { expectClose } from './fixtures/close';
import { helloModel, helloTraceOf } from './fixtures/hello';
import { settledBox } from './fixtures/layout';

const model = helloModel();
const trace = helloTraceOf(model);
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
/** rnn, T = 4: forward index (t − 1)·6 + {x 0, a 1, h 2, y 3, p 4, loss 5}; 24 total; 25.. backward; 41 update. */
const FWD = (t: number, sub: number) => (t - 1) * 6 + sub;

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

async function cardValue(page: Page, name: string): Promise<number> {
  const card = page.getByRole('dialog', { name, exact: true });
  await expect(card).toBeVisible();
  return Number(await card.locator('.xp-value').getAttribute('data-value'));
}

test('clicking h₁[1] in the Network opens its card: tanh of a₁[1], the result the panel shows', async ({
  page,
}) => {
  await page.goto(`/#m=${FWD(1, 2)}`);
  const unit = region(page, 'Network').locator('g.net-col[data-t="1"] g.net-unit').first();
  const shown = await unit.locator('.net-val').textContent();
  await unit.click();
  const card = page.getByRole('dialog', { name: 'h₁[1]', exact: true });
  expectClose(await cardValue(page, 'h₁[1]'), trace.forward[0].h[0]);
  await expect(card.locator('.xp-value')).toHaveText(shown as string);
  await expect(card).toContainText('tanh(a₁[1])');
  // the pre-activation is a factor of the card: it opens a₁[1], written out as a sum of products
  await card.getByRole('button', { name: /^a₁\[1\] = / }).click();
  const a = page.getByRole('dialog', { name: 'a₁[1]', exact: true });
  await expect(a).toContainText('Wxh[1,·]·x₁ + Whh[1,·]·h₀ + bh[1]');
  expectClose(await cardValue(page, 'a₁[1]'), blockOf(trace.forward[0].pre, '')[0]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('clicking a probability in the Output opens p₁[e] whose result is the table’s number', async ({
  page,
}) => {
  await page.goto(`/#m=${FWD(1, 4)}`);
  const p = trace.forward[0].p[1];
  const button = region(page, 'Output').getByRole('button', { name: `p₁[e] = ${pct(p)}`, exact: true });
  await button.click();
  const card = page.getByRole('dialog', { name: 'p₁[e]', exact: true });
  await expect(card.locator('.xp-value')).toContainText(pct(p));
  const cell = await region(page, 'Output').locator('tr[data-char="e"] td[data-p]').getAttribute('data-p');
  expectClose(await cardValue(page, 'p₁[e]'), Number(cell));
  expectClose(Number(cell), p);
});

test('clicking an entry of dWhh at the update opens its card: Σₜ da·h with the gradient as result', async ({
  page,
}) => {
  await page.goto('/#m=41');
  const canvas = region(page, 'Backward').locator('.hm-host[data-name="dWhh"] canvas');
  const box = await settledBox(canvas);
  // row 1, column 2 of the 3 × 3 matrix
  await page.mouse.click(box.x + (1.5 * box.width) / 3, box.y + (0.5 * box.height) / 3);
  const card = page.getByRole('dialog', { name: 'dWhh[1,2]', exact: true });
  await expect(card).toContainText('Σₜ daₜ[1]·hₜ₋₁[2]');
  expectClose(await cardValue(page, 'dWhh[1,2]'), trace.grads.Whh[1]);
  await expect(card.locator('.xp-value')).toContainText(fmt(trace.grads.Whh[1], 3));
  // its four steps are factors of the chain rule, each opening in turn
  await expect(card.getByRole('button', { name: /^da₄\[1\] = / })).toBeVisible();
});

test('by keyboard: the dWhh grid takes focus, arrows move the outlined entry, Enter opens its card, Escape returns', async ({
  page,
}) => {
  await page.goto('/#m=41');
  const grid = page.getByRole('group', { name: /^dWhh: arrow keys move between entries/ });
  await grid.focus();
  await page.keyboard.press('ArrowDown'); // the first arrow outlines row 1, column 1
  await page.keyboard.press('ArrowRight'); // → row 1, column 2 (the lesson does not step)
  await expect(page.getByTestId('readout')).toContainText('Update');
  await expect(region(page, 'Backward').locator('.hm-host[data-name="dWhh"] .hm-tip')).toBeVisible();
  await page.keyboard.press('Enter');
  const card = page.getByRole('dialog', { name: 'dWhh[1,2]', exact: true });
  await expect(card).toContainText('Σₜ daₜ[1]·hₜ₋₁[2]');
  expectClose(await cardValue(page, 'dWhh[1,2]'), trace.grads.Whh[1]);
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(grid).toBeFocused();
});

test('two cards can be pinned at once and a pinned card can be dragged', async ({ page }) => {
  await page.goto(`/#m=${FWD(1, 4)}`);
  const out = region(page, 'Output');
  await out.getByRole('button', { name: /^p₁\[e\] = / }).click();
  await page.getByRole('button', { name: 'Pin the card of p₁[e]' }).click();
  await out.getByRole('button', { name: /^y₁\[l\] = / }).click();
  await page.getByRole('button', { name: 'Pin the card of y₁[l]' }).click();
  const pinned = page.locator('.xp-card.xp-pinned');
  await expect(pinned).toHaveCount(2);
  await expect(page.getByRole('dialog', { name: 'p₁[e]' })).toContainText('Pinned at Forward · t = 1');
  const card = page.getByRole('dialog', { name: 'y₁[l]', exact: true });
  const before = await card.boundingBox();
  const head = await card.locator('.xp-head .xp-mode').boundingBox();
  if (!before || !head) throw new Error('no pinned card');
  await page.mouse.move(head.x + 5, head.y + 5);
  await page.mouse.down();
  await page.mouse.move(head.x - 200, head.y + 120, { steps: 5 });
  await page.mouse.up();
  const after = await card.boundingBox();
  expect(Math.round((after?.x ?? 0) - before.x)).toBe(-205);
  // a pinned card keeps its moment: stepping on does not change it
  await page.keyboard.press('Home');
  await expect(page.getByRole('dialog', { name: 'p₁[e]' }).locator('.xp-value')).toContainText(
    pct(trace.forward[0].p[1]),
  );
});

test('keyboard only: a focused number opens its card with Enter, Escape closes it and gives focus back', async ({
  page,
}) => {
  await page.goto(`/#m=${FWD(2, 2)}`);
  const unit = region(page, 'Network').locator('g.net-col[data-t="2"] g.net-unit').nth(1);
  await unit.focus();
  await page.keyboard.press('Enter');
  const card = page.getByRole('dialog', { name: 'h₂[2]', exact: true });
  await expect(card).toBeFocused();
  expectClose(await cardValue(page, 'h₂[2]'), trace.forward[1].h[1]);
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(unit).toBeFocused();
  // a button (Backward's dh) opens with Enter too
  await page.goto('/#m=26');
  const dh = region(page, 'Backward').getByRole('button', { name: /^dh₄\[1\] = / });
  await dh.focus();
  await page.keyboard.press('Enter');
  expectClose(await cardValue(page, 'dh₄[1]'), trace.backward[3].dh[0]);
});

test('the open card follows the cursor: back before h₁ is computed it says so', async ({ page }) => {
  await page.goto(`/#m=${FWD(1, 2)}`);
  await region(page, 'Equations')
    .getByRole('button', { name: /^h₁\[1\] = / })
    .click();
  const card = page.getByRole('dialog', { name: 'h₁[1]', exact: true });
  await expect(card).toContainText('Follows the cursor');
  await page.keyboard.press('ArrowLeft');
  await expect(card).toContainText('not computed yet');
  await page.keyboard.press('ArrowRight');
  expectClose(await cardValue(page, 'h₁[1]'), trace.forward[0].h[0]);
});

test.describe('the cell diagram', () => {
  for (const cell of ['lstm', 'gru'] as const) {
    test(`${cell}: the diagram of step 2 shows the Gates panel’s values at the same moment`, async ({
      page,
    }) => {
      // forward, t = 2, sub-step h: every gate of step 2 is computed
      const subs = cell === 'lstm' ? 9 : 7;
      const hSub = cell === 'lstm' ? 5 : 3;
      await page.goto(`/#cell=${cell}&m=${subs + hSub}`);
      const network = region(page, 'Network');
      await network.getByRole('button', { name: 'Cell diagram' }).click();
      const img = network.getByRole('img', { name: `${cell.toUpperCase()} cell at t = 2`, exact: true });
      await expect(img).toBeVisible();
      const gates = cell === 'lstm' ? ['f', 'i', 'o', 'g'] : ['z', 'r', 'g'];
      // the Gates panel's heatmap tells a cell's exact value on hover: scan its grid for unit 1, t = 2
      const heat = region(page, 'Gates').locator('.chart-host').first();
      await heat.scrollIntoViewIfNeeded();
      const canvas = heat.locator('canvas').first();
      const box = await canvas.boundingBox();
      if (!box) throw new Error('no gates heatmap');
      const tip = heat.locator('.chart-tip, [class*="tip"]').first();
      const found: Record<string, number> = {};
      for (let y = box.y + 1; y < box.y + box.height && Object.keys(found).length < gates.length; y += 3) {
        for (const x of [box.x + (1.5 * box.width) / 4]) {
          await page.mouse.move(x, y);
          const text = (await tip.textContent()) ?? '';
          const hit = /^(\w)ₜ · unit 1 · t = 2 .*: (−?[\d.]+)$/.exec(text);
          if (hit) found[hit[1]] = Number(hit[2].replace('−', '-'));
        }
      }
      expect(Object.keys(found).sort()).toEqual([...gates].sort());
      await img.scrollIntoViewIfNeeded();
      for (const g of gates) {
        const shown = Number(
          await img.locator(`g.cell-node[data-key="${g}"] .cell-val`).getAttribute('data-value'),
        );
        expectClose(shown, found[g], 1e-5, 1, `${g}₂[1]`); // the tooltip rounds to 5 decimals
      }
      // and in text form
      await expect(network.getByTestId('cell-values')).toContainText(`Values of unit 1 at t = 2:`);
    });
  }

  test('the RNN gets the same picture with its single tanh, and gated cells are lit in sub-step order', async ({
    page,
  }) => {
    await page.goto(`/#m=${FWD(2, 1)}`); // a₂ computed, h₂ not yet
    const network = region(page, 'Network');
    await network.getByRole('button', { name: 'Cell diagram' }).click();
    const img = network.getByRole('img', { name: 'RNN cell at t = 2', exact: true });
    await expect(img.locator('g.cell-node[data-key="a"]')).toHaveClass(/is-current/);
    await expect(img.locator('g.cell-node[data-key="h"]')).toHaveClass(/is-pending/);
    await expect(img.locator('g.cell-node[data-key="a"] .cell-val')).toHaveText(
      fmt(blockOf(trace.forward[1].pre, '')[0], 3),
    );
    await page.keyboard.press('ArrowRight');
    await expect(img.locator('g.cell-node[data-key="h"] .cell-val')).toHaveText(
      fmt(trace.forward[1].h[0], 3),
    );
  });
});

test('same weights at every step: hovering dWhh lights the recurrent arrow of every column, dWhy the output arrows', async ({
  page,
}) => {
  await page.goto('/#m=41');
  const arrows = (cls: string) =>
    region(page, 'Network')
      .locator(`g.net-col path.${cls}`)
      .evaluateAll((ps) => ps.map((p) => getComputedStyle(p).strokeWidth));
  expect(await arrows('net-harrow')).not.toContain('3px');
  const whh = region(page, 'Backward').locator('figure.hm-fig', { has: page.locator('[data-name="dWhh"]') });
  await whh.hover();
  expect(await arrows('net-harrow')).toEqual(['3px', '3px', '3px', '3px']);
  expect(await arrows('net-upy')).not.toContain('3px');
  await region(page, 'Backward')
    .locator('figure.hm-fig', { has: page.locator('[data-name="dWhy"]') })
    .hover();
  expect(await arrows('net-upy')).toEqual(['3px', '3px', '3px', '3px']);
  expect(await arrows('net-harrow')).not.toContain('3px');
});

test('a chart’s number shows its card on hover (no native tooltip) and keeps it on click', async ({
  page,
}) => {
  await page.goto(`/#m=${FWD(1, 4)}`);
  const net = region(page, 'Network');
  const k = trace.forward[0].argmax; // the tallest bar is the easiest to point at
  const ch = ['h', 'e', 'l', 'o'][k];
  const bar = net.locator('g.net-col[data-t="1"] rect.net-bar').nth(k);
  await expect(bar.locator('title')).toHaveText('');
  await bar.hover();
  const card = page.getByRole('dialog', { name: `y₁[${ch}]`, exact: true });
  await expect(card).toBeVisible();
  expectClose(await cardValue(page, `y₁[${ch}]`), trace.forward[0].y[k]);
  await page.mouse.move(5, 5);
  await expect(card).toHaveCount(0);
  await bar.hover();
  await bar.click();
  await page.mouse.move(5, 5);
  await expect(card).toBeVisible();
});

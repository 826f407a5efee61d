import { expect, test } from '@playwright/test';
import { fmt } from '../src/format';
import { DEFAULT_CONFIG } from '../src/store/config';
import { buildSequence, firstPass } from '../src/store/lesson';

import { helloModel, helloTraceOf } from './fixtures/hello';

// The app's default lesson: "hell" → "ello", a tanh RNN with 3 units, seed 27, h0 random.
const model = helloModel();
const trace = helloTraceOf(model);

test('the Network panel shows the hello example unrolled over four steps', async ({ page }) => {
  await page.goto('/');
  const panel = page.getByRole('region', { name: 'Network' });
  await expect(panel.getByRole('img', { name: /unrolled through time/ })).toBeVisible();
  const steps = panel.locator('g.net-col:not([data-t="0"])');
  await expect(steps).toHaveCount(4);
  await expect(panel.locator('.net-char')).toHaveText(['h', 'e', 'l', 'l']);
  await expect(panel.locator('.net-target')).toHaveText(['e', 'l', 'l', 'o']);
  // h0 is drawn with its (random) values before anything is computed
  await expect(panel.locator('g.net-col[data-t="0"] .net-val')).toHaveText(
    Array.from(model.h0, (x) => fmt(x)),
  );
});

test('h_1 is labelled with the engine’s numbers once the forward pass has computed it', async ({ page }) => {
  await page.goto('/');
  const panel = page.getByRole('region', { name: 'Network' });
  const h1 = panel.locator('g.net-col[data-t="1"] .net-val');
  await expect(h1).toHaveText(['', '', '']); // not computed yet at x_1
  await page.keyboard.press('ArrowRight'); // a_1
  await page.keyboard.press('ArrowRight'); // h_1
  await expect(h1).toHaveText(Array.from(trace.forward[0].h, (x) => fmt(x, 3)));
  await expect(panel.getByTestId('network-summary')).toContainText(`hₜ = (${fmt(trace.forward[0].h[0])}`);
});

test('stepping moves the highlighted column, and a click on a column jumps to that step', async ({
  page,
}) => {
  await page.goto('/');
  const panel = page.getByRole('region', { name: 'Network' });
  const current = panel.locator('g.net-col[data-current="true"]');
  await expect(current).toHaveAttribute('data-t', '1');
  for (let k = 0; k < 6; k++) await page.keyboard.press('ArrowRight'); // 6 sub-steps per step
  await expect(current).toHaveAttribute('data-t', '2');
  await panel.locator('g.net-col[data-t="4"]').click();
  await expect(current).toHaveAttribute('data-t', '4');
  await expect(page.getByTestId('readout')).toContainText('t = 4 of 4');
});

test('in the backward phase the arrows point back and carry ‖dh‖ from the sub-step that computes it', async ({
  page,
}) => {
  await page.goto('/#m=26'); // rnn, T = 4: 24 total, 25 dy_4, 26 dh_4, 27 dact_4, 28 dW_4 (dh_3 = Whhᵀ da_4)
  const panel = page.getByRole('region', { name: 'Network' });
  await expect(panel.locator('path.net-harrow.back')).toHaveCount(0);
  await page.goto('/#m=28');
  await expect(panel.locator('path.net-harrow.back')).toHaveCount(1);
  await expect(panel.locator('g.net-col[data-t="4"] .net-dh')).not.toHaveText('');
});

test('the LSTM draws a c path above h', async ({ page }) => {
  await page.goto('/#cell=lstm');
  const panel = page.getByRole('region', { name: 'Network' });
  await expect(panel.locator('g.net-col:not([data-t="0"])')).toHaveCount(4);
  await expect(panel.locator('path.net-carrow')).toHaveCount(4);
  await expect(panel.locator('.net-cstrip')).toHaveCount(5);
  await expect(panel.locator('g.net-col[data-t="1"] .net-chip')).toHaveText(['f', 'i', 'o', 'g']);
});

test('above 8 units the strips are drawn on a canvas and only the columns near the viewport are in the page', async ({
  page,
}) => {
  const text =
    'the quick brown fox jumps over the lazy dog while the old cat sleeps in the warm sun and the bird sings';
  // LSTM, 9 sub-steps per step: m = 9 · 79 is the start of step 80
  await page.goto(`/#cell=lstm&H=64&in=${encodeURIComponent(text)}&tg=&m=${9 * 79}`);
  const panel = page.getByRole('region', { name: 'Network' });
  await expect(panel.locator('canvas.net-canvas')).toBeVisible();
  await expect(panel.locator('g.net-col[data-current="true"]')).toHaveAttribute('data-t', '80');
  const columns = await panel.locator('g.net-col').count();
  expect(columns).toBeGreaterThan(5);
  expect(columns).toBeLessThan(40); // of 100
  expect(await panel.locator('*').count()).toBeLessThan(3000);
  await expect(panel.locator('.net-val')).toHaveCount(0);

  // the cursor moves the drawn columns along; the first step comes back into the page
  await page.keyboard.press('Home');
  await expect(panel.locator('g.net-col[data-current="true"]')).toHaveAttribute('data-t', '1');
  await expect(panel.locator('g.net-col[data-t="0"]')).toHaveCount(1);

  // the chart stays where it is (the dashboard would otherwise follow the step down to the equation)
  await page.getByRole('checkbox', { name: 'Follow the step' }).uncheck();
  await page.evaluate(() => window.scrollTo(0, 0));
  // hovering a unit of h_1 highlights its column and gives its value (six presses from f_1 pass h_1)
  for (let k = 0; k < 6; k++) await page.keyboard.press('ArrowRight');
  const hit = panel.locator('g.net-col[data-t="1"] rect.net-hit-h');
  const box = await hit.boundingBox();
  if (!box) throw new Error('no unit strip');
  await page.mouse.move(box.x + box.width / 2, box.y + 3.5 * (box.height / 64));
  await expect(panel.locator('g.net-col[data-t="1"]')).toHaveClass(/hovered/);
  // the engine's h_1[4] for this lesson (the app builds it the same way)
  const config = { ...DEFAULT_CONFIG, cell: 'lstm' as const, hidden: 64, input: text, target: '' };
  const seq = buildSequence(config, null);
  if ('key' in seq) throw new Error(seq.key);
  const h1 = firstPass(config, seq, null).trace.forward[0].h;
  await expect(hit.locator('title')).toHaveText(`h_1[4] = ${fmt(h1[3], 4)}`);
});

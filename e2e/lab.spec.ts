/** A teacher in the activation lab: compare curves, turn maxout into ReLU, stack layers, kill a ReLU, use it in the RNN. */
import { expect, type Page, test } from '@playwright/test';
import { activate } from '../src/engine/activations';
import { blockOf } from '../src/engine/trace';
import { fmt } from '../src/format';
import { sigmoidBound } from '../src/lab/math/depth';
import { DEFAULT_CONFIG } from '../src/store/config';
import { buildSequence, firstPass, type Sequence } from '../src/store/lesson';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

const lab = (page: Page) => page.getByRole('region', { name: 'Activation lab' });
const section = (page: Page, name: string) => lab(page).getByRole('region', { name, exact: true });
const num = (s: string) => Number(s.replace(/−/g, '-'));

test('the lab opens from the main screen and shows every section', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Activation lab' }).click();
  await expect(lab(page).getByRole('heading', { level: 2, name: 'Activation lab' })).toBeVisible();
  for (const name of ['Curves', 'Maxout', 'Depth', 'Dying ReLU', 'Into the RNN']) {
    await expect(section(page, name).getByRole('heading', { name })).toBeVisible();
  }
  await expect(page).toHaveURL(/view=lab/);
});

test('curves: selecting functions overlays them with their values at the probe', async ({ page }) => {
  await page.goto('/#view=lab');
  const curves = section(page, 'Curves');
  await curves.getByRole('checkbox', { name: 'maxout' }).check();
  await curves.getByRole('checkbox', { name: 'GELU' }).check();
  await curves.getByRole('checkbox', { name: 'sigmoid' }).uncheck();
  // one path in f and one in f′ per selected function
  await expect(curves.locator('path.series[data-id="maxout"]')).toHaveCount(2);
  await expect(curves.locator('path.series[data-id="gelu"]')).toHaveCount(2);
  await expect(curves.locator('path.series[data-id="sigmoid"]')).toHaveCount(0);
  await expect(page).toHaveURL(/lab\.fn=tanh\.relu\.leaky_relu\.elu\.maxout\.gelu/);

  // the probe table reads every selected function at x = −1, with the engine's numbers
  const table = curves.getByRole('table');
  await expect(table.getByRole('row', { name: /tanh/ })).toContainText(fmt(activate('tanh', -1), 4));
  await expect(table.getByRole('row', { name: /^ReLU/ })).toContainText('saturated');
  // hovering the plots moves the probe
  const chart = curves.getByRole('img', { name: /Curves f\(x\)/ });
  const box = await chart.boundingBox();
  if (!box) throw new Error('no chart');
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.3);
  await expect(table.locator('caption')).not.toHaveText('Values at x = −1.00');

  // leaky α is adjustable: its value shows in the table at the probe
  await curves.getByRole('slider', { name: 'Probe x' }).fill('-2');
  await curves.getByRole('slider', { name: 'Leaky α' }).fill('0.2');
  await expect(table.getByRole('row', { name: /leaky ReLU/ })).toContainText('−0.4000');
  await expect(page).toHaveURL(/lab\.leaky=0\.2/);
});

test('maxout: moving the w₁ slider to 0 makes it exactly ReLU; presets give |x| and leaky ReLU', async ({
  page,
}) => {
  await page.goto('/#view=lab');
  const maxout = section(page, 'Maxout');
  await expect(maxout.getByRole('status')).toHaveText('Not a preset: a new piecewise-linear shape.');
  const w1 = maxout.getByRole('slider', { name: 'w₁' });
  await w1.focus();
  for (let k = 0; k < 50; k++) await page.keyboard.press('ArrowRight');
  await expect(maxout.getByRole('spinbutton', { name: 'w₁ value' })).toHaveValue('0');
  await expect(maxout.getByRole('status')).toHaveText('Now exactly ReLU.');
  await expect(maxout.getByRole('button', { name: 'ReLU preset', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(maxout).toContainText('ReLU: 2 (w, b)');
  await expect(maxout).toContainText('maxout: 4 (w₁, b₁, w₂, b₂)');

  await maxout.getByRole('button', { name: '|x| preset' }).click();
  await expect(maxout.getByRole('status')).toHaveText('Now exactly |x|.');
  await expect(page).toHaveURL(/lab\.w1=-1/);
  await maxout.getByRole('spinbutton', { name: 'w₁ value' }).fill('0.01');
  await expect(maxout.getByRole('status')).toHaveText('Now exactly leaky ReLU.');
});

test('depth: more layers shrink the sigmoid gradient below 0.25ᴺ while linear layers stay a line', async ({
  page,
}) => {
  await page.goto('/#view=lab');
  const depth = section(page, 'Depth');
  const layers = depth.getByRole('slider', { name: 'Layers' });
  await layers.focus();
  for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowRight');
  await expect(depth.locator('caption')).toHaveText('Gradient through N = 8 layers');
  await expect(page).toHaveURL(/lab\.N=8/);
  const median = await depth
    .getByRole('row', { name: /sigmoid/ })
    .getByRole('cell')
    .nth(0)
    .textContent();
  expect(num(median ?? 'NaN')).toBeLessThanOrEqual(sigmoidBound(8));
  await depth.getByRole('slider', { name: 'Slope c' }).fill('1.5');
  await expect(depth).toContainText(`8 layers give cᴺ·x = ${fmt(1.5 ** 8, 3)}·x`);
});

test('dying ReLU: after the big step ReLU’s gradient is 0 for good, leaky ReLU and ELU climb back', async ({
  page,
}) => {
  await page.goto('/#view=lab');
  const dying = section(page, 'Dying ReLU');
  await dying.getByRole('button', { name: 'Train step' }).click();
  await expect(dying.getByText('Step 1 of 400')).toBeVisible();
  await expect(dying.getByRole('row', { name: /^ReLU/ })).toContainText('the gradient is exactly 0: dead');
  await expect(dying.getByRole('row', { name: /leaky ReLU/ })).toContainText('climbing back');
  await dying.getByRole('button', { name: 'Play training' }).click();
  await expect(dying.getByRole('row', { name: /ELU/ }).last()).toContainText('back above 0 at step', {
    timeout: 5000,
  });
  await dying.getByRole('button', { name: 'Pause training' }).click();
  await expect(dying.getByRole('row', { name: /^ReLU/ })).toContainText('never recovers');
  await dying.getByRole('button', { name: 'Reset training' }).click();
  await expect(dying.getByText('Step 0 of 400')).toBeVisible();
});

test('into the RNN: "Use in RNN cell" puts ReLU into the lesson and the lab shows its real pre-activations', async ({
  page,
}) => {
  await page.goto('/#view=lab&cell=lstm');
  const rnn = section(page, 'Into the RNN');
  await expect(rnn).toContainText('The lesson uses LSTM');
  await rnn.getByRole('combobox', { name: 'Activation for the RNN cell' }).selectOption('relu');
  await rnn.getByRole('button', { name: 'Use in RNN cell' }).click();
  // back on the lesson, with a ReLU RNN
  await expect(page.getByRole('region', { name: 'Activation lab' })).toHaveCount(0);
  await expect(page).toHaveURL(/act=relu/);
  await expect(page).toHaveURL(/cell=rnn/);
  await expect(page.getByRole('combobox', { name: 'Activation' })).toHaveValue('relu');

  await page.getByRole('button', { name: 'Activation lab' }).click();
  await expect(rnn).toContainText('The lesson now uses: RNN with ReLU.');
  // the dots are the lesson's real pre-activations at t = 1: compare with the engine
  const config = { ...DEFAULT_CONFIG, activation: 'relu' as const };
  const seq = buildSequence(config, null) as Sequence;
  const a = blockOf(firstPass(config, seq, null).trace.forward[0].pre, '');
  const rows = rnn.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(1 + a.length);
  for (let j = 0; j < a.length; j++) {
    const cells = rows.nth(j + 1).getByRole('cell');
    await expect(cells.nth(2)).toHaveText(fmt(a[j], 3));
    await expect(cells.nth(4)).toHaveText(a[j] > 0 ? '1.000' : '0.000');
  }
  await expect(rnn.locator('circle.dot')).toHaveCount(2 * a.length);
});

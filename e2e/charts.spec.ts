/** The chart panels: hidden state, gates, gradient flow and loss, driven like a teacher would. */
import { expect, type Locator, type Page, test } from '@playwright/test';
import { asCell } from '../src/engine/trace';
import { fmt } from '../src/format';
import { en } from '../src/i18n/en';
import { DEFAULT_CONFIG } from '../src/store/config';
import { compareFlows } from '../src/store/derived';
import { buildSequence, firstPass, type Sequence } from '../src/store/lesson';
import { expectClose } from './fixtures/close';
import { settledBox } from './fixtures/layout';

const region = (page: Page, name: string) => page.getByRole('region', { name });

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

/** The trace the app computes for the default settings with another cell. */
function helloTrace(cell: 'rnn' | 'lstm' | 'gru') {
  const config = { ...DEFAULT_CONFIG, cell };
  return firstPass(config, buildSequence(config, null) as Sequence, null).trace;
}

/** Page coordinates of the centre of cell (unit, t) in band `band` of a units × steps heatmap. */
async function cellPoint(
  chart: Locator,
  band: number,
  unit: number,
  t: number,
  units: number,
  steps: number,
) {
  const frame = await settledBox(chart.locator('.th-frame').nth(band));
  return {
    x: frame.x + 0.5 + ((t - 0.5) * (frame.width - 1)) / steps,
    y: frame.y + 0.5 + ((unit - 0.5) * (frame.height - 1)) / units,
  };
}

const svgTexts = (loc: Locator) => loc.locator('svg text').allTextContents();

test('the four chart panels render for the RNN, the LSTM and the GRU', async ({ page }) => {
  for (const cell of ['rnn', 'lstm', 'gru'] as const) {
    await page.goto(`/#cell=${cell}`);
    const hidden = region(page, 'Hidden state');
    await expect(hidden.locator('canvas')).toBeVisible();
    // a chart out of view is drawn in an idle moment after the change (chartSchedule.ts): assertions wait
    await expect(hidden.locator('.th-band-label')).toHaveText(cell === 'lstm' ? ['hₜ', 'cₜ'] : ['hₜ']);
    const gates = region(page, 'Gates');
    if (cell === 'rnn') {
      await expect(gates).toContainText('A vanilla RNN has no gates');
      await expect(gates.getByRole('button', { name: 'Switch to LSTM' })).toBeVisible();
      await expect(gates.getByRole('button', { name: 'Switch to GRU' })).toBeVisible();
    } else {
      await expect(gates.locator('.th-band-label')).toHaveText(
        cell === 'lstm' ? ['fₜ', 'iₜ', 'oₜ', 'gₜ'] : ['zₜ', 'rₜ', 'gₜ'],
      );
      await expect(gates.locator('path.sl-line')).toHaveCount(cell === 'lstm' ? 4 : 3);
    }
    const flow = region(page, 'Gradient flow');
    await expect(flow.locator('path.sl-line')).toHaveCount(3);
    await expect(flow.getByRole('img')).toHaveAttribute('aria-label', /‖∂L_T\/∂hₜ‖/);
    await expect(region(page, 'Loss').locator('.loss-dot')).toHaveCount(1);
  }
  // the RNN's note offers the gated cells
  await page.goto('/#cell=rnn');
  await region(page, 'Gates').getByRole('button', { name: 'Switch to LSTM' }).click();
  await expect(page.getByLabel('Cell')).toHaveValue('lstm');
  await expect(region(page, 'Gates').locator('.th-band-label')).toHaveCount(4);
});

test('the hidden state shows steps as they are computed, with exact values on hover', async ({ page }) => {
  const trace = helloTrace('lstm');
  // lstm, T = 4, 9 forward moments per step (f i o g c h y p loss): m = 13 is t = 2, sub-step c
  // (c_2 computed, h_2 not yet)
  await page.goto('/#cell=lstm&m=13');
  const hidden = region(page, 'Hidden state');
  await expect(hidden.locator('.th-blank rect[data-band="h"]')).toHaveAttribute('data-reached', '1');
  await expect(hidden.locator('.th-blank rect[data-band="c"]')).toHaveAttribute('data-reached', '2');
  await expect(hidden.locator('.th-cursor')).toHaveAttribute('data-t', '2');
  await page.keyboard.press('ArrowRight');
  await expect(hidden.locator('.th-blank rect[data-band="h"]')).toHaveAttribute('data-reached', '2');

  const p = await cellPoint(hidden, 0, 3, 2, 3, 4);
  await page.mouse.move(p.x, p.y);
  const tip = hidden.locator('.chart-tip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(`hₜ · unit 3 · t = 2 (input “e”): ${fmt(trace.forward[1].h[2], 5)}`);
  const c = await cellPoint(hidden, 1, 1, 2, 3, 4);
  await page.mouse.move(c.x, c.y);
  await expect(tip).toContainText(
    `cₜ · unit 1 · t = 2 (input “e”): ${fmt(asCell(trace.forward[1], 'lstm').c[0], 5)}`,
  );
  const later = await cellPoint(hidden, 0, 1, 4, 3, 4);
  await page.mouse.move(later.x, later.y);
  await expect(tip).toContainText('not computed yet');
});

test('hovering a hidden-state cell highlights the same unit and step in the gates and gradient-flow charts', async ({
  page,
}) => {
  await page.goto('/#cell=lstm&m=36'); // the total loss: every step computed
  const hidden = region(page, 'Hidden state');
  const gates = region(page, 'Gates');
  const flow = region(page, 'Gradient flow');
  const p = await cellPoint(hidden, 0, 2, 3, 3, 4);
  await page.mouse.move(p.x, p.y);
  await expect(gates.locator('.th-hover-col')).toHaveAttribute('data-t', '3');
  await expect(gates.locator('.th-hover-row')).toHaveCount(4);
  await expect(gates.locator('.th-hover-row').first()).toHaveAttribute('data-unit', '2');
  await expect(flow.locator('.sl-hover')).toHaveAttribute('data-t', '3');
  await expect(flow.locator('.sl-hover')).toBeVisible();
  await expect(gates.locator('.sl-hover')).toHaveAttribute('data-t', '3');
  // the network panel highlights the same step's column
  await expect(region(page, 'Network').locator('g.net-col[data-t="3"]')).toHaveClass(/hovered/);
  await expect(region(page, 'Network').locator('g.net-col.hovered')).toHaveCount(1);
  // hovering the gradient-flow chart links back to the heatmaps (a step, no unit)
  const box = await settledBox(flow.locator('.sl-frame'));
  await page.mouse.move(box.x + box.width * (0.5 / 4), box.y + box.height / 2);
  await expect(hidden.locator('.th-hover-col')).toHaveAttribute('data-t', '1');
  await expect(hidden.locator('.th-hover-row')).toHaveCount(0);
  await expect(flow.locator('.chart-tip')).toContainText('t = 1');
  // leaving clears the highlight everywhere
  await page.mouse.move(5, 5);
  await expect(hidden.locator('.th-hover-col')).toHaveCount(0);
  await expect(gates.locator('.th-hover-col')).toHaveCount(0);
});

test('clicking a step moves the cursor to the start of that step', async ({ page }) => {
  await page.goto('/#cell=lstm&m=36');
  const hidden = region(page, 'Hidden state');
  const p = await cellPoint(hidden, 0, 1, 3, 3, 4);
  await page.mouse.click(p.x, p.y);
  // forward step 3, first sub-step f: moment (3 − 1) · 9 = 18
  await expect(page).toHaveURL(/[#&]m=18(&|$)/);
  await expect(hidden.locator('.th-cursor')).toHaveAttribute('data-t', '3');
  await expect(hidden.locator('.th-blank rect[data-band="h"]')).toHaveAttribute('data-reached', '2');
  await expect(page.getByTestId('readout')).toContainText('t = 3 of 4');
});

test('compare mode opens a long sequence and draws the RNN, LSTM and GRU curves of ‖∂L_T/∂hₜ‖ as the engine computes them', async ({
  page,
}) => {
  await page.goto('/');
  const flow = region(page, 'Gradient flow');
  const toggle = flow.getByRole('button', { name: 'Compare RNN, LSTM and GRU' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const paths = flow.locator('path.sl-line[data-cell]');
  await expect(paths).toHaveCount(3);
  // on the 4-step hello lesson, comparing opens the long sequence first (what gating is for shows there)
  await expect(page.getByLabel('Input text')).toHaveValue(en['preset.longText']);
  const long = { ...DEFAULT_CONFIG, input: en['preset.longText'], target: '' };
  const flows = compareFlows(long, buildSequence(long, null) as Sequence);
  expect(flows.rnn.flow.lastLossNorm[0]).toBeLessThan(flows.lstm.flow.lastLossNorm[0]);
  for (const cell of ['rnn', 'lstm', 'gru'] as const) {
    const v = Number(
      await flow.locator(`path.sl-line[data-cell="${cell}"]`).getAttribute('data-first-value'),
    );
    // page vs Node: 1e-12 relative
    expectClose(v, flows[cell].flow.lastLossNorm[0], 1e-12, 1e-300, `${cell} ‖∂L_T/∂h_1‖`);
  }
  await expect(flow.locator('.sl-legend li')).toHaveText([
    'RNN: ‖∂L_T/∂hₜ‖',
    'LSTM: ‖∂L_T/∂hₜ‖',
    'GRU: ‖∂L_T/∂hₜ‖',
  ]);
  await toggle.click();
  await expect(flow.locator('path.sl-line[data-cell]')).toHaveCount(0);
});

test('the long-sequence preset shows the RNN’s long-range gradient below the LSTM’s at t = 1', async ({
  page,
}) => {
  await page.goto('/');
  const flow = region(page, 'Gradient flow');
  await flow.getByRole('button', { name: 'Long sequence' }).click();
  await expect(page.getByLabel('Input text')).toHaveValue(en['preset.longText']);
  await flow.getByRole('button', { name: 'Compare RNN, LSTM and GRU' }).click();
  await expect(flow.locator('path.sl-line[data-cell]')).toHaveCount(3);
  const first = async (cell: string) =>
    Number(await flow.locator(`path.sl-line[data-cell="${cell}"]`).getAttribute('data-first-value'));
  const rnn = await first('rnn');
  const lstm = await first('lstm');
  expect(rnn).toBeGreaterThan(0);
  expect(rnn).toBeLessThan(lstm);
  // tiny values sit on a log axis without NaN; the caption names the last step
  expect(await flow.locator('svg').first().innerHTML()).not.toMatch(/NaN|Infinity/);
  await expect(flow).toContainText(`T = ${en['preset.longText'].length - 1}`);
  await flow.getByRole('button', { name: 'Hello example' }).click();
  await expect(page.getByLabel('Input text')).toHaveValue('hell');
  await expect(flow.locator('path.sl-line[data-cell="rnn"]')).toHaveAttribute('data-last-value', /\d/);
});

test('the loss chart gains a point at each update', async ({ page }) => {
  await page.goto('/#m=41'); // rnn, T = 4: the update moment of pass 1
  const loss = region(page, 'Loss');
  await expect(loss.locator('.loss-dot')).toHaveCount(2);
  await expect(loss.locator('.loss-pending')).toHaveAttribute('data-x', '1');
  const before = helloTrace('rnn').loss;
  expectClose(
    Number(await loss.locator('.loss-dot').first().getAttribute('data-loss')),
    before,
    1e-12,
    1,
    'loss',
  );
  await page.keyboard.press('ArrowRight'); // pass 2 begins
  await expect(loss.locator('.loss-dot')).toHaveCount(2);
  await expect(loss.locator('.loss-pending')).toHaveCount(0);
  await expect(loss.locator('.loss-current')).toHaveAttribute('data-x', '1');
  const after = Number(await loss.locator('.loss-dot').nth(1).getAttribute('data-loss'));
  expect(after).toBeLessThan(before);
});

test('the chart panels speak Korean', async ({ page }) => {
  await page.goto('/#cell=gru');
  await page.getByLabel('Language').selectOption('ko');
  for (const name of ['은닉 상태', '게이트', '기울기 흐름', '손실'])
    await expect(region(page, name)).toBeVisible();
  expect(await svgTexts(region(page, '은닉 상태'))).toContain('단계 t');
});

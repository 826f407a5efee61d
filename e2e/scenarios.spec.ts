/** The "Scenario" presets: each opens its real settings and says what to watch; a link reopens it. */
import { expect, test } from '@playwright/test';
import { en } from '../src/i18n/en';
import { SCENARIOS } from '../src/store/scenarios';

test('each scenario opens its settings and shows its “What to watch” line', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('readout')).toContainText('t = 1 of 4');
  const select = page.getByLabel('Scenario');
  for (const id of SCENARIOS) {
    await select.selectOption({ label: en[`scenario.${id}`] });
    await expect(page.getByText(en[`scenario.${id}.watch`])).toBeVisible();
    await expect(select).toHaveValue(id);
  }
  // the clicker steps the lesson; it does not change the chosen scenario
  await page.keyboard.press('PageDown');
  await expect(select).toHaveValue(SCENARIOS[SCENARIOS.length - 1]);
});

test('the exploding scenario sets the Whh spectral radius, and changing it by hand leaves the scenario', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Scenario').selectOption('exploding');
  await expect(page.getByLabel('Whh spectral radius')).toHaveValue('2.5');
  await expect(page.getByLabel('Cell')).toHaveValue('rnn');
  // the link holds it: a fresh page opens the same scenario
  await page.waitForFunction(() => window.location.hash.includes('rho=2.5'));
  const link = page.url();
  const fresh = await page.context().newPage();
  await fresh.goto(link);
  await expect(fresh.getByLabel('Scenario')).toHaveValue('exploding');
  await fresh.getByLabel('Whh spectral radius').fill('0.5');
  await expect(fresh.getByLabel('Scenario')).toHaveValue('');
  await expect(fresh.getByText(en['scenario.exploding.watch'])).toHaveCount(0);
});

test('the initialisation settings are real: zeros makes every hidden unit equal', async ({ page }) => {
  await page.goto('/#H=3');
  await page.getByLabel('Weight initialisation').selectOption('zeros');
  await expect(page.getByLabel('Scenario')).toHaveValue('');
  await page.keyboard.press('ArrowRight'); // a₁
  await page.keyboard.press('ArrowRight'); // h₁
  const h1 = page.getByRole('region', { name: 'Network' }).locator('g.net-col[data-t="1"] .net-val');
  await expect(h1).toHaveCount(3);
  await expect(h1.first()).not.toHaveText('');
  const values = await h1.allTextContents();
  expect(new Set(values).size).toBe(1);
});

test('the race trains RNN, LSTM and GRU in their workers and draws three falling loss curves', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  const race = page.getByRole('region', { name: 'Race' });
  await race.getByRole('button', { name: 'Race', exact: true }).click();
  const lines = race.locator('path.race-line');
  await expect(lines).toHaveCount(3);
  // each contender pauses by itself after its run of iterations
  await expect(race.getByRole('button', { name: 'Carry on' })).toBeEnabled({ timeout: 60_000 });
  await expect(race.locator('tr[data-status="running"]')).toHaveCount(0, { timeout: 60_000 });
  const rows = race.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  for (let k = 0; k < 3; k++) {
    const d = await lines.nth(k).getAttribute('d');
    expect(d?.length ?? 0).toBeGreaterThan(20);
    await expect(rows.nth(k).locator('td').first()).toHaveText('3,000');
  }
  // the hello lesson is learnt: every smoothed loss is far below where it started (−ln(1/4)·4 ≈ 5.5)
  for (const v of await race.locator('td.race-loss').allTextContents()) expect(Number(v)).toBeLessThan(2);
  await race.getByRole('button', { name: 'Clear' }).click();
  await expect(race.locator('td.race-loss').first()).toHaveText('—');
});

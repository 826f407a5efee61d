/** A teacher's lesson on the hello example: keyboard stepping, cell switching, models, links, language. */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { serializeModel } from '../src/engine/modelFile';
import { helloModel, helloTraceOf } from './fixtures/hello';

const readout = (page: Page) => page.getByTestId('readout');

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

test('the hello example steps forward through a whole pass with the keyboard and back again', async ({
  page,
}) => {
  await page.goto('/');
  await expect(readout(page)).toContainText('Forward · t = 1 of 4 · one-hot xₜ');
  // rnn, T = 4: 24 forward moments, the total, 16 backward moments, the update = 42
  for (let k = 0; k < 23; k++)
    await page.keyboard.press(k % 3 === 0 ? 'PageDown' : k % 3 === 1 ? 'ArrowRight' : 'Space');
  await expect(readout(page)).toContainText('Forward · t = 4 of 4 · lossₜ');
  await page.keyboard.press('ArrowRight');
  await expect(readout(page)).toContainText('Total loss');
  await page.keyboard.press('ArrowRight');
  await expect(readout(page)).toContainText('Backward · t = 4 of 4 · dyₜ');
  await page.keyboard.press('End');
  await expect(readout(page)).toContainText('Update');
  await page.keyboard.press('ArrowLeft');
  await expect(readout(page)).toContainText('Backward · t = 1 of 4 · weight gradients');
  for (let k = 0; k < 40; k++) await page.keyboard.press(k % 2 ? 'PageUp' : 'ArrowLeft');
  await expect(readout(page)).toContainText('Forward · t = 1 of 4 · one-hot xₜ');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await expect(readout(page)).toContainText('Forward · t = 1 of 4');
  await expect(readout(page)).toContainText('pass 2');
  await page.keyboard.press('Home');
  await expect(readout(page)).toContainText('pass 2');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(readout(page)).toContainText('pass 1');
});

test('the buttons step like the keys, and Play runs to the end of the pass', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(readout(page)).toContainText('pre-activation');
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(readout(page)).toContainText('one-hot xₜ');
  await page.getByRole('button', { name: 'Go to end' }).click();
  await expect(readout(page)).toContainText('Update');
  await page.getByRole('button', { name: 'Go to start' }).click();
  await page.getByRole('slider', { name: 'Speed' }).fill('5');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(readout(page)).toContainText('Update', { timeout: 10_000 });
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('a key pressed the moment the lesson appears is not lost', async ({ page }) => {
  // the press is dispatched in the microtask right after the readout is committed — before any
  // effect React schedules for later — as a clicker press can arrive while the page is still settling
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="readout"]')) return;
      seen.disconnect();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  await expect(readout(page)).toContainText('Forward · t = 1 of 4 · pre-activation');
});

test('keys do nothing while a text field has focus', async ({ page }) => {
  await page.goto('/');
  await expect(readout(page)).toContainText('one-hot xₜ');
  await page.getByLabel('Input text').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  await expect(readout(page)).toContainText('one-hot xₜ');
});

test('switching to LSTM and GRU mid-lesson keeps the place and shows the gate sub-steps', async ({
  page,
}) => {
  await page.goto('/');
  await expect(readout(page)).toContainText('one-hot xₜ');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(readout(page)).toContainText('Forward · t = 1 of 4 · hₜ');
  await page.getByLabel('Cell').selectOption('lstm');
  await expect(readout(page)).toContainText('Forward · t = 1 of 4 · hₜ');
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(readout(page)).toContainText('cell state cₜ');
  await page.getByLabel('Cell').selectOption('gru');
  await expect(readout(page)).toContainText('Forward · t = 1 of 4 · hₜ');
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(readout(page)).toContainText('candidate gₜ');
  await expect(page.getByLabel('Activation')).toBeDisabled();
  await page.getByLabel('Cell').selectOption('rnn');
  await expect(readout(page)).toContainText('one-hot xₜ');
});

test('a shared link reopens the exact moment in a fresh browser', async ({ page, browser }) => {
  await page.goto('/');
  await page.getByLabel('Cell').selectOption('gru');
  await page.getByLabel('Hidden units').fill('5');
  await page.getByLabel('Seed').fill('123');
  await page.getByRole('heading', { name: 'Network' }).click(); // leave the text field: keys step again
  for (let k = 0; k < 9; k++) await page.keyboard.press('ArrowRight');
  await expect(readout(page)).toContainText('Forward · t = 2 of 4 · candidate gₜ');
  const text = await readout(page).textContent();
  // the URL follows the lesson within a moment (writes are coalesced, at most one per 250 ms)
  await expect.poll(() => page.url()).toMatch(/[#&]m=9(&|$)/);
  const url = page.url();
  expect(url).toContain('cell=gru');
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await expect(readout(other)).toHaveText(text ?? '');
  await expect(other.getByLabel('Hidden units')).toHaveValue('5');
  await expect(other.getByLabel('Seed')).toHaveValue('123');
  await fresh.close();
});

test('a malformed link falls back to defaults with a visible notice, never a blank page', async ({
  page,
}) => {
  await page.goto('/#cell=banana&H=999&m=x');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be used');
  // every refused key is named, with its value and what is used instead
  await expect(alert).toContainText('cell: ‘banana’ is not one of rnn, lstm, gru — using rnn');
  await expect(alert).toContainText('H: 999 is outside 1–64 — using 3');
  await expect(alert).toContainText('m: ‘x’ is not a number — using 0');
  await expect(readout(page)).toContainText('Forward · t = 1 of 4');
  await expect(page.getByLabel('Cell')).toHaveValue('rnn');
});

test('an empty input text says what is wrong and keeps the last good lesson', async ({ page }) => {
  await page.goto('/');
  await expect(readout(page)).toContainText('one-hot xₜ');
  await page.keyboard.press('ArrowRight');
  await page.getByLabel('Input text').fill('');
  await expect(page.getByText('The input text is empty')).toBeVisible();
  await expect(readout(page)).toContainText('t = 1 of 4');
  await page.getByLabel('Target text').fill('ell');
  await expect(page.getByText('they must be the same length')).toBeVisible();
  await page.getByLabel('Input text').fill('hello');
  await page.getByLabel('Target text').fill('');
  await expect(page.getByLabel('Input text')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(readout(page)).toContainText('t = 1 of 4');
});

test('a loaded model file shows its numbers; a broken one gets a specific message and changes nothing', async ({
  page,
}) => {
  const model = helloModel('lstm', 2, 99);
  const file = join(tmpdir(), 'unrolled-e2e-model.json');
  writeFileSync(file, JSON.stringify(serializeModel(model)));
  const expected = helloTraceOf(model);
  await page.goto('/');
  await page.getByLabel('Load model').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Loaded the model' })).toBeVisible();
  await expect(page.getByLabel('Cell')).toHaveValue('lstm');
  await expect(page.getByLabel('Hidden units')).toHaveValue('2');
  await page.keyboard.press('End');
  await expect(page.getByText(`Loss before the update: ${expected.loss.toFixed(3)}`)).toBeVisible();

  const bad = join(tmpdir(), 'unrolled-e2e-bad.json');
  const broken = serializeModel(model) as unknown as { weights: Record<string, unknown> };
  delete broken.weights.Why;
  writeFileSync(bad, JSON.stringify(broken));
  await page.getByLabel('Load model').setInputFiles(bad);
  await expect(page.getByRole('alert')).toContainText("missing weight 'Why'");
  await expect(page.getByLabel('Cell')).toHaveValue('lstm');
  await expect(page.getByText(`Loss before the update: ${expected.loss.toFixed(3)}`)).toBeVisible();
  writeFileSync(bad, '{ not json');
  await page.getByLabel('Load model').setInputFiles(bad);
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
});

test('the Korean interface changes every label at once and is remembered', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Language').selectOption('ko');
  await expect(page.getByRole('heading', { name: '네트워크' })).toBeVisible();
  await expect(page.getByRole('button', { name: '한 단계 앞으로' })).toBeVisible();
  await expect(readout(page)).toContainText('순전파');
  await page.reload();
  await expect(page.getByLabel('언어')).toHaveValue('ko');
  await page.getByLabel('언어').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Network' })).toBeVisible();
});

test('every control has an accessible name', async ({ page }) => {
  await page.goto('/');
  const unnamed = await page.evaluate(() => {
    const els = [...document.querySelectorAll('button, input, select, textarea, [role="slider"]')];
    return els
      .filter((el) => {
        const e = el as HTMLElement;
        const label =
          e.getAttribute('aria-label') ||
          e.getAttribute('aria-labelledby') ||
          (e as HTMLInputElement).labels?.length ||
          e.textContent?.trim();
        return !label;
      })
      .map((el) => el.outerHTML.slice(0, 80));
  });
  expect(unnamed).toEqual([]);
});

for (const [w, h] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`screenshots of the lesson at ${w}×${h} for a look by eye`, async ({ page }, info) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto('/#m=10');
    await expect(readout(page)).toContainText('t = 2 of 4');
    await page.screenshot({ path: info.outputPath(`lesson-${w}x${h}.png`) });
    await page.screenshot({ path: info.outputPath(`lesson-${w}x${h}-full.png`), fullPage: true });
    // nothing in the top bar overlaps
    const boxes = await page
      .locator('.topbar > *')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
    for (let a = 0; a < boxes.length; a++)
      for (let b = a + 1; b < boxes.length; b++) {
        const A = boxes[a];
        const B = boxes[b];
        const overlap =
          A.left < B.right - 1 && B.left < A.right - 1 && A.top < B.bottom - 1 && B.top < A.bottom - 1;
        expect(overlap, `top bar items ${a} and ${b} overlap`).toBe(false);
      }
  });
}

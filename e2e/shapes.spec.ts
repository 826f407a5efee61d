/**
 * The four sequence shapes: each preset is drawn (sidebar diagram, ∅ inputs and "—" targets on the
 * Network panel), trains in the worker until every example is right, and the lesson then steps through
 * a forward and backward pass of one example with the loss taken only where the shape puts it.
 */
import { expect, type Page, test } from '@playwright/test';
import { en } from '../src/i18n/en';
import { SHAPE_PRESETS, SHAPES, type ShapeKind, shapeExamples } from '../src/store/shapes';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

/** Steps with no input and steps with no target in the first example of a preset. */
function gaps(kind: ShapeKind) {
  const e = shapeExamples(kind)[0];
  return {
    T: e.inputs.length,
    noInput: e.inputs.filter((x) => x === null).length,
    noTarget: e.targets.filter((y) => y === null).length,
  };
}

for (const kind of SHAPES) {
  test(`${kind}: the preset is drawn, trains to every example right, and a pass steps through`, async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByLabel('Shape', { exact: true }).selectOption(kind);
    const { T, noInput, noTarget } = gaps(kind);
    await expect(page.getByTestId('readout')).toContainText(`t = 1 of ${T}`);
    // the diagram and the Network panel mark steps without input (∅) and without target (—)
    const label = escapeRe(en[`shape.${kind}`]);
    await expect(page.getByRole('img', { name: new RegExp(`^${label}: inputs at steps`) })).toBeVisible();
    const net = region(page, 'Network');
    await expect(net.locator('.net-col.no-input')).toHaveCount(noInput);
    await expect(net.locator('.net-col.no-target')).toHaveCount(noTarget);
    if (kind === 'one-to-one') await expect(page.getByText('no recurrence is used')).toBeVisible();

    const n = SHAPE_PRESETS[kind].examples.length;
    const training = region(page, 'Training');
    const t0 = Date.now();
    await training.getByRole('button', { name: 'Train', exact: true }).click();
    await expect(page.getByTestId('training-right')).toHaveText(`${n} of ${n} right`, { timeout: 15_000 });
    const seconds = (Date.now() - t0) / 1000;
    console.log(`[shapes] ${kind}: every example right after ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(10);
    // Train turns into Pause while running (a run also pauses by itself after 10,000 iterations)
    await training
      .getByRole('button', { name: 'Pause', exact: true })
      .click({ timeout: 2000 })
      .catch(() => {});
    await expect(page.getByTestId('training-status')).toContainText('Paused after');

    // forward to the total: every target of the example is picked, the loss only where there is a target
    await page.keyboard.press('Home');
    await page.keyboard.press('End');
    await expect(page.getByTestId('readout')).toContainText('Update');
    // the Network catches up a frame after the step (store/late.ts)
    await expect(page.getByTestId('network-summary')).toContainText(`${T - noTarget} of ${T} right`);
    // the Network is out of view at the update: its chart is drawn in an idle moment (chartSchedule.ts)
    await expect
      .poll(async () => (await net.locator('.net-col .net-loss').allTextContents()).filter((s) => s === '—'))
      .toHaveLength(noTarget);
    // backward through time reaches t = 1
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('readout')).toContainText('Backward · t = 1');
  });
}

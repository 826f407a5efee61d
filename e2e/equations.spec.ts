import { expect, test } from '@playwright/test';
import { HELLO_VOCAB, helloModel, helloTraceOf } from './fixtures/hello';

const HELLO = '/#cell=rnn&act=tanh&in=hell&tg=ello&H=3&seed=27&h0=random&opt=sgd&lr=0.1&pass=0&m=0';

/** The engine's own numbers for the lecture's example at t = 1. */
function helloStep1() {
  const vocab = HELLO_VOCAB;
  const p = helloTraceOf(helloModel()).forward[0].p;
  const best = p.indexOf(Math.max(...p));
  return { pct: `${(p[best] * 100).toFixed(1)}%`, pick: vocab[best] };
}

test('a teacher steps through t = 1 and reads the equations, the numbers and the sentence', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(HELLO);
  const panel = page.getByRole('region', { name: 'Equations' });
  await expect(panel.locator('.katex').first()).toBeVisible();
  const active = panel.locator('[aria-current="step"]');
  await expect(active).toHaveCount(1);
  const narration = panel.locator('[aria-live="polite"]');
  await expect(narration).toContainText('t = 1: input ‘h’');

  // each step of t = 1 (x, a, h, y, p) makes a different equation the active one
  const seen = [(await active.locator('.eq-tex').textContent()) ?? ''];
  for (let k = 0; k < 4; k++) {
    await page.keyboard.press('ArrowRight');
    await expect(active).toHaveCount(1);
    await expect(active.locator('.eq-tex')).not.toHaveText(seen[seen.length - 1]);
    const text = (await active.locator('.eq-tex').textContent()) ?? '';
    expect(seen).not.toContain(text);
    seen.push(text);
  }

  // at the softmax the sentence gives the engine's largest probability and the target
  const { pct, pick } = helloStep1();
  await expect(narration).toHaveText(
    `t = 1: input ‘h’. The network puts ${pct} on ‘${pick}’; the target is ‘e’.`,
  );
  // the numbers substituted below the active equation are typeset too: a row the active one owns
  // (aria-owns: assistive tech reads them inside it), drawn right under it
  const owned = await active.getAttribute('aria-owns');
  expect(owned).toBeTruthy();
  const numbers = panel.locator(`[id="${owned}"]`);
  await expect(numbers.locator('.eq-sub .katex-html:visible')).toBeVisible();
  // what a screen reader reads: the same numbers as MathML (put in after the step has painted)
  await expect(numbers.locator('.eq-sub .katex-mathml math')).toHaveCount(1);
  await expect(numbers.locator('.eq-sub .katex-mathml annotation')).toContainText('\\operatorname{softmax}');
  const [rowBox, numBox] = [await active.boundingBox(), await numbers.boundingBox()];
  expect(Math.abs((numBox?.y ?? 0) - ((rowBox?.y ?? 0) + (rowBox?.height ?? 0)))).toBeLessThan(4);

  await page.getByLabel('Language').selectOption('ko');
  const panelKo = page.getByRole('region', { name: '수식' });
  await expect(panelKo.locator('[aria-live="polite"]')).toHaveText(
    `t = 1: 입력 ‘h’. 네트워크는 ‘${pick}’에 ${pct}를 줍니다. 목표는 ‘e’입니다.`,
  );
  await expect(panelKo.locator('[aria-current="step"]')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('backward and update moments show their own equations, and wide matrices stay inside the panel', async ({
  page,
}) => {
  await page.goto('/#cell=lstm&in=hell&tg=ello&H=3&seed=27&h0=random&pass=0&m=39');
  const panel = page.getByRole('region', { name: 'Equations' });
  await expect(panel.locator('[aria-current="step"]')).toContainText('dc');
  await page.keyboard.press('End');
  await expect(panel.locator('[aria-current="step"]')).toContainText('←');
  const box = await panel.boundingBox();
  const sub = await panel.locator('.eq-sub').boundingBox();
  expect(box && sub && sub.x + sub.width <= box.x + box.width + 1).toBe(true);
});

test('the equations are there at the first paint, so the charts below do not jump half a second later', async ({
  page,
}) => {
  // every frame from the first one, the top of the Hidden state panel (below the Equations)
  await page.addInitScript(() => {
    const tops: number[] = [];
    (window as unknown as { __tops: number[] }).__tops = tops;
    const tick = () => {
      const el = document.querySelector('section.chart-panel');
      if (el) tops.push(el.getBoundingClientRect().top + window.scrollY);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto('/#cell=lstm&m=36');
  await expect(page.getByRole('region', { name: 'Equations' }).locator('.katex').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(800);
  const tops = await page.evaluate(() => (window as unknown as { __tops: number[] }).__tops);
  expect(tops.length).toBeGreaterThan(5);
  // KaTeX's fonts arriving may still move it by a line (17 px measured); the Equations appearing
  // after a fallback moved it by 435 px
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(40);
});

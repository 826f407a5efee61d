import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

const LANG = {
  en: {
    start: 'Start the lecture',
    status: (n: number, N: number) => `stop ${n} / ${N}`,
    lab: 'Activation lab',
  },
  ko: { start: '강의 시작', status: (n: number, N: number) => `장면 ${n} / ${N}`, lab: '활성함수 실험실' },
} as const;

for (const lang of ['en', 'ko'] as const) {
  test(`the whole lecture runs with PageDown from the first stop to the last in ${lang}, each stop showing its state`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const L = LANG[lang];
    await page.addInitScript((l) => localStorage.setItem('unrolled.lang', l), lang);
    const errors = collectErrors(page);
    await page.goto('/');
    await page.getByRole('button', { name: L.start }).click();
    const stops = page
      .getByRole('list', { name: lang === 'en' ? 'Stops' : '장면 목록' })
      .getByRole('listitem');
    const N = await stops.count();
    expect(N).toBeGreaterThanOrEqual(15);
    expect(N).toBeLessThanOrEqual(25);
    const status = page.getByTestId('script-status');
    const seen: number[] = [];
    for (let clicks = 0; clicks < 200; clicks++) {
      const text = (await status.textContent()) ?? '';
      const n = Number(/(\d+) \/ /.exec(text)?.[1]);
      if (seen.at(-1) !== n) {
        seen.push(n);
        await expect(status).toContainText(L.status(n, N));
        // the stop's item is the current one, the stop's view is shown, nothing went wrong
        await expect(stops.nth(n - 1).getByRole('button')).toHaveAttribute('aria-current', 'step');
        const title = (
          await stops
            .nth(n - 1)
            .getByRole('button')
            .textContent()
        )?.replace(/^\d+\s*/, '');
        await expect(page.locator('.script-current h3')).toContainText(title ?? '');
        const url = new URL(page.url());
        await expect.poll(() => new URL(page.url()).hash).toContain(`stop=${n}`);
        const isLab = (await page.locator('main.lab-view').count()) > 0;
        if (isLab) await expect(page.getByRole('heading', { level: 2, name: L.lab })).toBeVisible();
        else await expect(page.getByTestId('readout')).toBeVisible();
        expect(url.pathname).toBe('/');
        await expect(page.locator('.notice-error')).toHaveCount(0);
      }
      if (n === N && (await page.locator('.script-question.is-asking').count()) === 0) {
        const before = page.url();
        await page.keyboard.press('PageDown');
        await page.waitForTimeout(300);
        expect(page.url()).toBe(before); // the last click stays
        break;
      }
      await page.keyboard.press('PageDown');
    }
    expect(seen).toEqual(Array.from({ length: N }, (_, k) => k + 1));
    expect(errors).toEqual([]);
  });
}

test('a question is masked until the reveal, and its answer is what the Output panel shows', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.addInitScript(() => localStorage.setItem('unrolled.lang', 'en'));
  await page.goto('/#script=lecture&stop=8');
  const question = page.getByRole('region', { name: 'Question' });
  await expect(question).toContainText('Which character will the network pick after “h” (t = 1)?');
  await expect(page.locator('html')).toHaveClass(/script-predicting/);
  const masked = page.getByRole('region', { name: 'Output' }).locator('td.num').first();
  await expect(masked).toBeHidden(); // the numbers that would give it away
  // one vote by key, one by click
  await page.keyboard.press('2');
  await question.getByRole('button', { name: '“o”' }).click();
  await expect(question).toContainText('votes: 2');
  await question.getByRole('button', { name: 'Reveal' }).click();
  await expect(page.locator('html')).not.toHaveClass(/script-predicting/);
  await expect(masked).toBeVisible();
  const answer = page.getByTestId('script-answer');
  await expect(answer).toHaveText('Answer: “o”');
  // the moment that proves it: p₁ shown, the starred row of the Output table is the answer
  const output = page.getByRole('region', { name: 'Output' });
  const argmaxRow = output.locator('tr.is-argmax');
  await expect(argmaxRow).toBeVisible();
  await expect(argmaxRow).toHaveAttribute('data-char', (await answer.getAttribute('data-answer')) ?? '');
  await expect(question.locator('li.is-right')).toHaveAttribute('data-choice', 'o');
  await expect(question).toContainText('votes: 1');

  // a changed seed changes the answer: seed 28 picks "e"
  await page.goto('/#script=lecture&stop=8&seed=28&in=hell&tg=ello&m=2');
  await page.reload();
  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(page.getByTestId('script-answer')).toHaveText('Answer: “e”');
  await expect(page.getByRole('region', { name: 'Output' }).locator('tr.is-argmax')).toHaveAttribute(
    'data-char',
    'e',
  );
  expect(errors).toEqual([]);
});

test('a script is authored, downloaded, loaded back, and opened from its link in a fresh page', async ({
  page,
  browser,
}) => {
  const errors = collectErrors(page);
  await page.addInitScript(() => localStorage.setItem('unrolled.lang', 'en'));
  await page.goto('/');
  const step = page.getByRole('button', { name: 'Step forward' });
  await step.click();
  await step.click();
  await page.getByRole('button', { name: 'Add this moment' }).click();
  await expect(page.getByTestId('script-status')).toContainText('stop 1 / 1');
  for (let k = 0; k < 4; k++) await step.click();
  await page.getByRole('button', { name: 'Add this moment' }).click();
  await expect(page.getByTestId('script-status')).toContainText('stop 2 / 2');
  await page.getByText('Edit stops').click();
  await page.getByRole('textbox', { name: 'Stop 2: Title' }).fill('The scores at t = 1');
  await page.getByLabel('Question').selectOption('argmax');
  await page.getByRole('textbox', { name: 'Stop 1: Title' }).fill('Where it starts');
  await page.getByRole('button', { name: 'Move stop 2 up' }).click();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download script' }).click(),
  ]);
  const file = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
  expect(file.format).toBe('unrolled-script');
  expect(file.version).toBe(1);
  expect(file.stops.map((s: { title: string }) => s.title)).toEqual([
    'The scores at t = 1',
    'Where it starts',
  ]);
  expect(file.stops[0].range).toEqual([6, 6]);
  expect(file.stops[0].question).toEqual({ kind: 'argmax', t: 1 });

  // the address holds the script
  // the address holds the script (written within a moment of the last edit, the move to stop 1)
  await expect.poll(() => page.url()).toMatch(/script=v1\.[A-Za-z0-9_-]+&stop=1/);
  await page.waitForTimeout(400);
  const link = page.url();
  await expect(page.locator('.script-link')).toContainText('of 8000 characters');

  // a fresh page (empty storage): load the file back
  const fresh = await browser.newPage();
  const freshErrors = collectErrors(fresh);
  await fresh.addInitScript(() => localStorage.setItem('unrolled.lang', 'en'));
  await fresh.goto('/');
  // a malformed file is refused with a message and nothing changes
  await fresh.getByLabel('Load script').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...file, version: 7 })),
  });
  await expect(fresh.getByRole('alert')).toContainText(
    'Script version 7 cannot be read: this app reads version 1.',
  );
  await expect(fresh.getByTestId('script-status')).toHaveCount(0);
  await fresh.getByLabel('Load script').setInputFiles((await download.path()) as string);
  await expect(fresh.getByTestId('script-status')).toContainText('stop 1 / 2');
  await expect(fresh.locator('.script-current h3')).toContainText('The scores at t = 1');
  await expect(fresh.getByTestId('readout')).toContainText('t = 2 of 4');
  await expect(fresh.getByRole('region', { name: 'Question' })).toBeVisible();
  await fresh.close();

  // another fresh page opens the script from the link alone
  const linked = await browser.newPage();
  await linked.addInitScript(() => localStorage.setItem('unrolled.lang', 'en'));
  const linkedErrors = collectErrors(linked);
  await linked.goto(link);
  await expect(linked.getByTestId('script-status')).toContainText('/ 2');
  await expect(linked.getByRole('list', { name: 'Stops' }).getByRole('listitem')).toHaveText([
    /The scores at t = 1/,
    /Where it starts/,
  ]);
  await linked.keyboard.press('PageUp');
  await linked.keyboard.press('PageUp');
  await expect(linked.getByTestId('script-status')).toContainText('stop 1 / 2');
  await linked.close();
  expect([...errors, ...freshErrors, ...linkedErrors]).toEqual([]);
});

test('the presenter window steers the main window and back, and shows the answer before the reveal', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.addInitScript(() => localStorage.setItem('unrolled.lang', 'en'));
  await page.goto('/');
  await page.getByRole('button', { name: 'Start the lecture' }).click();
  const [presenter] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Presenter view' }).click(),
  ]);
  const presenterErrors = collectErrors(presenter);
  await expect(presenter.getByRole('heading', { level: 1, name: 'Presenter view' })).toBeVisible();
  await expect(presenter.getByTestId('presenter-status')).toHaveText(/stop 1 \/ \d+/);
  // the presenter steers the projector
  await presenter.getByRole('button', { name: 'Next stop' }).click();
  await expect(page.getByTestId('script-status')).toContainText('stop 2 /');
  // the projector's clicker steers the presenter
  await page.keyboard.press('PageUp');
  await expect(presenter.getByTestId('presenter-status')).toHaveText(/stop 1 \//);
  // at the question: the presenter sees the answer, the class does not yet
  await page
    .getByRole('list', { name: 'Stops' })
    .getByRole('button', { name: /Scores and the pick/ })
    .click();
  await expect(presenter.getByTestId('presenter-answer')).toContainText(
    'Answer (not shown to the class yet): “o”',
  );
  await expect(page.getByTestId('script-answer')).toHaveCount(0);
  await presenter.keyboard.press('PageDown'); // reveals, in both windows
  await expect(page.getByTestId('script-answer')).toHaveText('Answer: “o”');
  // a reload of the presenter rejoins at the same place
  await presenter.reload();
  await expect(presenter.getByTestId('presenter-status')).toHaveText(/stop 8 \//);
  await presenter.getByRole('button', { name: 'Next stop' }).click();
  await expect(page.getByTestId('script-status')).toContainText('stop 9 /');
  expect([...errors, ...presenterErrors]).toEqual([]);
});

test('a script too big for a link says so, and the address keeps only the lesson state', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('unrolled.lang', 'en'));
  await page.goto('/');
  // notes that do not compress: 40 stops of pseudo-random words
  let x = 1;
  const word = () => {
    x = (x * 48271) % 2147483647;
    return x.toString(36);
  };
  const stops = Array.from({ length: 40 }, (_, k) => ({
    title: `Stop ${k + 1}`,
    notes: Array.from({ length: 40 }, word).join(' '),
    hash: `#m=${k % 20}`,
  }));
  await page.getByLabel('Load script').setInputFiles({
    name: 'big.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'unrolled-script', version: 1, title: 'Big', stops })),
  });
  await expect(page.getByTestId('script-status')).toContainText('stop 1 / 40');
  await expect(page.getByRole('alert')).toContainText(
    /too big for a link: \d+ characters, the limit is 8000/,
  );
  await page.getByRole('button', { name: 'Next stop' }).click();
  await expect.poll(() => page.url()).toContain('m=1');
  expect(page.url()).not.toContain('script=');
});

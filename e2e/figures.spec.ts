/**
 * Figures out of the page: every chart panel and lab section saves an SVG (that parses, holds the
 * panel's labels and a caption) and a PNG (twice the SVG's size, white or transparent), and the
 * equations panel copies LaTeX that KaTeX renders back with the numbers on screen.
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import katex from 'katex';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

async function save(
  page: Page,
  panel: Locator,
  kind: 'SVG' | 'PNG',
): Promise<{ name: string; data: Buffer }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: `Save ${kind}`, exact: true }).click(),
  ]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), data: readFileSync(path) };
}

/** Parses the SVG in the page (DOMParser) and returns its size, <text> contents and image hrefs. */
async function parseSvg(page: Page, svg: string) {
  // in a blank page: the app's page enforces Trusted Types, which the test's own DOMParser call would trip
  const blank = await page.context().newPage();
  try {
    return await parseSvgIn(blank, svg);
  } finally {
    await blank.close();
  }
}

async function parseSvgIn(page: Page, svg: string) {
  return page.evaluate((src) => {
    const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      texts: [...doc.querySelectorAll('text')].map((t) => (t.textContent ?? '').trim()).filter(Boolean),
      images: [...doc.querySelectorAll('image')].map((i) => i.getAttribute('href') ?? ''),
      foreign: doc.querySelectorAll('foreignObject').length,
      external: [...doc.querySelectorAll('[href]')].filter(
        (e) => !e.getAttribute('href')?.startsWith('data:'),
      ).length,
    };
  }, svg);
}

/** Width and height from a PNG's IHDR chunk, after checking the 8-byte signature. */
function pngSize(b: Buffer): { width: number; height: number } {
  expect([...b.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** RGBA of the PNG's top-left pixel, decoded by the browser. */
async function cornerPixel(page: Page, png: Buffer): Promise<number[]> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d') as CanvasRenderingContext2D;
    g.drawImage(img, 0, 0);
    return [...g.getImageData(0, 0, 1, 1).data];
  }, png.toString('base64'));
}

/** The non-empty <text> labels the panel's own charts show (what the SVG must carry over). */
async function chartLabels(panel: Locator): Promise<string[]> {
  return panel.evaluate((el) =>
    [...el.querySelectorAll('svg text')]
      .filter((t) => getComputedStyle(t).display !== 'none' && (t as SVGGraphicsElement).getBBox().width > 0)
      .map((t) => (t.textContent ?? '').trim())
      .filter(Boolean)
      .slice(0, 30),
  );
}

async function checkPanel(page: Page, panel: Locator, heading: string, must: string[], canvas: boolean) {
  await panel.scrollIntoViewIfNeeded();
  const labels = await chartLabels(panel);
  const svgFile = await save(page, panel, 'SVG');
  expect(svgFile.name).toMatch(/^unrolled-[a-z0-9-]+\.svg$/);
  const svg = await parseSvg(page, svgFile.data.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.root).toBe('svg');
  expect(svg.foreign).toBe(0);
  expect(svg.external).toBe(0);
  expect(svg.texts).toContain(heading);
  for (const l of [...labels, ...must]) expect(svg.texts, `label “${l}”`).toContain(l);
  expect(svg.texts.some((t) => t.startsWith('Unrolled · '))).toBe(true);
  if (canvas) {
    expect(svg.images.length).toBeGreaterThan(0);
    for (const href of svg.images) expect(href).toMatch(/^data:image\/png;base64,/);
  }
  const png = await save(page, panel, 'PNG');
  expect(png.name).toBe(svgFile.name.replace(/\.svg$/, '.png'));
  expect(pngSize(png.data)).toEqual({ width: 2 * svg.width, height: 2 * svg.height });
  return { svg, png };
}

test('each lesson chart panel saves an SVG with its labels and caption and a PNG at twice its size', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/#cell=lstm&m=6');
  await expect(page.getByTestId('readout')).toContainText('Forward · t = 1 of 4');
  const caption = 'Unrolled · LSTM · “hell” → “ello” · Forward · t = 1 of 4 · scores yₜ · pass 1';
  const net = await checkPanel(page, region(page, 'Network'), 'Network', ['target', 'input', 't = 1'], false);
  expect(net.svg.texts).toContain(caption);
  // the legend is HTML on screen and text in the figure
  expect(net.svg.texts).toContain('value of hₜ and cₜ');
  await checkPanel(page, region(page, 'Hidden state'), 'Hidden state', ['hₜ', 'cₜ'], true);
  await checkPanel(page, region(page, 'Gates'), 'Gates', ['mean fₜ'], true);
  await checkPanel(page, region(page, 'Gradient flow'), 'Gradient flow', ['step t'], false);
  await checkPanel(page, region(page, 'Loss'), 'Loss', [], false);
});

test('the Backward and Update heatmaps are saved as images with their titles and legends', async ({
  page,
}) => {
  await page.goto('/#m=28');
  await expect(page.getByTestId('readout')).toContainText('Backward · t = 4 of 4 · weight gradients');
  const bw = await checkPanel(page, region(page, 'Backward'), 'Backward', ['dWxh', 'dWhh', 'dWhy'], true);
  expect(bw.svg.images.length).toBeGreaterThanOrEqual(3);
  expect(bw.svg.texts).toContain(
    'Unrolled · RNN · “hell” → “ello” · Backward · t = 4 of 4 · weight gradients · pass 1',
  );
  await page.goto('/#m=41');
  await expect(page.getByTestId('readout')).toContainText('Update');
  await checkPanel(page, region(page, 'Update'), 'Update', ['ΔWxh', 'ΔWhh', 'ΔWhy'], true);
});

test('each activation lab section saves its charts as SVG and PNG', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/#view=lab');
  const lab = region(page, 'Activation lab');
  for (const [name, must] of [
    ['Curves', ['sigmoid', 'tanh']],
    ['Maxout', []],
    ['Depth', []],
    ['Dying ReLU', []],
    ['Into the RNN', []],
  ] as const) {
    const section = lab.getByRole('region', { name, exact: true });
    const { svg } = await checkPanel(page, section, name, [...must], false);
    expect(svg.texts).toContain(`Unrolled · Activation lab · ${name}`);
  }
});

test('the PNG background is white by default and transparent when chosen', async ({ page }) => {
  await page.goto('/');
  const loss = region(page, 'Loss');
  await loss.scrollIntoViewIfNeeded();
  const white = await save(page, loss, 'PNG');
  expect(await cornerPixel(page, white.data)).toEqual([255, 255, 255, 255]);
  await loss.getByRole('checkbox', { name: 'Transparent' }).check();
  const clear = await save(page, loss, 'PNG');
  expect((await cornerPixel(page, clear.data))[3]).toBe(0);
  const svg = await parseSvg(page, (await save(page, loss, 'SVG')).data.toString('utf8'));
  expect(svg.error).toBeNull();
  // the choice is shared: another panel's box is ticked too
  await expect(region(page, 'Network').getByRole('checkbox', { name: 'Transparent' })).toBeChecked();
});

/** The TeX of environment env in a LaTeX text. */
function env(text: string, name: string): string | null {
  const q = name.replace('*', '\\*');
  return new RegExp(`\\\\begin\\{${q}\\}[\\s\\S]*?\\\\end\\{${q}\\}`).exec(text)?.[0] ?? null;
}
const numbers = (tex: string) => tex.match(/-?\d+\.\d{3}/g) ?? [];

test('Copy LaTeX puts the equations with this moment’s numbers on the clipboard, and KaTeX renders them', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#cell=lstm&m=0');
  await expect(page.getByTestId('readout')).toContainText('Forward · t = 1 of 4 · forget gate fₜ');
  const eq = region(page, 'Equations');
  await eq.getByRole('button', { name: 'Copy LaTeX' }).click();
  await expect(eq.getByRole('status').filter({ hasText: 'LaTeX copied' })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('\\usepackage{amsmath}');
  expect(text).toContain('\\begin{document}');
  const gather = env(text, 'gather*');
  const sub = env(text, 'equation*');
  expect(gather).toContain('f_t = \\sigma(');
  expect(sub).not.toBeNull();
  for (const part of [gather, sub]) {
    expect(() =>
      katex.renderToString(part as string, { displayMode: true, throwOnError: true }),
    ).not.toThrow();
  }
  // the numbers are those the panel typesets under the active equation (its TeX annotation)
  const shown = await eq
    .locator('.eq-sub annotation[encoding="application/x-tex"]')
    .first()
    .evaluate((a) => a.textContent ?? '');
  expect(numbers(shown).length).toBeGreaterThan(10);
  expect(numbers(sub as string)).toEqual(numbers(shown));
});

/**
 * A section of the page as one self-contained SVG: every <svg> in it is cloned with its computed
 * styles inlined, every <canvas> becomes an <image> with a PNG data URL, and the HTML around them
 * (headings, legends, labels, table cells, coloured boxes) is redrawn as <text>, <rect> and <line>
 * at the positions the browser laid it out. No <foreignObject> (Inkscape does not draw it), no
 * external references, fonts by name only (the page's system-font stack). Form controls and
 * anything marked `data-export-ignore` are left out; a caption line goes below.
 */
import { parseLinearGradient } from './gradient';
import { esc, n, transparent } from './xml';

export interface FigureOptions {
  /** The line under the figure (cell, text, moment). */
  caption: string;
  /** Leave out the white background. */
  transparent: boolean;
  /** Accessible title of the SVG. */
  title?: string;
}

export interface Figure {
  svg: string;
  width: number;
  height: number;
}

const CAPTION_H = 26;
const CONTROLS = 'button, input, select, textarea, [data-export-ignore]';
const GRAPHICS = 'svg, canvas';
const SVG_PROPS = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'paint-order',
];
const FONT_PROPS = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
];

interface Ctx {
  x0: number;
  y0: number;
  defs: string[];
  ids: number;
}

/** Serialises `section` (laid out on screen now) into an SVG figure with a caption. */
export function sectionToSvg(section: HTMLElement, opts: FigureOptions): Figure {
  const box = section.getBoundingClientRect();
  const ctx: Ctx = { x0: box.left, y0: box.top, defs: [], ids: 0 };
  const body = walk(section, 1, ctx, true);
  const width = Math.ceil(box.width);
  const height = Math.ceil(box.height) + CAPTION_H;
  const font = getComputedStyle(section).fontFamily;
  const bg = opts.transparent ? '' : `<rect width="100%" height="100%" fill="#ffffff"/>`;
  const caption =
    `<text x="12" y="${height - 9}" font-family="${esc(font)}" font-size="12" fill="#444444">` +
    `${esc(opts.caption)}</text>`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${esc(opts.title ?? opts.caption)}</title>` +
    (ctx.defs.length ? `<defs>${ctx.defs.join('')}</defs>` : '') +
    `${bg}${body}${caption}</svg>`;
  return { svg, width, height };
}

/** Is the element a visually hidden one (the sr-only pattern: 1px and clipped)? */
function srOnly(el: Element, cs: CSSStyleDeclaration): boolean {
  const r = el.getBoundingClientRect();
  return r.width <= 1 && r.height <= 1 && cs.overflow !== 'visible';
}

function walk(el: Element, opacity: number, ctx: Ctx, root = false): string {
  if (!root && el.matches(CONTROLS)) return '';
  const cs = getComputedStyle(el);
  if (cs.display === 'none' || srOnly(el, cs)) return '';
  // a block of controls with nothing drawn in it (sliders, toolbars) is left out whole
  if (!root && el.querySelector(CONTROLS) && !el.querySelector(GRAPHICS)) return '';
  const op = opacity * Number.parseFloat(cs.opacity || '1');
  if (op <= 0.01) return '';
  if (el instanceof SVGSVGElement) return svgElement(el, op, ctx);
  if (el instanceof HTMLCanvasElement) return canvasElement(el, op, ctx);
  if (el instanceof SVGElement) return '';
  const parts: string[] = [];
  if (!root && cs.visibility === 'visible') parts.push(boxOf(el, cs, op, ctx));
  for (const child of el.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      if (cs.visibility === 'visible') parts.push(textOf(child as Text, cs, op, ctx));
    } else if (child instanceof Element) parts.push(walk(child, op, ctx));
  }
  const inner = parts.join('');
  if (!inner || root || (cs.overflowX === 'visible' && cs.overflowY === 'visible')) return inner;
  // content scrolled or cut off by this box stays cut off, as on screen
  const r = el.getBoundingClientRect();
  const id = `clip${ctx.ids++}`;
  ctx.defs.push(
    `<clipPath id="${id}"><rect x="${n(r.left - ctx.x0)}" y="${n(r.top - ctx.y0)}" ` +
      `width="${n(r.width)}" height="${n(r.height)}"/></clipPath>`,
  );
  return `<g clip-path="url(#${id})">${inner}</g>`;
}

const fade = (op: number) => (op < 0.999 ? ` opacity="${n(op)}"` : '');

/** Background colour or gradient, borders and outline of an HTML box. */
function boxOf(el: Element, cs: CSSStyleDeclaration, op: number, ctx: Ctx): string {
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return '';
  const x = r.left - ctx.x0;
  const y = r.top - ctx.y0;
  const rx = Number.parseFloat(cs.borderTopLeftRadius) || 0;
  const geom = `x="${n(x)}" y="${n(y)}" width="${n(r.width)}" height="${n(r.height)}"${rx ? ` rx="${n(rx)}"` : ''}`;
  const out: string[] = [];
  if (!transparent(cs.backgroundColor)) out.push(`<rect ${geom} fill="${cs.backgroundColor}"${fade(op)}/>`);
  const g = cs.backgroundImage !== 'none' ? parseLinearGradient(cs.backgroundImage, r.width, r.height) : null;
  if (g) {
    const id = `grad${ctx.ids++}`;
    const stops = g.stops.map((s) => `<stop offset="${n(s.offset)}" stop-color="${s.color}"/>`).join('');
    const dir = g.horizontal ? 'x1="0" y1="0" x2="1" y2="0"' : 'x1="0" y1="0" x2="0" y2="1"';
    ctx.defs.push(`<linearGradient id="${id}" ${dir}>${stops}</linearGradient>`);
    out.push(`<rect ${geom} fill="url(#${id})"${fade(op)}/>`);
  }
  out.push(borders(cs, x, y, r.width, r.height, geom, op));
  if (cs.outlineStyle !== 'none' && Number.parseFloat(cs.outlineWidth) > 0) {
    const w = Number.parseFloat(cs.outlineWidth);
    const o = (Number.parseFloat(cs.outlineOffset) || 0) + w / 2;
    out.push(
      `<rect x="${n(x - o)}" y="${n(y - o)}" width="${n(r.width + 2 * o)}" height="${n(r.height + 2 * o)}" ` +
        `fill="none" stroke="${cs.outlineColor}" stroke-width="${n(w)}"${fade(op)}/>`,
    );
  }
  return out.join('');
}

function borders(
  cs: CSSStyleDeclaration,
  x: number,
  y: number,
  w: number,
  h: number,
  geom: string,
  op: number,
) {
  const side = (s: 'Top' | 'Right' | 'Bottom' | 'Left') => {
    const width = Number.parseFloat(cs.getPropertyValue(`border-${s.toLowerCase()}-width`)) || 0;
    const style = cs.getPropertyValue(`border-${s.toLowerCase()}-style`);
    const color = cs.getPropertyValue(`border-${s.toLowerCase()}-color`);
    return width > 0 && style !== 'none' && style !== 'hidden' && !transparent(color)
      ? { width, color, dash: style === 'dashed' ? ` stroke-dasharray="${n(width * 3)}"` : '' }
      : null;
  };
  const t = side('Top');
  const rgt = side('Right');
  const b = side('Bottom');
  const l = side('Left');
  if (t && rgt && b && l && t.width === b.width && t.color === b.color && l.color === t.color) {
    const inset = geom.replace(/x="[^"]*" y="[^"]*" width="[^"]*" height="[^"]*"/, () => {
      const k = t.width / 2;
      return `x="${n(x + k)}" y="${n(y + k)}" width="${n(w - t.width)}" height="${n(h - t.width)}"`;
    });
    return `<rect ${inset} fill="none" stroke="${t.color}" stroke-width="${n(t.width)}"${t.dash}${fade(op)}/>`;
  }
  const line = (s: ReturnType<typeof side>, x1: number, y1: number, x2: number, y2: number) =>
    s
      ? `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${s.color}" ` +
        `stroke-width="${n(s.width)}"${s.dash}${fade(op)}/>`
      : '';
  return (
    line(t, x, y + (t?.width ?? 0) / 2, x + w, y + (t?.width ?? 0) / 2) +
    line(b, x, y + h - (b?.width ?? 0) / 2, x + w, y + h - (b?.width ?? 0) / 2) +
    line(l, x + (l?.width ?? 0) / 2, y, x + (l?.width ?? 0) / 2, y + h) +
    line(rgt, x + w - (rgt?.width ?? 0) / 2, y, x + w - (rgt?.width ?? 0) / 2, y + h)
  );
}

const ascentCache = new Map<string, { asc: number; desc: number }>();
/** The font's ascent and descent (canvas metrics), to put the baseline where the browser did. */
function metrics(font: string, size: number): { asc: number; desc: number } {
  let m = ascentCache.get(font);
  if (!m) {
    const c = document.createElement('canvas').getContext('2d');
    m = { asc: size * 0.8, desc: size * 0.2 };
    if (c) {
      c.font = font;
      const t = c.measureText('Hg');
      if (t.fontBoundingBoxAscent) m = { asc: t.fontBoundingBoxAscent, desc: t.fontBoundingBoxDescent };
    }
    ascentCache.set(font, m);
  }
  return m;
}

/** Lines of a text node as the browser wrapped them: words grouped by the top of their box. */
function lines(node: Text): { text: string; rect: DOMRect }[] {
  const range = document.createRange();
  range.selectNodeContents(node);
  const rects = range.getClientRects();
  if (rects.length === 0) return [];
  const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
  if (rects.length === 1) return [{ text: collapse(node.data), rect: rects[0] }];
  const out: { text: string; rect: DOMRect }[] = [];
  for (const w of node.data.matchAll(/\S+/g)) {
    range.setStart(node, w.index);
    range.setEnd(node, w.index + w[0].length);
    const r = range.getBoundingClientRect();
    const last = out[out.length - 1];
    if (last && Math.abs(last.rect.top - r.top) < 2) last.text += ` ${w[0]}`;
    else out.push({ text: w[0], rect: r });
  }
  return out;
}

function textOf(node: Text, cs: CSSStyleDeclaration, op: number, ctx: Ctx): string {
  if (!node.data.trim()) return '';
  const size = Number.parseFloat(cs.fontSize);
  const font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
  const { asc, desc } = metrics(font, size);
  const upper = cs.textTransform === 'uppercase';
  const attrs =
    `font-family="${esc(cs.fontFamily)}" font-size="${n(size)}"` +
    (cs.fontWeight !== '400' ? ` font-weight="${cs.fontWeight}"` : '') +
    (cs.fontStyle !== 'normal' ? ` font-style="${cs.fontStyle}"` : '') +
    ` fill="${cs.color}"${fade(op)}`;
  return lines(node)
    .filter((l) => l.text && l.rect.width > 0)
    .map((l) => {
      const baseline = l.rect.top + (l.rect.height - (asc + desc)) / 2 + asc;
      const text = upper ? l.text.toUpperCase() : l.text;
      return `<text x="${n(l.rect.left - ctx.x0)}" y="${n(baseline - ctx.y0)}" ${attrs}>${esc(text)}</text>`;
    })
    .join('');
}

/** A copy of an inline <svg> with each element's computed presentation written into its style. */
function svgElement(svg: SVGSVGElement, op: number, ctx: Ctx): string {
  const r = svg.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return '';
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const src = [svg, ...svg.querySelectorAll('*')];
  const dst = [clone, ...clone.querySelectorAll('*')];
  const drop: Element[] = [];
  src.forEach((el, i) => {
    const cs = getComputedStyle(el);
    const d = dst[i];
    if (cs.display === 'none') {
      drop.push(d);
      return;
    }
    const props =
      el instanceof SVGTextContentElement || el === svg ? [...SVG_PROPS, ...FONT_PROPS] : SVG_PROPS;
    d.setAttribute('style', props.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';'));
    d.removeAttribute('class');
  });
  for (const d of drop) d.remove();
  clone.setAttribute('x', n(r.left - ctx.x0));
  clone.setAttribute('y', n(r.top - ctx.y0));
  clone.setAttribute('width', n(r.width));
  clone.setAttribute('height', n(r.height));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${n(r.width)} ${n(r.height)}`);
  clone.setAttribute('overflow', 'visible');
  const xml = new XMLSerializer()
    .serializeToString(clone)
    .replace(/ xmlns="http:\/\/www.w3.org\/2000\/svg"/, '');
  return op < 0.999 ? `<g${fade(op)}>${xml}</g>` : xml;
}

/** A canvas layer as an embedded PNG image at its on-screen size. */
function canvasElement(c: HTMLCanvasElement, op: number, ctx: Ctx): string {
  const r = c.getBoundingClientRect();
  if (r.width === 0 || r.height === 0 || c.width === 0 || c.height === 0) return '';
  const url = c.toDataURL('image/png');
  return (
    `<image x="${n(r.left - ctx.x0)}" y="${n(r.top - ctx.y0)}" width="${n(r.width)}" height="${n(r.height)}" ` +
    `preserveAspectRatio="none" href="${url}" xlink:href="${url}"${fade(op)}/>`
  );
}

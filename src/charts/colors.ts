/**
 * Shared colour scales (colour-blind safe) and a small SVG legend.
 * Diverging: blue (negative) – white (0) – orange (positive), the ColorBrewer RdBu blue arm joined to the
 * PuOr orange arm, interpolated in Lab so equal steps look equal. Sequential: viridis.
 */
import { type BaseType, color, interpolateLab, interpolateViridis, piecewise, type Selection } from 'd3';
import { fmt } from '../format';
import { textWidth } from './textWidth';

/** Stops of the diverging scale from −max (first) through 0 (middle) to +max (last). */
export const DIVERGING = [
  '#2166ac',
  '#4393c3',
  '#92c5de',
  '#d1e5f0',
  '#f7f7f7',
  '#fee0b6',
  '#fdb863',
  '#e08214',
  '#b35806',
] as const;

/** Colour of a value that is not a finite number. */
export const INVALID_COLOR = '#8c8c8c';

const diverging = piecewise(interpolateLab, [...DIVERGING]);
/** The scale sampled at 2·LUT_HALF + 1 points (steps of 1/1024 of max, far below what the eye sees). */
const LUT_HALF = 512;
const LUT = Array.from({ length: 2 * LUT_HALF + 1 }, (_, k) => diverging(k / (2 * LUT_HALF)));
const INK_LUT = LUT.map((c) => inkOn(c));

function lutIndex(value: number, maxAbs: number): number {
  if (!(maxAbs > 0) || !Number.isFinite(maxAbs)) return LUT_HALF;
  const u = Math.max(-1, Math.min(1, value / maxAbs));
  return Math.round((u + 1) * LUT_HALF);
}

/** Diverging colour of value on a scale symmetric around 0: −maxAbs blue, 0 white, +maxAbs orange (clamped). */
export function divergingColor(value: number, maxAbs: number): string {
  if (!Number.isFinite(value)) return INVALID_COLOR;
  return LUT[lutIndex(value, maxAbs)];
}

/** The text colour readable on divergingColor(value, maxAbs). */
export function divergingInk(value: number, maxAbs: number): string {
  if (!Number.isFinite(value)) return '#ffffff';
  return INK_LUT[lutIndex(value, maxAbs)];
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A CSS colour as one opaque RGBA pixel in the platform's byte order (for ImageData's Uint32 view). */
function pack(css: string): number {
  const c = color(css)?.rgb() ?? { r: 0, g: 0, b: 0 };
  const [r, g, b] = [c.r, c.g, c.b].map((x) => Math.round(x));
  return (
    (LITTLE_ENDIAN ? (255 << 24) | (b << 16) | (g << 8) | r : (r << 24) | (g << 16) | (b << 8) | 255) >>> 0
  );
}
let PIXEL_LUT: Uint32Array | null = null;
let INVALID_PIXEL = 0;

/** divergingColor(value, maxAbs) as a packed pixel: the same colour for canvases, without parsing a string. */
export function divergingPixel(value: number, maxAbs: number): number {
  if (!PIXEL_LUT) {
    PIXEL_LUT = Uint32Array.from(LUT, pack);
    INVALID_PIXEL = pack(INVALID_COLOR);
  }
  if (!Number.isFinite(value)) return INVALID_PIXEL;
  return PIXEL_LUT[lutIndex(value, maxAbs)];
}

/** The diverging scale as a CSS gradient from −max (left) to +max (right), for legends drawn in HTML. */
export const DIVERGING_GRADIENT = `linear-gradient(to right, ${DIVERGING.join(', ')})`;

/** Sequential colour (viridis: dark purple at 0 … yellow at 1) of a value in [0, 1] (clamped). */
export function sequentialColor(v01: number): string {
  if (!Number.isFinite(v01)) return INVALID_COLOR;
  return interpolateViridis(Math.max(0, Math.min(1, v01)));
}

/** Relative luminance of an sRGB colour "#rrggbb" or "rgb(r, g, b)" (WCAG 2 formula). */
export function luminance(color: string): number {
  let rgb: number[];
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (hex) rgb = [0, 2, 4].map((k) => Number.parseInt(hex[1].slice(k, k + 2), 16));
  else rgb = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Text colour readable on a fill: near-black on light fills, white on dark ones. */
export function inkOn(fill: string): string {
  const L = luminance(fill);
  // contrast with black (L + 0.05)/0.05 versus with white 1.05/(L + 0.05): pick the larger
  return (L + 0.05) / 0.05 >= 1.05 / (L + 0.05) ? '#1d1d1f' : '#ffffff';
}

export interface LegendOptions {
  kind: 'diverging' | 'sequential';
  /** Diverging: the bar runs from −maxAbs to +maxAbs. */
  maxAbs?: number;
  /** Sequential: the values at the two ends of the bar (default [0, 1]). */
  domain?: [number, number];
  /** Width of the colour bar in px. */
  width: number;
  label: string;
  fontSize?: number;
  format?: (x: number) => string;
  /** The width it may take: when the label and the bar do not fit side by side, the label goes above. */
  maxWidth?: number;
  /** Font size of the label (default fontSize, which the tick numbers keep). */
  labelSize?: number;
}

let gradientCount = 0;

/**
 * Draws a legend into svg (or a <g>): the label on the left (above, when both do not fit in maxWidth),
 * then a colour bar with tick values under it. Replaces a legend drawn earlier into the same parent.
 * Returns the size it takes and the top of the bar.
 */
export function drawLegend<E extends SVGSVGElement | SVGGElement, D, P extends BaseType, PD>(
  svg: Selection<E, D, P, PD>,
  o: LegendOptions,
): { width: number; height: number; barY: number } {
  const font = o.fontSize ?? 14;
  const format = o.format ?? ((x: number) => fmt(x, 2));
  const barH = Math.round(font * 0.8);
  svg.selectAll(':scope > g.legend').remove();
  const g = svg.append('g').attr('class', 'legend');
  const label = g
    .append('text')
    .attr('class', 'legend-label')
    .attr('x', 0)
    .attr('dominant-baseline', 'central')
    .attr('font-size', o.labelSize ?? font)
    .attr('fill', 'currentColor')
    .text(o.label);
  const lf = o.labelSize ?? font;
  const labelW = textWidth(label.node() as SVGTextElement | null, o.label, lf, 0.55);
  const stacked = o.maxWidth !== undefined && Math.ceil(labelW + font * 0.7) + o.width > o.maxWidth;
  const x0 = stacked ? 0 : Math.ceil(labelW + font * 0.7);
  const barY = stacked ? Math.round(lf * 1.3) : 0;
  const barW = stacked ? Math.min(o.width, Math.max(font * 3, o.maxWidth ?? o.width)) : o.width;
  label.attr('y', stacked ? lf * 0.55 : barH / 2);

  const id = `legend-gradient-${++gradientCount}`;
  const grad = g.append('defs').append('linearGradient').attr('id', id);
  const stops: { offset: number; color: string }[] =
    o.kind === 'diverging'
      ? DIVERGING.map((c, k) => ({ offset: k / (DIVERGING.length - 1), color: c }))
      : Array.from({ length: 11 }, (_, k) => ({ offset: k / 10, color: sequentialColor(k / 10) }));
  grad
    .selectAll('stop')
    .data(stops)
    .join('stop')
    .attr('offset', (d) => `${(d.offset * 100).toFixed(1)}%`)
    .attr('stop-color', (d) => d.color);
  g.append('rect')
    .attr('class', 'legend-bar')
    .attr('x', x0)
    .attr('y', barY)
    .attr('width', barW)
    .attr('height', barH)
    .attr('fill', `url(#${id})`)
    .attr('stroke', '#8a8a94')
    .attr('stroke-width', 0.75);

  const m = o.maxAbs ?? 1;
  const [lo, hi] = o.domain ?? [0, 1];
  const ticks =
    o.kind === 'diverging'
      ? [
          { at: 0, text: format(-m) },
          { at: 0.5, text: '0' },
          { at: 1, text: format(m) },
        ]
      : [
          { at: 0, text: format(lo) },
          { at: 1, text: format(hi) },
        ];
  g.selectAll('text.legend-tick')
    .data(ticks)
    .join('text')
    .attr('class', 'legend-tick')
    .attr('x', (d) => x0 + d.at * barW)
    .attr('y', barY + barH + font * 1.05)
    .attr('text-anchor', (d) => (d.at === 0 ? 'start' : d.at === 1 ? 'end' : 'middle'))
    .attr('font-size', font)
    .attr('fill', 'currentColor')
    .text((d) => d.text);
  return {
    width: stacked ? Math.max(Math.ceil(labelW), barW) : x0 + barW,
    height: barY + barH + font * 1.35,
    barY,
  };
}

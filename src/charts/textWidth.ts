/**
 * Text widths for SVG labels, measured once per (font size, text) and kept: measuring forces a layout,
 * and a chart that measured while the page was being updated (every step) made the browser lay out twice.
 */
const widths = new Map<string, number>();
const WIDTHS_MAX = 2048;

/** The width of text set in node (an SVG text at font px); an estimate where layout is unavailable. */
export function textWidth(node: SVGTextElement | null, text: string, font: number, estimate = 0.6): number {
  const key = `${font}|${text}`;
  const kept = widths.get(key);
  if (kept !== undefined) return kept;
  let w = 0;
  try {
    w = node?.getComputedTextLength?.() ?? 0;
  } catch {
    w = 0; // not laid out (e.g. detached)
  }
  if (!(w > 0)) return text.length * font * estimate; // not kept: a later measure may succeed
  if (widths.size >= WIDTHS_MAX) widths.delete(widths.keys().next().value as string);
  widths.set(key, w);
  return w;
}

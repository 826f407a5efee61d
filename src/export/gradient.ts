/**
 * CSS `linear-gradient(...)` → the parts of an SVG <linearGradient>: direction and colour stops with
 * offsets in 0..1 (px positions divided by the box length). Handles what the app's legends use:
 * `to right` / `90deg` / `to bottom` / `180deg`, stops with no, one or two positions (hard stops).
 */
export interface GradientStop {
  offset: number;
  color: string;
}
export interface Gradient {
  horizontal: boolean;
  stops: GradientStop[];
}

/** Splits on commas that are not inside parentheses (rgb(1, 2, 3) stays whole). */
export function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function position(p: string, length: number): number | null {
  if (p.endsWith('%')) return Number.parseFloat(p) / 100;
  if (p.endsWith('px')) return length > 0 ? Number.parseFloat(p) / length : 0;
  return null;
}

/** Parses the first linear-gradient of a computed background-image, or null if there is none. */
export function parseLinearGradient(css: string, width: number, height: number): Gradient | null {
  const m = /linear-gradient\((.*)\)/.exec(css);
  if (!m) return null;
  const parts = splitTop(m[1]);
  let horizontal = false;
  const first = parts[0];
  if (/^to |deg$|turn$/.test(first)) {
    parts.shift();
    horizontal = first === 'to right' || first === '90deg' || first === '0.25turn';
  }
  const length = horizontal ? width : height;
  const raw: { color: string; at: (number | null)[] }[] = parts.map((p) => {
    // a colour (possibly a function with spaces inside) followed by up to two positions
    const fn = /^([a-z-]+\([^)]*\)|#[0-9a-f]+|[a-z]+)\s*(.*)$/i.exec(p);
    const color = fn ? fn[1] : p;
    const rest = fn ? fn[2].trim() : '';
    const at = rest ? rest.split(/\s+/).map((x) => position(x, length)) : [];
    return { color, at };
  });
  const stops: GradientStop[] = [];
  raw.forEach((r, i) => {
    const even = raw.length > 1 ? i / (raw.length - 1) : 0;
    if (r.at.length === 0) stops.push({ offset: even, color: r.color });
    for (const a of r.at) stops.push({ offset: a ?? even, color: r.color });
  });
  // offsets never go back (CSS clamps a position to the largest before it)
  for (let i = 1; i < stops.length; i++) stops[i].offset = Math.max(stops[i].offset, stops[i - 1].offset);
  for (const s of stops) s.offset = Math.min(1, Math.max(0, s.offset));
  return stops.length ? { horizontal, stops } : null;
}

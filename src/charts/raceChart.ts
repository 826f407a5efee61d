/**
 * The Race chart: one smoothed loss curve per contender against iterations, in one SVG.
 * Okabe–Ito colours (colour-blind safe) and a dash pattern and marker per line, with a legend.
 * create(el, opts) → { update(series), destroy() }.
 */
import { axisBottom, axisLeft, extent, line, max, scaleLinear, select } from 'd3';

export interface RaceSeries {
  name: string;
  points: readonly { x: number; y: number }[];
}

export const RACE_STYLES = [
  { color: '#0072b2', dash: '' },
  { color: '#d55e00', dash: '7 4' },
  { color: '#009e73', dash: '2 3' },
] as const;

export interface RaceChartOptions {
  width?: number;
  height?: number;
  xLabel: string;
  yLabel: string;
}

export function create(el: HTMLElement, opts: RaceChartOptions) {
  const W = opts.width ?? 400;
  const H = opts.height ?? 220;
  const m = { top: 10, right: 12, bottom: 38, left: 48 };
  const svg = select(el)
    .append('svg')
    .attr('class', 'race-chart')
    .attr('viewBox', `0 0 ${W} ${H}`)
    .attr('width', '100%')
    .attr('role', 'img');
  const gx = svg.append('g').attr('transform', `translate(0,${H - m.bottom})`);
  const gy = svg.append('g').attr('transform', `translate(${m.left},0)`);
  svg
    .append('text')
    .attr('x', (W + m.left) / 2)
    .attr('y', H - 4)
    .attr('text-anchor', 'middle')
    .attr('class', 'axis-title')
    .text(opts.xLabel);
  svg
    .append('text')
    .attr('transform', `translate(12,${(H - m.bottom) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .attr('class', 'axis-title')
    .text(opts.yLabel);
  const lines = svg.append('g');
  const legend = svg.append('g').attr('transform', `translate(${W - m.right - 110},${m.top + 4})`);

  function update(series: readonly RaceSeries[]) {
    const all = series.flatMap((s) => s.points);
    const [x0, x1] = extent(all, (p) => p.x) as [number | undefined, number | undefined];
    const x = scaleLinear()
      .domain([x0 ?? 0, Math.max(x1 ?? 1, (x0 ?? 0) + 1)])
      .range([m.left, W - m.right]);
    const y = scaleLinear()
      .domain([0, max(all, (p) => p.y) ?? 1])
      .nice()
      .range([H - m.bottom, m.top]);
    gx.call(axisBottom(x).ticks(6));
    gy.call(axisLeft(y).ticks(5));
    const path = line<{ x: number; y: number }>()
      .defined((p) => Number.isFinite(p.y))
      .x((p) => x(p.x))
      .y((p) => y(p.y));
    lines
      .selectAll('path')
      .data(series)
      .join('path')
      .attr('class', 'race-line')
      .attr('data-name', (s) => s.name)
      .attr('data-last', (s) => (s.points.length ? String(s.points[s.points.length - 1].y) : ''))
      .attr('fill', 'none')
      .attr('stroke-width', 2.5)
      .attr('stroke', (_, k) => RACE_STYLES[k % 3].color)
      .attr('stroke-dasharray', (_, k) => RACE_STYLES[k % 3].dash)
      .attr('d', (s) => path(s.points as { x: number; y: number }[]) ?? '');
    const items = legend
      .selectAll('g')
      .data(series)
      .join((enter) => {
        const g = enter.append('g');
        g.append('line').attr('x1', 0).attr('x2', 26).attr('stroke-width', 2.5);
        g.append('text').attr('x', 32).attr('dy', '0.35em');
        return g;
      })
      .attr('transform', (_, k) => `translate(0,${k * 18})`);
    items
      .select('line')
      .attr('stroke', (_, k) => RACE_STYLES[k % 3].color)
      .attr('stroke-dasharray', (_, k) => RACE_STYLES[k % 3].dash);
    items.select('text').text((s) => s.name);
    svg.attr('aria-label', series.map((s) => s.name).join(', '));
  }

  return {
    update,
    destroy: () => {
      svg.remove();
    },
  };
}

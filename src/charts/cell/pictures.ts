/**
 * The landscape pictures of the three cells for one unit of one step: LSTM, GRU and plain RNN nodes at
 * fixed places with their live values, and the wires between them (pure).
 */
import type { Block } from '../../engine/model';
import type { BlockVectors, Trace } from '../../engine/trace';
import type { CellNode, CellPicture, CellWire } from './nodes';

const v = (a: Float64Array | null | undefined, j: number) => (a ? a[j] : 0);
/** Entry j of block b of a step's block record, 0 for a block the cell lacks (as v). */
const vb = (vs: BlockVectors, b: Block, j: number) => v(vs[b], j);

/** The LSTM cell: c_{t−1} along the top, the four gates over h_{t−1}, c_t and h_t on the right. */
export function lstm(trace: Trace, t: number, j: number): Omit<CellPicture, 'cell'> {
  const f = trace.forward[t - 1];
  const a = (b: 'f' | 'i' | 'o' | 'g') => vb(f.act, b, j);
  const cPrev = v(f.cPrev, j);
  const gate = (b: 'f' | 'i' | 'o' | 'g', x: number): CellNode => ({
    key: b,
    label: `${b}ₜ`,
    inner: b === 'g' ? 'tanh' : 'σ',
    shape: 'gate',
    x,
    y: 230,
    value: a(b),
    sub: b,
    q: { kind: 'act', t, block: b, j },
  });
  const nodes: CellNode[] = [
    {
      key: 'cPrev',
      label: 'cₜ₋₁',
      shape: 'in',
      x: 40,
      y: 50,
      value: cPrev,
      sub: null,
      q: { kind: 'c', t: t - 1, j },
    },
    {
      key: 'hPrev',
      label: 'hₜ₋₁',
      shape: 'in',
      x: 40,
      y: 285,
      value: f.hPrev[j],
      sub: null,
      q: { kind: 'h', t: t - 1, j },
    },
    gate('f', 150),
    gate('i', 250),
    gate('g', 350),
    gate('o', 450),
    { key: 'fc', label: '×', shape: 'op', x: 150, y: 50, value: a('f') * cPrev, sub: 'c' },
    { key: 'ig', label: '×', shape: 'op', x: 300, y: 145, value: a('i') * a('g'), sub: 'c' },
    { key: 'plus', label: '+', shape: 'op', x: 300, y: 50, value: v(f.c, j), sub: 'c' },
    {
      key: 'c',
      label: 'cₜ',
      shape: 'out',
      x: 600,
      y: 50,
      value: v(f.c, j),
      sub: 'c',
      q: { kind: 'c', t, j },
    },
    {
      key: 'tanhC',
      label: 'tanh',
      inner: 'tanh',
      shape: 'gate',
      x: 530,
      y: 125,
      value: v(f.tanhC, j),
      sub: 'h',
    },
    { key: 'oh', label: '×', shape: 'op', x: 530, y: 230, value: f.h[j], sub: 'h' },
    { key: 'h', label: 'hₜ', shape: 'out', x: 600, y: 285, value: f.h[j], sub: 'h', q: { kind: 'h', t, j } },
  ];
  const wires: CellWire[] = [
    { from: 'cPrev', to: 'fc' },
    { from: 'f', to: 'fc' },
    { from: 'fc', to: 'plus' },
    { from: 'i', to: 'ig', via: [[250, 145]] },
    { from: 'g', to: 'ig', via: [[350, 145]] },
    { from: 'ig', to: 'plus' },
    { from: 'plus', to: 'c' },
    { from: 'plus', to: 'tanhC', via: [[530, 50]] },
    { from: 'tanhC', to: 'oh' },
    { from: 'o', to: 'oh' },
    { from: 'oh', to: 'h', via: [[530, 285]] },
    ...(['f', 'i', 'g', 'o'] as const).map((b) => ({
      from: 'hPrev',
      to: b,
      via: [[b === 'f' ? 150 : b === 'i' ? 250 : b === 'g' ? 350 : 450, 285]] as [number, number][],
    })),
  ];
  return { width: 640, height: 330, nodes, wires };
}

/** The GRU cell: h_{t−1} along the top, through the reset, update and candidate gates. */
export function gru(trace: Trace, t: number, j: number): Omit<CellPicture, 'cell'> {
  const f = trace.forward[t - 1];
  const z = vb(f.act, 'z', j);
  const r = vb(f.act, 'r', j);
  const g = vb(f.act, 'g', j);
  const hPrev = f.hPrev[j];
  const nodes: CellNode[] = [
    {
      key: 'hPrev',
      label: 'hₜ₋₁',
      shape: 'in',
      x: 40,
      y: 50,
      value: hPrev,
      sub: null,
      q: { kind: 'h', t: t - 1, j },
    },
    {
      key: 'r',
      label: 'rₜ',
      inner: 'σ',
      shape: 'gate',
      x: 130,
      y: 230,
      value: r,
      sub: 'r',
      q: { kind: 'act', t, block: 'r', j },
    },
    {
      key: 'z',
      label: 'zₜ',
      inner: 'σ',
      shape: 'gate',
      x: 250,
      y: 230,
      value: z,
      sub: 'z',
      q: { kind: 'act', t, block: 'z', j },
    },
    { key: 'rh', label: '×', shape: 'op', x: 130, y: 140, value: r * hPrev, sub: 'g' },
    {
      key: 'g',
      label: 'gₜ',
      inner: 'tanh',
      shape: 'gate',
      x: 380,
      y: 230,
      value: g,
      sub: 'g',
      q: { kind: 'act', t, block: 'g', j },
    },
    { key: 'zh', label: '×', shape: 'op', x: 420, y: 50, value: z * hPrev, sub: 'h' },
    { key: 'omz', label: '1−', shape: 'op', x: 330, y: 140, value: 1 - z, sub: 'h' },
    { key: 'zg', label: '×', shape: 'op', x: 470, y: 140, value: (1 - z) * g, sub: 'h' },
    { key: 'plus', label: '+', shape: 'op', x: 520, y: 50, value: f.h[j], sub: 'h' },
    { key: 'h', label: 'hₜ', shape: 'out', x: 600, y: 50, value: f.h[j], sub: 'h', q: { kind: 'h', t, j } },
  ];
  const wires: CellWire[] = [
    { from: 'hPrev', to: 'zh' },
    {
      from: 'hPrev',
      to: 'rh',
      via: [
        [80, 50],
        [80, 140],
      ],
    },
    {
      from: 'hPrev',
      to: 'r',
      via: [
        [60, 50],
        [60, 285],
        [130, 285],
      ],
    },
    {
      from: 'hPrev',
      to: 'z',
      via: [
        [60, 285],
        [250, 285],
      ],
    },
    { from: 'r', to: 'rh' },
    {
      from: 'rh',
      to: 'g',
      via: [
        [200, 140],
        [200, 270],
        [380, 270],
      ],
    },
    {
      from: 'z',
      to: 'zh',
      via: [
        [250, 100],
        [420, 100],
      ],
    },
    {
      from: 'z',
      to: 'omz',
      via: [
        [250, 180],
        [330, 180],
      ],
    },
    { from: 'omz', to: 'zg' },
    { from: 'g', to: 'zg', via: [[470, 230]] },
    { from: 'zh', to: 'plus' },
    { from: 'zg', to: 'plus', via: [[520, 140]] },
    { from: 'plus', to: 'h' },
  ];
  return { width: 640, height: 330, nodes, wires };
}

/** The plain RNN cell: h_{t−1} into the pre-activation aₜ, through the activation to h_t. */
export function rnn(trace: Trace, t: number, j: number): Omit<CellPicture, 'cell'> {
  const f = trace.forward[t - 1];
  const act = trace.model.activation;
  const nodes: CellNode[] = [
    {
      key: 'hPrev',
      label: 'hₜ₋₁',
      shape: 'in',
      x: 40,
      y: 80,
      value: f.hPrev[j],
      sub: null,
      q: { kind: 'h', t: t - 1, j },
    },
    {
      key: 'a',
      label: 'aₜ',
      shape: 'op',
      x: 260,
      y: 150,
      value: vb(f.pre, '', j),
      sub: 'a',
      q: { kind: 'pre', t, block: '', j },
    },
    { key: 'act', label: act, inner: act, shape: 'gate', x: 420, y: 150, value: f.h[j], sub: 'h' },
    { key: 'h', label: 'hₜ', shape: 'out', x: 600, y: 150, value: f.h[j], sub: 'h', q: { kind: 'h', t, j } },
  ];
  const wires: CellWire[] = [
    { from: 'hPrev', to: 'a', via: [[260, 80]] },
    { from: 'a', to: 'act' },
    { from: 'act', to: 'h' },
  ];
  return { width: 640, height: 230, nodes, wires };
}

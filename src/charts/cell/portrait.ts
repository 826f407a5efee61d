/**
 * The cell pictures stood upright for presenter mode, where the diagram takes the Output panel's tall
 * box during the gate sub-steps: the state path down the left, the gates in a column, h_{t−1} on the right.
 * Same nodes and values as the landscape pictures (nodes.ts); only places and wires differ.
 */
import type { CellType } from '../../engine/model';
import type { CellPicture, CellWire } from './nodes';

interface Layout {
  width: number;
  height: number;
  pos: Record<string, [number, number]>;
  wires: CellWire[];
}

const LSTM_Y = { f: 120, i: 200, g: 300, o: 400 };

const LSTM: Layout = {
  width: 340,
  height: 600,
  pos: {
    cPrev: [50, 40],
    fc: [50, 120],
    plus: [50, 340],
    ig: [130, 250],
    // below the o gate's box, level with o·tanh(c) (the boxes are 96 × 74: cell/nodes.ts nodeBox)
    tanhC: [110, 490],
    oh: [200, 490],
    c: [50, 560],
    h: [300, 560],
    f: [200, 120],
    i: [200, 200],
    g: [200, 300],
    o: [200, 400],
    hPrev: [285, 40],
  },
  wires: [
    { from: 'cPrev', to: 'fc' },
    { from: 'f', to: 'fc' },
    { from: 'fc', to: 'plus' },
    { from: 'i', to: 'ig', via: [[130, 200]] },
    { from: 'g', to: 'ig', via: [[130, 300]] },
    { from: 'ig', to: 'plus', via: [[130, 340]] },
    { from: 'plus', to: 'c' },
    { from: 'plus', to: 'tanhC', via: [[50, 490]] },
    { from: 'tanhC', to: 'oh' },
    { from: 'o', to: 'oh' },
    { from: 'oh', to: 'h', via: [[300, 490]] },
    ...(['f', 'i', 'g', 'o'] as const).map((b) => ({
      from: 'hPrev',
      to: b,
      via: [[285, LSTM_Y[b]]] as [number, number][],
    })),
  ],
};

const GRU: Layout = {
  width: 340,
  height: 600,
  pos: {
    hPrev: [50, 40],
    r: [200, 110],
    rh: [120, 190],
    g: [200, 270],
    z: [200, 380],
    zh: [50, 380],
    omz: [210, 470],
    zg: [120, 470],
    plus: [50, 540],
    h: [210, 540],
  },
  wires: [
    { from: 'hPrev', to: 'zh' },
    { from: 'hPrev', to: 'rh', via: [[120, 40]] },
    {
      from: 'hPrev',
      to: 'r',
      via: [
        [285, 40],
        [285, 110],
      ],
    },
    {
      from: 'hPrev',
      to: 'z',
      via: [
        [285, 40],
        [285, 380],
      ],
    },
    { from: 'r', to: 'rh', via: [[200, 190]] },
    { from: 'rh', to: 'g', via: [[120, 270]] },
    { from: 'z', to: 'zh' },
    { from: 'z', to: 'omz', via: [[210, 380]] },
    { from: 'omz', to: 'zg' },
    {
      from: 'g',
      to: 'zg',
      via: [
        [265, 270],
        [265, 430],
        [120, 430],
      ],
    },
    { from: 'zh', to: 'plus' },
    { from: 'zg', to: 'plus', via: [[120, 540]] },
    { from: 'plus', to: 'h' },
  ],
};

const RNN: Layout = {
  width: 340,
  height: 420,
  pos: { hPrev: [60, 40], a: [170, 140], act: [170, 260], h: [170, 370] },
  wires: [
    { from: 'hPrev', to: 'a', via: [[60, 140]] },
    { from: 'a', to: 'act' },
    { from: 'act', to: 'h' },
  ],
};

const LAYOUTS: Record<CellType, Layout> = { lstm: LSTM, gru: GRU, rnn: RNN };

/** The picture p stood upright. */
export function portrait(p: CellPicture): CellPicture {
  const L = LAYOUTS[p.cell];
  return {
    ...p,
    portrait: true,
    width: L.width,
    height: L.height,
    nodes: p.nodes.map((n) => {
      const [x, y] = L.pos[n.key] ?? [n.x, n.y];
      return { ...n, x, y };
    }),
    wires: L.wires,
  };
}

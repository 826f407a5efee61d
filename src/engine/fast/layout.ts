/**
 * One flat Float64Array holds every weight of a model; each weight name is a subarray view of it.
 * The flat order stacks the blocks' recurrent matrices so that one matrix–vector product serves
 * all gates:  [Whh_k …] (G·H × H) · [Wxh_k …] (G·H × V) · [bh_k …] (G·H) · Why (V × H) · by (V),
 * where k runs over the cell's blocks (rnn '', lstm f i o g, gru z r g) and G is their count.
 * Each view keeps the engine's row-major shape, so a Model's weights can alias the buffer.
 */
import { BLOCKS, blockName, type CellType, type Weights, weightShapes } from '../model';

export interface Layout {
  cell: CellType;
  V: number;
  H: number;
  /** Number of blocks (gates): rnn 1, lstm 4, gru 3. */
  G: number;
  /** Start of the stacked Whh (G·H × H), Wxh (each block H × V, stacked), bh (G·H), Why, by. */
  whh: number;
  wxh: number;
  bh: number;
  why: number;
  by: number;
  total: number;
  /** Offset of each named weight in the flat buffer. */
  offsets: Record<string, number>;
}

export function layoutFor(cell: CellType, V: number, H: number): Layout {
  const G = BLOCKS[cell].length;
  const whh = 0;
  const wxh = whh + G * H * H;
  const bh = wxh + G * H * V;
  const why = bh + G * H;
  const by = why + V * H;
  const offsets: Record<string, number> = { Why: why, by };
  BLOCKS[cell].forEach((b, k) => {
    offsets[blockName('Whh', b)] = whh + k * H * H;
    offsets[blockName('Wxh', b)] = wxh + k * H * V;
    offsets[blockName('bh', b)] = bh + k * H;
  });
  return { cell, V, H, G, whh, wxh, bh, why, by, total: by + V, offsets };
}

/** Named subarray views of a flat buffer, keys in the model file's order (weightShapes). */
export function viewsOf(buf: Float64Array, layout: Layout): Weights {
  const out: Weights = {};
  for (const s of weightShapes(layout.cell, layout.V, layout.H)) {
    const off = layout.offsets[s.name];
    out[s.name] = buf.subarray(off, off + s.rows * s.cols);
  }
  return out;
}

/** Copies named weights into the flat buffer (every name of the layout must be present). */
export function packInto(weights: Weights, buf: Float64Array, layout: Layout): void {
  for (const [name, off] of Object.entries(layout.offsets)) buf.set(weights[name], off);
}

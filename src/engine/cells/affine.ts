import { addMatVec } from '../linalg';
import type { Block } from '../model';
import { blockName, type Model } from '../model';

/** Wxh_k x_t + Whh_k hIn + bh_k for block k, with x_t one-hot at index `input` (a column gather), or x_t = 0 when input is null. */
export function blockPre(model: Model, blk: Block, input: number | null, hIn: Float64Array): Float64Array {
  const H = model.hiddenSize;
  const V = model.vocab.length;
  const Wxh = model.weights[blockName('Wxh', blk)];
  const out = Float64Array.from(model.weights[blockName('bh', blk)]);
  if (input !== null) for (let j = 0; j < H; j++) out[j] += Wxh[j * V + input]; // x_t = 0 when there is no input
  addMatVec(model.weights[blockName('Whh', blk)], H, H, hIn, out);
  return out;
}

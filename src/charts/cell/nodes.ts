/**
 * The cell diagram's parts for one unit of one step: the classic picture of each cell as nodes (inputs,
 * gates, × and + joints, outputs) at fixed places, the wires between them, and the live values.
 * Pure: the three cells' pictures are in pictures.ts, the drawing is in draw.ts.
 */
import type { Quantity } from '../../engine/explain';
import type { CellType } from '../../engine/model';
import type { Trace } from '../../engine/trace';
import { type ForwardSub, forwardReached, type Moment } from '../../store/cursor';
import { gru, lstm, rnn } from './pictures';

export type NodeShape = 'in' | 'gate' | 'op' | 'out';

export interface CellNode {
  key: string;
  /** Symbol (fₜ, cₜ₋₁, ×) and the text shown inside a gate box (σ, tanh). */
  label: string;
  inner?: string;
  shape: NodeShape;
  x: number;
  y: number;
  value: number;
  /** The sub-step that computes it (inputs: null, always there). */
  sub: ForwardSub | null;
  /** The quantity whose card a click opens. */
  q?: Quantity;
}

export interface CellWire {
  from: string;
  to: string;
  /** Path through these corners (between the two nodes' centres). */
  via?: [number, number][];
}

export interface CellPicture {
  cell: CellType;
  /** Stood upright (portrait.ts): values are written inside the gate boxes. */
  portrait?: boolean;
  width: number;
  height: number;
  nodes: CellNode[];
  wires: CellWire[];
}

/** Gate boxes (width × height) in the landscape and the upright picture, and the joints' radius. */
export const GATE_BOX = { wide: [64, 40], upright: [96, 74] } as const;
export const OP_R = 17;

/** The box a node covers (gates and joints; inputs and outputs are small dots with a label below). */
export function nodeBox(n: CellNode, upright: boolean): { x0: number; y0: number; x1: number; y1: number } {
  const [w, h] =
    n.shape === 'gate'
      ? GATE_BOX[upright ? 'upright' : 'wide']
      : n.shape === 'op'
        ? [2 * OP_R, 2 * OP_R]
        : [12, 12];
  return { x0: n.x - w / 2, y0: n.y - h / 2, x1: n.x + w / 2, y1: n.y + h / 2 };
}

/** The picture of unit j (0-based) of step t. */
export function cellPicture(trace: Trace, t: number, j: number): CellPicture {
  const cell = trace.model.cell;
  const p = cell === 'lstm' ? lstm(trace, t, j) : cell === 'gru' ? gru(trace, t, j) : rnn(trace, t, j);
  return { cell, ...p };
}

/** Lit (computed) or not at moment m, and which nodes the current sub-step computes. */
export function nodeState(trace: Trace, m: Moment, t: number, n: CellNode): 'pending' | 'lit' | 'current' {
  if (n.sub === null) return 'lit';
  const { cell } = trace.model;
  if (!forwardReached(cell, trace.T, m, t, n.sub)) return 'pending';
  return m.phase === 'forward' && m.t === t && m.sub === n.sub ? 'current' : 'lit';
}

/**
 * The model file (docs/model-format.md): JSON with matrices as arrays of rows, checked strictly.
 * parseModel turns a parsed file into the engine's Model (flat row-major Float64Arrays) or throws an
 * EngineError with one short message naming the field; serializeModel is its exact inverse.
 */

import { hiddenSizeProblem, vocabSizeProblem } from './limits';
import {
  ACTIVATIONS,
  type Activation,
  CELL_TYPES,
  type CellType,
  EngineError,
  type Model,
  type WeightShape,
  type Weights,
  weightShapes,
} from './model';
import { showChar, splitChars } from './text';

export const MODEL_FORMAT = 'unrolled-model';
export const MODEL_VERSION = 1;

export interface ModelFile {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  cell: CellType;
  activation?: Activation;
  vocab: string[];
  hiddenSize: number;
  /** Matrices as arrays of rows (W[row][col]), biases as plain arrays. */
  weights: Record<string, number[] | number[][]>;
  h0: number[];
  c0?: number[];
}

const TOP_LEVEL_FIELDS = [
  'format',
  'version',
  'cell',
  'activation',
  'vocab',
  'hiddenSize',
  'weights',
  'h0',
  'c0',
];

/** A value as it should appear in a message: strings in single quotes, anything else as JSON. */
function show(v: unknown): string {
  if (typeof v === 'string') return `'${v.length > 40 ? `${v.slice(0, 40)}…` : v}'`;
  if (v === undefined) return 'undefined';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** The shape of an array as text: [3], [3][4]; 'ragged' when the rows differ; null for a non-array. */
function shapeOf(v: unknown): string | null {
  if (!Array.isArray(v)) return null;
  if (v.length === 0 || !v.some(Array.isArray)) return `[${v.length}]`;
  const cols = Array.isArray(v[0]) ? v[0].length : -1;
  if (v.every((row) => Array.isArray(row) && row.length === cols)) return `[${v.length}][${cols}]`;
  return 'ragged';
}

function expectedShape(s: WeightShape): string {
  return s.isVector ? `[${s.rows}]` : `[${s.rows}][${s.cols}]`;
}

/** A weight from the file as a flat row-major Float64Array, after checking its shape and numbers. */
function readWeight(value: unknown, s: WeightShape): Float64Array {
  const expected = expectedShape(s);
  const shape = shapeOf(value);
  if (shape === null) throw new EngineError(`weight '${s.name}' must be an array of shape ${expected}`);
  if (shape === 'ragged') {
    throw new EngineError(`weight '${s.name}' has rows of different lengths, expected shape ${expected}`);
  }
  if (shape !== expected)
    throw new EngineError(`weight '${s.name}' has shape ${shape}, expected ${expected}`);
  const out = new Float64Array(s.rows * s.cols);
  const rows = value as unknown[];
  for (let r = 0; r < s.rows; r++) {
    if (s.isVector) {
      out[r] = finite(rows[r], `weights.${s.name}[${r}]`);
      continue;
    }
    const row = rows[r] as unknown[];
    for (let c = 0; c < s.cols; c++) out[r * s.cols + c] = finite(row[c], `weights.${s.name}[${r}][${c}]`);
  }
  return out;
}

function finite(v: unknown, where: string): number {
  if (!isFiniteNumber(v)) throw new EngineError(`${where} is not a finite number`);
  return v;
}

/** An optional initial state (h0 or c0): zeros when absent, else exactly H finite numbers. */
function readState(value: unknown, name: 'h0' | 'c0', H: number): Float64Array {
  if (value === undefined) return new Float64Array(H);
  if (!Array.isArray(value)) throw new EngineError(`${name} must be an array of ${H} numbers`);
  if (value.length !== H) throw new EngineError(`${name} has length ${value.length}, expected ${H}`);
  return Float64Array.from(value, (v, j) => finite(v, `${name}[${j}]`));
}

function readVocab(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) throw new EngineError('vocab must be a non-empty array');
  const seen = new Set<string>();
  value.forEach((entry, k) => {
    if (typeof entry !== 'string' || splitChars(entry).length !== 1) {
      throw new EngineError(`vocab entry ${k} (${show(entry)}) is not exactly one character`);
    }
    if (seen.has(entry)) throw new EngineError(`duplicate vocab entry '${showChar(entry)}'`);
    seen.add(entry);
  });
  return value as string[];
}

function readCell(value: unknown): CellType {
  if (value === undefined) throw new EngineError('cell is missing (expected "rnn", "lstm" or "gru")');
  if (!CELL_TYPES.includes(value as CellType)) throw new EngineError(`unknown cell ${show(value)}`);
  return value as CellType;
}

function readActivation(value: unknown, cell: CellType): Activation {
  if (value === undefined) return 'tanh';
  if (cell !== 'rnn') throw new EngineError('"activation" is only allowed for rnn models');
  if (!ACTIVATIONS.includes(value as Activation)) throw new EngineError(`unknown activation ${show(value)}`);
  return value as Activation;
}

function readWeights(value: unknown, cell: CellType, V: number, H: number): Weights {
  if (!isObject(value)) throw new EngineError('weights must be an object of named matrices');
  const shapes = weightShapes(cell, V, H);
  const names = shapes.map((s) => s.name);
  for (const key of Object.keys(value)) {
    if (!names.includes(key) && value[key] !== undefined) {
      throw new EngineError(`unknown weight ${show(key)} (${cell} weights are ${names.join(', ')})`);
    }
  }
  const weights: Weights = {};
  for (const s of shapes) {
    if (value[s.name] === undefined) throw new EngineError(`missing weight '${s.name}'`);
    weights[s.name] = readWeight(value[s.name], s);
  }
  return weights;
}

/** Checks a parsed model file and converts it to a Model; throws EngineError naming the first problem. */
export function parseModel(json: unknown): Model {
  if (!isObject(json)) throw new EngineError('the model must be a JSON object');
  if (json.format !== MODEL_FORMAT) throw new EngineError(`format must be "${MODEL_FORMAT}"`);
  if (json.version === undefined) throw new EngineError(`version is missing (expected ${MODEL_VERSION})`);
  if (json.version !== MODEL_VERSION) throw new EngineError(`unsupported version ${show(json.version)}`);
  const cell = readCell(json.cell);
  for (const key of Object.keys(json)) {
    if (!TOP_LEVEL_FIELDS.includes(key) && json[key] !== undefined)
      throw new EngineError(`unknown field ${show(key)}`);
  }
  if (json.c0 !== undefined && cell !== 'lstm') throw new EngineError('"c0" is only allowed for lstm models');
  const activation = readActivation(json.activation, cell);
  const vocab = readVocab(json.vocab);
  const tooMany = vocabSizeProblem(vocab.length);
  if (tooMany) throw new EngineError(tooMany);
  const H = json.hiddenSize;
  if (!Number.isSafeInteger(H) || (H as number) < 1) {
    throw new EngineError(`hiddenSize must be a positive integer (got ${show(H)})`);
  }
  const tooBig = hiddenSizeProblem(H as number);
  if (tooBig) throw new EngineError(tooBig);
  const hiddenSize = H as number;
  const weights = readWeights(json.weights, cell, vocab.length, hiddenSize);
  const h0 = readState(json.h0, 'h0', hiddenSize);
  const c0 = cell === 'lstm' ? readState(json.c0, 'c0', hiddenSize) : null;
  return { cell, activation, vocab: [...vocab], hiddenSize, weights, h0, c0 };
}

/** One line from a JSON.parse error (Node quotes part of the text, which may hold newlines). */
function oneLine(message: string): string {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 120)}…` : line;
}

/** Parses the text of a model file (a leading byte-order mark is ignored). */
export function parseModelText(text: string): Model {
  let json: unknown;
  try {
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (e) {
    throw new EngineError(`model file is not valid JSON: ${oneLine((e as Error).message)}`);
  }
  return parseModel(json);
}

/** A flat row-major matrix as an array of rows. */
export function toRows(flat: Float64Array, rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, (_, r) => Array.from(flat.subarray(r * cols, (r + 1) * cols)));
}

/** Weights (or gradients, same shapes) in file form: matrices as arrays of rows, biases as arrays. */
export function weightsToJson(model: Model, weights: Weights): Record<string, number[] | number[][]> {
  const out: Record<string, number[] | number[][]> = {};
  for (const s of weightShapes(model.cell, model.vocab.length, model.hiddenSize)) {
    const w = weights[s.name];
    out[s.name] = s.isVector ? Array.from(w) : toRows(w, s.rows, s.cols);
  }
  return out;
}

/** The model as a file object (the inverse of parseModel); JSON.stringify it to save. */
export function serializeModel(model: Model): ModelFile {
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    cell: model.cell,
    ...(model.cell === 'rnn' ? { activation: model.activation } : {}),
    vocab: [...model.vocab],
    hiddenSize: model.hiddenSize,
    weights: weightsToJson(model, model.weights),
    h0: Array.from(model.h0),
    ...(model.cell === 'lstm' ? { c0: Array.from(model.c0 ?? new Float64Array(model.hiddenSize)) } : {}),
  };
}

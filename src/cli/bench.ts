/**
 * Training throughput of the engine's real training path (train.ts → fast/), comparable with
 * `../shared/bench/minchar_numpy.py` (beside the checkout, not in this repository): same windows, init N(0, 0.01²) matrices and zero biases,
 * Adagrad lr 0.1, clip to [−5, 5], text split into code points, vocab = sorted distinct code points.
 *
 *   npm run bench                      the table W1–W4 (text: --text FILE, else the GPL-3 + GPL-2 texts)
 *   npm run --silent bench -- --cell rnn --hidden 100 --seq 25 --steps 3000 --text FILE --json
 *
 * Only the loop of --steps steps is timed. Before it, an untimed warm-up (--warmup-ms, default 300)
 * trains a throwaway copy of the model, then the trainer is reset to the initial model (resetTrainer).
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { clipByValue } from '../engine/clip';
import { initModel } from '../engine/init';
import { BLOCKS, CELL_TYPES, type CellType, cloneModel, type Model, weightShapes } from '../engine/model';
import { createRng } from '../engine/rng';
import { createTrainer, encodeText, resetTrainer, trainStep } from '../engine/train';

interface Workload {
  name: string;
  cell: CellType;
  hidden: number;
  seq: number;
  steps: number;
  text: string;
}

interface Result {
  steps_per_s: number;
  chars_per_s: number;
  loss_first: number;
  loss_last: number;
}

/** min-char-rnn's init: every matrix N(0, 0.01²) from the engine's seeded Rng (file order); all biases 0 (no keep-gate bias). */
export function minCharModel(cell: CellType, vocab: string[], H: number, seed: number): Model {
  const model = initModel({ cell, vocab, hiddenSize: H, seed, init: 'zeros', keepBias: 0 });
  const rng = createRng(seed);
  for (const s of weightShapes(cell, vocab.length, H)) {
    if (s.isVector) continue;
    const w = model.weights[s.name];
    for (let k = 0; k < w.length; k++) w[k] = 0.01 * rng.gaussian();
  }
  return model;
}

export function runWorkload(w: Workload, lr: number, seed: number, warmupMs: number): Result {
  const { vocab, data } = encodeText(w.text);
  const model = minCharModel(w.cell, vocab, w.hidden, seed);
  const opts = { seqLength: w.seq, optimizer: 'adagrad' as const, hyper: { lr }, clip: clipByValue(5) };
  // Untimed warm-up: train a throwaway copy of the model for warmupMs so the JIT has compiled the hot
  // code, then reset the same trainer to the initial model and a fresh optimiser (resetTrainer: exactly
  // like a new trainer, but V8 keeps seeing the same objects, so nothing is re-optimised mid-run).
  const tr = createTrainer(cloneModel(model), data, opts);
  const warmStart = performance.now();
  for (let k = 0; k < 20 || performance.now() - warmStart < warmupMs; k++) trainStep(tr);
  resetTrainer(tr, model);
  let first = Number.NaN;
  const t0 = performance.now();
  for (let n = 0; n < w.steps; n++) {
    const loss = trainStep(tr);
    if (n === 0) first = loss;
  }
  const dt = (performance.now() - t0) / 1000;
  return {
    steps_per_s: w.steps / dt,
    chars_per_s: (w.steps * w.seq) / dt,
    loss_first: first,
    loss_last: tr.loss,
  };
}

function defaultText(): string {
  const files = ['/usr/share/common-licenses/GPL-3', '/usr/share/common-licenses/GPL-2'];
  if (files.every((f) => existsSync(f))) return files.map((f) => readFileSync(f, 'utf8')).join('');
  const rng = createRng(7); // fallback: 50,000 characters of pseudo-words
  const letters = 'etaoinshrdlucmfwypvbgkqjxz';
  let s = '';
  while (s.length < 50000)
    s += `${Array.from({ length: 1 + rng.int(8) }, () => letters[rng.int(rng.int(26) + 1)]).join('')}${rng.next() < 0.1 ? '.\n' : ' '}`;
  return s;
}

function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (!a.startsWith('--')) throw new Error(`unexpected argument '${a}'`);
    const key = a.slice(2);
    if (key === 'json') out.json = 'true';
    else if (k + 1 < argv.length) out[key] = argv[++k];
    else throw new Error(`--${key} needs a value`);
  }
  return out;
}

function intArg(a: Record<string, string>, key: string, dflt: number): number {
  const v = a[key] === undefined ? dflt : Number(a[key]);
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${key} must be a positive integer`);
  return v;
}

function main(): void {
  const a = parseArgs(process.argv.slice(2));
  const text = a.text ? readFileSync(a.text, 'utf8') : defaultText();
  const lr = a.lr ? Number(a.lr) : 0.1;
  const seed = a.seed ? Number(a.seed) : 1;
  const warmupMs = a['warmup-ms'] ? Number(a['warmup-ms']) : 300;
  const single = ['cell', 'hidden', 'seq', 'steps'].some((k) => a[k] !== undefined);
  if (single) {
    const cell = (a.cell ?? 'rnn') as CellType;
    if (!CELL_TYPES.includes(cell)) throw new Error(`--cell must be one of ${CELL_TYPES.join(', ')}`);
    const w = {
      name: 'cli',
      cell,
      hidden: intArg(a, 'hidden', 100),
      seq: intArg(a, 'seq', 25),
      steps: intArg(a, 'steps', 1000),
      text,
    };
    const r = runWorkload(w, lr, seed, warmupMs);
    if (a.json) console.log(JSON.stringify(r));
    else report(w, r);
    return;
  }
  const workloads: Workload[] = [
    { name: 'W1', cell: 'rnn', hidden: 100, seq: 25, steps: 3000, text },
    { name: 'W2', cell: 'lstm', hidden: 128, seq: 25, steps: 600, text },
    { name: 'W3', cell: 'gru', hidden: 128, seq: 25, steps: 800, text },
    { name: 'W4', cell: 'rnn', hidden: 3, seq: 4, steps: 500000, text: 'hello' },
  ];
  for (const w of workloads) report(w, runWorkload(w, lr, seed, warmupMs));
}

function report(w: Workload, r: Result): void {
  const V = new Set(Array.from(w.text)).size;
  const head = `${w.name} ${w.cell} V=${V} H=${w.hidden} T=${w.seq} (${BLOCKS[w.cell].length} block${w.cell === 'rnn' ? '' : 's'}) steps=${w.steps}`;
  console.log(
    `${head}  loss ${r.loss_first.toFixed(3)}->${r.loss_last.toFixed(3)}  ${r.steps_per_s.toFixed(1)} steps/s  ${r.chars_per_s.toFixed(0)} chars/s`,
  );
}

try {
  main();
} catch (e) {
  console.error(`bench: ${(e as Error).message}`);
  process.exit(1);
}

/**
 * The built-in script "The lecture" (ko "강의"), following the lecture notes (CONCEPTS rows 1–10 in
 * order). Each stop's state is a hash composed from the same codecs the link uses; its title and notes
 * come from the catalogs (lecture.<id>.title / .notes), so the teacher reads them in either language.
 */
import type { CellType } from '../engine/model';
import type { MessageKey, Translate } from '../i18n';
import { type Config, DEFAULT_CONFIG, formatHash } from '../store/config';
import { type ForwardSub, indexOf, type Moment, momentCount } from '../store/cursor';
import { DEFAULT_LAB, type LabSettings, labToParams } from '../store/labSlice';
import { presetPatch, type ShapeKind } from '../store/shapes';
import type { Question, Script, Stop } from './types';

/** The long sentence of the vanishing-gradient stops (102 steps; the same in both languages). */
export const LONG_TEXT =
  'the quick brown fox jumps over the lazy dog while the old cat sleeps in the warm sun and the bird sings';

const HELLO_T = 4;

interface StopDef {
  id: string;
  hash: string;
  range?: [number, number];
  question?: Question;
  focus?: string;
}

function lessonHash(patch: Partial<Config>, m: number, pass = 0): string {
  return formatHash({ ...DEFAULT_CONFIG, ...patch }, { pass, index: m });
}

function labHash(lab: Partial<LabSettings>): string {
  const params = new URLSearchParams(lessonHash({}, 0).slice(1));
  params.set('view', 'lab');
  for (const [k, v] of Object.entries(labToParams({ ...DEFAULT_LAB, ...lab }))) params.set(k, v);
  return `#${params.toString()}`;
}

const fwd = (cell: CellType, t: number, sub: ForwardSub, T = HELLO_T) =>
  indexOf(cell, T, { phase: 'forward', t, sub });
const bwd = (cell: CellType, t: number, sub: 'dy' | 'dh' | 'dact' | 'dW', T = HELLO_T) =>
  indexOf(cell, T, { phase: 'backward', t, sub });
const at = (cell: CellType, m: Moment, T = HELLO_T) => indexOf(cell, T, m);
const update = (cell: CellType, T = HELLO_T) => momentCount(cell, T) - 1;
const shape = (kind: ShapeKind) => lessonHash(presetPatch(kind), 0);
const LONG_T = Array.from(LONG_TEXT).length - 1;
const long = (cell: CellType, activation: Config['activation'] = 'tanh') =>
  lessonHash({ input: LONG_TEXT, target: '', cell, activation }, at(cell, { phase: 'total' }, LONG_T));

export const LECTURE_STOPS: readonly StopDef[] = [
  // 1 — the hidden state carried through time
  {
    id: 'state',
    hash: lessonHash({}, fwd('rnn', 1, 'h')),
    range: [fwd('rnn', 1, 'h'), fwd('rnn', 2, 'h')],
  },
  { id: 'cells', hash: lessonHash({ cell: 'lstm' }, fwd('lstm', 2, 'h')) },
  // 2 — the four shapes
  { id: 'oneToOne', hash: shape('one-to-one'), range: [0, fwd('rnn', 1, 'loss', 1)] },
  { id: 'oneToMany', hash: shape('one-to-many') },
  { id: 'manyToOne', hash: shape('many-to-one') },
  // 3 — why a non-linear activation: linear layers collapse
  { id: 'linear', hash: labHash({ fns: ['tanh', 'linear'], slope: 0.5, depth: 3 }), focus: '.lab-depth' },
  // 4 — the hello example forward: one-hot input, random h0
  { id: 'onehot', hash: lessonHash({}, 0), range: [0, fwd('rnn', 1, 'h')] },
  {
    id: 'pick',
    hash: lessonHash({}, fwd('rnn', 1, 'h')),
    range: [fwd('rnn', 1, 'h'), fwd('rnn', 1, 'p')],
    question: { kind: 'argmax', t: 1 },
    focus: '#output-h',
  },
  // 5 — the wrong pick and the loss; backward through time; the update
  { id: 'loss', hash: lessonHash({}, fwd('rnn', 1, 'loss')), focus: '#output-h' },
  { id: 'total', hash: lessonHash({}, at('rnn', { phase: 'total' })), focus: '#output-h' },
  {
    id: 'backLast',
    hash: lessonHash({}, bwd('rnn', 4, 'dy')),
    range: [bwd('rnn', 4, 'dy'), bwd('rnn', 4, 'dW')],
    focus: '#backward-h',
  },
  {
    id: 'accumulate',
    hash: lessonHash({}, bwd('rnn', 2, 'dW')),
    range: [bwd('rnn', 2, 'dW'), bwd('rnn', 1, 'dW')],
    focus: '#backward-h',
  },
  { id: 'update', hash: lessonHash({}, update('rnn')), question: { kind: 'lossDown' }, focus: '#update-h' },
  { id: 'nextPass', hash: lessonHash({}, at('rnn', { phase: 'total' }), 1), focus: '#output-h' },
  // 6 — vanishing gradients: RNN vs LSTM vs GRU on a long sequence
  { id: 'vanishRnn', hash: long('rnn'), question: { kind: 'gradient', t: 1 }, focus: '#flow-h' },
  { id: 'vanishLstm', hash: long('lstm'), focus: '#flow-h' },
  { id: 'vanishGru', hash: long('gru'), focus: '#flow-h' },
  // 7 — the LSTM's equations and gates with live numbers
  {
    id: 'lstm',
    hash: lessonHash({ cell: 'lstm' }, 0),
    range: [0, fwd('lstm', 1, 'h')],
    focus: '#equations-h',
  },
  {
    id: 'gate',
    hash: lessonHash({ cell: 'lstm' }, fwd('lstm', 1, 'loss')),
    range: [fwd('lstm', 1, 'loss'), fwd('lstm', 2, 'o')],
    question: { kind: 'gate', t: 2, unit: 2 },
    focus: '#gates-h',
  },
  // 8 — the GRU
  { id: 'gru', hash: lessonHash({ cell: 'gru' }, 0), range: [0, fwd('gru', 1, 'h')], focus: '#equations-h' },
  // 9 — activation curves, dying ReLU, maxout
  { id: 'curves', hash: labHash({}), focus: '.lab-curves' },
  { id: 'dying', hash: labHash({ step: 1 }), focus: '.lab-dying' },
  { id: 'maxout', hash: labHash({ maxout: { w1: 0, b1: 0, w2: 1, b2: 0 } }), focus: '.lab-maxout' },
  // 10 — the activation inside the RNN cell
  { id: 'reluRnn', hash: long('rnn', 'relu'), focus: '#flow-h' },
];

/** The lecture in one language: the stops with their titles and notes from the catalog. */
export function lectureScript(t: Translate): Script {
  const stops: Stop[] = LECTURE_STOPS.map((d) => ({
    title: t(`lecture.${d.id}.title` as MessageKey),
    notes: t(`lecture.${d.id}.notes` as MessageKey),
    hash: d.hash,
    ...(d.range ? { range: d.range } : {}),
    ...(d.question ? { question: d.question } : {}),
    ...(d.focus ? { focus: d.focus } : {}),
  }));
  return { title: t('script.lecture'), stops };
}

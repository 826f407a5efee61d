/**
 * The Race: the same lesson (text, seed, settings, optimiser) trained by three networks side by side —
 * RNN, LSTM and GRU, or the RNN with tanh, ReLU and sigmoid — each in a training worker of its own.
 * This module builds what each worker is given (pure: no DOM, no store).
 */
import { initModel } from '../engine/init';
import type { Activation, CellType } from '../engine/model';
import type { Config } from '../store/config';
import { initOptions, type Sequence } from '../store/lesson';
import { lessonData, shapeData } from '../store/trainingData';
import type { TrainSetup } from '../worker/protocol';

export type RaceMode = 'cells' | 'activations';
export const RACE_MODES: readonly RaceMode[] = ['cells', 'activations'];

export interface Contender {
  /** Catalog key of its name (cell.* or act.*). */
  name: string;
  cell: CellType;
  activation: Activation;
}

export function contenders(mode: RaceMode, config: Config): Contender[] {
  if (mode === 'cells')
    return (['rnn', 'lstm', 'gru'] as const).map((cell) => ({
      name: `cell.${cell}`,
      cell,
      activation: config.activation,
    }));
  return (['tanh', 'relu', 'sigmoid'] as const).map((activation) => ({
    name: `act.${activation}`,
    cell: 'rnn',
    activation,
  }));
}

/** Each race runs this many iterations, then pauses by itself (Resume runs as many again). */
export const RACE_LEG = 3000;

/** The worker setup of one contender: its own freshly initialised model, everything else the lesson's. */
export function raceSetup(c: Contender, config: Config, seq: Sequence): TrainSetup {
  const model = initModel({
    cell: c.cell,
    activation: c.activation,
    vocab: seq.vocab,
    hiddenSize: config.hidden,
    seed: config.seed,
    initialState: config.h0,
    ...initOptions(config),
  });
  const examples = config.shape !== 'many-to-many' ? shapeData(config, seq.vocab) : null;
  const probe = examples ?? [{ inputs: seq.inputs, targets: seq.targets }];
  return {
    model,
    data: examples ? { kind: 'examples', examples } : lessonData(seq),
    optimizer: config.optimizer,
    lr: config.lr,
    clip: { kind: 'none' },
    probe,
    seed: config.seed,
    sampleEvery: 250,
    sampleLength: 0,
    sliceMs: 30,
    pauseEvery: RACE_LEG,
  };
}

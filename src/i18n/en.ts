/** English catalog: the source of the typed message keys. {name} marks a parameter. */

import { backwardEn } from './parts/backward';
import { chartsEn } from './parts/charts';
import { equationsEn } from './parts/equations';
import { explainEn } from './parts/explain';
import { exportEn } from './parts/export';
import { flowEn } from './parts/flow';
import { labEn } from './parts/lab';
import { lectureEn } from './parts/lecture';
import { linksEn } from './parts/links';
import { networkEn } from './parts/network';
import { outputEn } from './parts/output';
import { presenterEn } from './parts/presenter';
import { robustEn } from './parts/robust';
import { raceEn, scenarioEn } from './parts/scenario';
import { scriptEn } from './parts/script';
import { sessionEn } from './parts/session';
import { trainingEn } from './parts/training';
import { updateEn } from './parts/update';
import { worksheetEn } from './parts/worksheet';

export const en = {
  'app.title': 'Unrolled',
  'app.tagline': 'Step through a recurrent network, one number at a time',
  'app.skip': 'Skip to the lesson',
  'app.loadingView': 'Loading this view…',

  'lang.label': 'Language',
  'lang.en': 'English',
  'lang.ko': '한국어',

  'nav.label': 'Screens',
  'nav.lesson': 'Lesson',
  'nav.lab': 'Activation lab',
  'controls.heading': 'Lesson controls',
  'controls.stepForward': 'Step forward',
  'controls.stepBack': 'Step back',
  'controls.play': 'Play',
  'controls.pause': 'Pause',
  'controls.toStart': 'Go to start',
  'controls.toEnd': 'Go to end',
  'controls.reset': 'Reset',
  'controls.speed': 'Speed',
  'controls.speedValue': '{n} moments/s',
  'controls.keys': 'Keys: → / PageDown / Space step · ← / PageUp back · Home / End · P play',

  'preset.long': 'Long sequence',
  'preset.hello': 'Hello example',
  'preset.longText':
    'the quick brown fox jumps over the lazy dog while the old cat sleeps in the warm sun and the bird sings',
  'settings.heading': 'Settings',
  'settings.input': 'Input text',
  'settings.target': 'Target text',
  'settings.targetPlaceholder': 'input shifted by one',
  'settings.cell': 'Cell',
  'settings.activation': 'Activation',
  'settings.hidden': 'Hidden units',
  'settings.seed': 'Seed',
  'settings.initialState': 'Initial state',
  'settings.h0.zeros': 'zeros',
  'settings.h0.random': 'random (from the seed)',
  'settings.lr': 'Learning rate',
  'settings.optimizer': 'Optimizer',
  'settings.loadModel': 'Load model',
  'settings.downloadModel': 'Download model',
  'settings.loadedModel':
    'Using the loaded model ({cell}, {hidden} units, vocabulary {vocab}). Changing cell, units or seed starts a new model.',
  'settings.vocab': 'Vocabulary: {vocab}',

  'cell.rnn': 'RNN',
  'cell.lstm': 'LSTM',
  'cell.gru': 'GRU',
  'act.tanh': 'tanh',
  'act.sigmoid': 'sigmoid',
  'act.relu': 'ReLU',
  'act.leaky_relu': 'leaky ReLU',
  'act.elu': 'ELU',
  'act.linear': 'linear',
  'opt.sgd': 'SGD',
  'opt.momentum': 'Momentum',
  'opt.adagrad': 'Adagrad',
  'opt.adam': 'Adam',

  'phase.forward': 'Forward',
  'phase.total': 'Total loss',
  'phase.backward': 'Backward',
  'phase.update': 'Update',
  'readout.step': '{phase} · t = {t} of {T} · {sub}',
  'readout.plain': '{phase}',
  'readout.pass': 'pass {n}',

  'panel.network': 'Network',
  'panel.equations': 'Equations',
  'panel.output': 'Output',
  'panel.backward': 'Backward',
  'panel.update': 'Update',

  'network.desc':
    'The network unrolled through time: inputs at the bottom, hidden states in the middle, scores and targets at the top.',
  'network.input': 'input',
  'network.target': 'target',
  'network.pred': 'pick',
  'network.noTarget': 'no target',
  'network.legend': 'h value (−1 blue … 0 white … +1 orange)',

  'output.char': 'Character',
  'output.score': 'Score y',
  'output.prob': 'Probability p',
  'output.mark': 'Mark',
  'output.target': 'target',
  'output.argmax': 'largest score',
  'output.loss': 'Loss at t = {t}: −ln p[{target}] = {loss}',
  'output.noLoss': 'Step {t} has no target: it adds no loss.',
  'output.caption': 'Scores and probabilities at t = {t}',
  'output.total': 'Total loss L = Σ −ln p[target] = {loss}',
  'output.chart': 'Probability per character at t = {t}',

  'backward.dy': 'dyₜ = pₜ − onehot(target)',
  'backward.dh': 'dhₜ = from the output + from the future',
  'backward.fromOutput': 'from output (Whyᵀ dy)',
  'backward.fromFuture': 'from the future (t+1)',
  'backward.total': 'total dhₜ',
  'backward.factor': 'factor through the nonlinearity',
  'backward.dpre': 'gradient at the pre-activation',
  'backward.grads': 'Weight gradients, accumulated from t = T down to t = {t}',
  'backward.notYet': 'Backward propagation starts after the forward pass. Step on to see the gradients.',
  'backward.contribution': 'outlined: this step’s contribution',
  'backward.dc': 'total dcₜ',
  'backward.unit': 'unit',

  'update.before': 'Loss before the update: {loss}',
  'update.after': 'Loss after the update (same input): {loss}',
  'update.delta': 'ΔW = new − old',
  'update.changed': 'Predictions that changed',
  'update.none': 'No prediction changed yet; the loss still moved.',
  'update.changeRow': 't = {t}: {from} → {to} (target {target})',
  'update.notYet': 'The update is applied after backward propagation reaches t = 1.',
  'update.rule.sgd': 'W ← W − lr · dW',
  'update.rule.momentum': 'v ← μv − lr · dW;  W ← W + v',
  'update.rule.adagrad': 'm ← m + dW²;  W ← W − lr · dW / √(m + 10⁻⁸)',
  'update.rule.adam': 'W ← W − lr · m̂ / (√v̂ + 10⁻⁸)',

  'heatmap.legend': 'colour: negative blue, zero white, positive orange; max |value| = {max}',
  'heatmap.cell': '{name}[{row}][{col}] = {value}',

  'sub.x': 'one-hot xₜ',
  'sub.a': 'pre-activation',
  'sub.h': 'hₜ',
  'sub.f': 'forget gate fₜ',
  'sub.i': 'input gate iₜ',
  'sub.o': 'output gate oₜ',
  'sub.g': 'candidate gₜ',
  'sub.c': 'cell state cₜ',
  'sub.z': 'update gate zₜ',
  'sub.r': 'reset gate rₜ',
  'sub.y': 'scores yₜ',
  'sub.p': 'softmax pₜ',
  'sub.loss': 'lossₜ',
  'sub.dy': 'dyₜ',
  'sub.dh': 'dhₜ',
  'sub.dact': 'through the nonlinearity',
  'sub.dW': 'weight gradients',

  'narr.x': 't = {t}: input ‘{ch}’ enters as the one-hot vector {onehot}.',
  'narr.a': 't = {t}: the pre-activation mixes the input with the previous hidden state h{tm1}.',
  'narr.h': 't = {t}: {act} squashes the pre-activation into the new hidden state h{tsub}.',
  'narr.gate': 't = {t}: the {gate} is computed from xₜ and h{tm1}; its mean is {mean}.',
  'narr.forget': 't = {t}: the forget gate fₜ (mean {mean}): near 0 forgets the past, near 1 keeps it.',
  'narr.inputGate': 't = {t}: the input gate iₜ (mean {mean}) decides how much of the present to store.',
  'narr.outputGate': 't = {t}: the output gate oₜ (mean {mean}) decides how much of the cell state to show.',
  'narr.candidate': 't = {t}: the candidate gₜ is what could be written into memory (tanh, −1..1).',
  'narr.cell': 't = {t}: the cell state cₜ keeps f ⊙ c{tm1} and adds i ⊙ g.',
  'narr.lstmH': 't = {t}: hₜ = o ⊙ tanh(cₜ) is passed to the output and to step {tp1}.',
  'narr.updateGate': 't = {t}: the update gate zₜ (mean {mean}) keeps the old state where it is near 1.',
  'narr.resetGate':
    't = {t}: the reset gate rₜ (mean {mean}) picks which part of h{tm1} feeds the candidate.',
  'narr.gruCandidate': 't = {t}: the candidate gₜ is built from xₜ and r ⊙ h{tm1}.',
  'narr.gruH': 't = {t}: hₜ = z ⊙ h{tm1} + (1 − z) ⊙ g mixes old and new.',
  'narr.y': 't = {t}: the output layer gives one score per character; the largest is ‘{pick}’ ({score}).',
  'narr.p': 't = {t}: input ‘{ch}’. The network puts {pct} on ‘{pick}’; the target is ‘{target}’.',
  'narr.pNoTarget': 't = {t}: input ‘{ch}’. The network puts {pct} on ‘{pick}’; this step has no target.',
  'narr.lossRight': 't = {t}: the pick ‘{pick}’ is right; loss −ln {ptarget} = {loss}.',
  'narr.lossWrong':
    't = {t}: the pick ‘{pick}’ is wrong (target ‘{target}’, p = {ptarget}); loss {loss} — this must be corrected.',
  'narr.lossNone': 't = {t}: no target here, so no loss.',
  'narr.total':
    'The total loss over {T} steps is {loss}. Now backward propagation corrects {weights} and Why.',
  'narr.dy': 't = {t}: dy = p − onehot(target): push ‘{target}’ up by {dtarget}, the others down.',
  'narr.dyNone': 't = {t}: no target, so dy = 0.',
  'narr.dh': 't = {t}: dhₜ gathers ‖{out}‖ from this output and ‖{fut}‖ from the future.',
  'narr.dact':
    't = {t}: the gradient passes back through the nonlinearity; its size shrinks from {before} to {after}.',
  'narr.dW':
    't = {t}: this step adds its share to {grads} and dWhy (outlined); ‖dL/dhₜ₋₁‖ = {dh} flows back.',
  'narr.update': 'The update W ← W − lr·dW moves the loss from {before} to {after}.',
  'error.emptyInput': 'The input text is empty. Type at least one character.',
  'error.tooShort':
    'With an empty target the input needs at least two characters (one step: a character and the next).',
  'error.lengthMismatch':
    'The input has {n} characters but the target has {m}; they must be the same length.',
  'error.unknownChar':
    'The {field} character ‘{ch}’ at position {pos} is not in the loaded model’s vocabulary ({vocab}).',
  'error.tooLong': 'The text is longer than {max} characters.',
  'error.hidden': 'Hidden units must be a whole number from 1 to 64.',
  'error.seed': 'The seed must be a whole number from 0 to 2147483647.',
  'error.lr': 'The learning rate must be a number greater than 0 and at most 100.',
  'error.modelFile': 'Could not load the model file: {message}. The current model is kept.',
  'error.diverged':
    'The update made the numbers blow up (NaN or Infinity). The last good weights are kept; try a smaller learning rate.',
  'error.badHash': 'The link had settings that could not be read ({keys}); defaults were used for them.',
  'error.crash':
    'Something went wrong while drawing this view. Press Reset to return to the start of the lesson.',
  'error.dismiss': 'Dismiss',
  'notice.modelLoaded': 'Loaded the model from {file}.',
  ...networkEn,
  ...equationsEn,
  ...outputEn,
  ...backwardEn,
  ...updateEn,
  ...linksEn,
  ...worksheetEn,
  ...presenterEn,
  ...chartsEn,
  ...labEn,
  ...trainingEn,
  ...exportEn,
  ...scriptEn,
  ...lectureEn,
  ...flowEn,
  ...robustEn,
  ...scenarioEn,
  ...raceEn,
  ...explainEn,
  ...sessionEn,
} as const;

export type MessageKey = keyof typeof en;

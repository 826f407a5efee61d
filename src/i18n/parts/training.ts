/** Messages of the Training and Generate panels and the Shape select: English (Korean in parts/ko/, a chunk of its own). */
export const trainingEn = {
  'training.heading': 'Training',
  'training.train': 'Train',
  'training.pause': 'Pause',
  'training.stop': 'Stop',
  'training.restartWorker': 'Restart worker',
  'training.controls': 'Training controls',
  'training.data': 'Train on',
  'training.data.lesson': 'the lesson sequence',
  'training.data.paste': 'pasted text',
  'training.data.examples': 'The {n} examples of the {shape} preset, all of them in every iteration:',
  'training.corpus.hello': 'hello, many times (English, a few lines)',
  'training.corpus.rnn': 'How a recurrent network reads (English, ~2 KB)',
  'training.corpus.sonnet': 'Shakespeare, Sonnet 18 (English)',
  'training.corpus.coriolanus': 'Shakespeare, Coriolanus, Act I (English, ~16 KB)',
  'training.corpus.seosi': 'Yun Dong-ju, 서시 (Korean)',
  'training.corpus.arirang': '아리랑, folk song (Korean)',
  'training.corpus.diary': 'A walk by the river (Korean, ~2 KB)',
  'training.corpus.loading': 'Loading the text…',
  'training.paste.label': 'Text to train on',
  'training.paste.placeholder': 'Paste or type any text (English, Korean, …)',
  'training.paste.count': '{chars} characters, {vocab} distinct',
  'training.limits': 'Limits: at most 1 MB of text and 256 distinct characters.',
  'training.clip': 'Clipping',
  'training.clip.value': 'each gradient entry to [−5, 5]',
  'training.clip.norm': 'scale the gradient to norm ≤ 5',
  'training.clip.none': 'none',
  'training.budget': 'Pause after',
  'training.budget.n': '{n} iterations',
  'training.budget.none': 'no limit',
  'training.settingsText':
    'Optimizer {opt}, learning rate {lr}, {H} hidden units (from the settings). Text: windows of {T} characters, the hidden state carried from one window to the next.',
  'training.settingsExamples':
    'Optimizer {opt}, learning rate {lr}, {H} hidden units (from the settings). One iteration = one update with the gradients of every example added up.',
  'training.settingsLesson':
    'Optimizer {opt}, learning rate {lr}, {H} hidden units (from the settings). One iteration = the lesson’s pass from h₀ and its update, clipped as chosen.',
  'training.kernels.js':
    'WebAssembly is not available here (the browser or the page’s security policy refuses it): training runs on the JavaScript kernels, about 2× slower.',
  'training.status.idle':
    'Not training. Train runs the updates in a background worker; the page stays responsive.',
  'training.status.running': 'Training…',
  'training.status.paused':
    'Paused after {n} iterations. The lesson now uses the trained weights: step through a pass, or press Reset to return to the seeded initial weights.',
  'training.status.stopped':
    'Stopped after {n} iterations. The lesson uses the trained weights; Train starts again from the seeded initial weights.',
  'training.stats': 'Training figures',
  'training.stats.iter': 'iterations',
  'training.stats.steps': 'steps/s',
  'training.stats.chars': 'characters/s',
  'training.stats.loss': 'loss L',
  'training.stats.smooth': 'smoothed L',
  'training.sample': 'Sample (τ = 1)',
  'training.probe': 'Argmax at each target',
  'training.right': '{right} of {total} right',
  'training.probeRow': '{input} → {output}',
  'training.diverged':
    'The loss became NaN or infinite: training stopped at once and the last weights with a finite loss (after {n} iterations) were restored. Try a smaller learning rate, or turn clipping on.',
  'training.error.worker':
    'The training worker failed ({message}). It was restarted; press Train to try again.',
  'training.error.corpusShort': 'The text needs at least 2 characters.',
  'training.error.corpusBig': 'The text is {size}; at most 1 MB can be trained on.',
  'training.error.corpusVocab': 'The text has {n} distinct characters; at most {max} are allowed.',
  'training.error.corpusNone': 'The text contains ∅, which this app reserves for “no input / no target”.',
  'training.error.corpusLoad': 'The text {file} could not be loaded.',
  'training.error.vocab':
    'The examples use characters outside the lesson’s vocabulary. Choose the preset again from the Shape list.',
  'training.error.lessonFit': 'The lesson text could not be fitted to the training text: {reason}',
  'training.notApplied':
    'The settings changed during training, so the trained weights no longer fit this lesson and were not applied.',
  'training.restarted': 'The worker was restarted. The lesson keeps the last weights it received.',
  'training.lessonMoved':
    'The lesson now shows the start of the training text, so that its characters are in the text’s vocabulary.',
  'training.hiddenHint': 'Only {H} hidden units: for a text, try 32 to 64 in the settings.',
  'training.loss.caption':
    'Training: the loss L of each iteration (the sum over its steps) and its moving average. Recorded points thin out as the run grows.',
  'training.loss.xTitle': 'iteration (updates applied)',
  'training.loss.yTitle': 'loss L per iteration',
  'training.loss.raw': 'loss of the iteration',
  'training.loss.smooth': 'moving average',
  'training.loss.tip': 'iteration {x}: L = {loss}',
  'training.loss.aria': 'Training loss per iteration: {n} points, latest {loss}.',

  'generate.heading': 'Generate',
  'generate.seed': 'First character or prefix',
  'generate.length': 'Characters to generate',
  'generate.temperature': 'Temperature τ',
  'generate.temperatureValue': 'τ = {t}',
  'generate.mode': 'Next inputs',
  'generate.mode.feed': 'feed the drawn character back',
  'generate.mode.none': 'no input (x = 0)',
  'generate.run': 'Generate',
  'generate.step': 'Step by step',
  'generate.next': 'Next character',
  'generate.end': 'Back to the lesson text',
  'generate.caption':
    'Each character is drawn from p = softmax(y / τ): a small τ almost always takes the largest score, a large τ spreads the chances.',
  'generate.out': 'Generated characters with the probability each was drawn with',
  'generate.charP': '“{ch}” drawn with p = {p}',
  'generate.seedChar': '“{ch}” given (seed)',
  'generate.stepping':
    'The lesson now shows the generation. In the Network panel a dashed arrow carries the character drawn at step t into step t + 1. Step through the columns with →, then press Next character.',
  'generate.steppingNone':
    'The lesson now shows the generation with no input after the seed (∅). Step through the columns with →, then press Next character.',
  'generate.error.seed': 'The seed “{ch}” is not in the vocabulary ({vocab}).',
  'generate.error.empty': 'Type at least one seed character.',
  'generate.error.full': 'The lesson holds at most {max} steps.',
  'generate.error.busy': 'Pause or stop training first.',
  'generate.feedback': 'drawn with p = {p} and fed back as the next input',

  'shape.label': 'Shape',
  'shape.one-to-one': 'one-to-one',
  'shape.one-to-many': 'one-to-many',
  'shape.many-to-one': 'many-to-one',
  'shape.many-to-many': 'many-to-many',
  'shape.example': 'Example',
  'shape.edited': '(lesson text edited)',
  'shape.note.one-to-one':
    'Single independent steps, each mapping one symbol to another (| → ,). h₀ = 0, so Whh never acts: no recurrence is used.',
  'shape.note.one-to-many':
    'A picture (one token: 🌄, 🌅, …), then no input (∅, xₜ = 0): the state alone writes a word for it — 웅장함 (majestic), 평화로움 (peaceful). The loss is taken at every step.',
  'shape.note.many-to-one':
    'The whole letter is read; its feeling is the only target, at the last step: 😶 공허함 (emptiness), 😢 슬픔 (sadness), 😊 기쁨 (joy), one token each. The loss is taken there only (— elsewhere).',
  'shape.note.many-to-many':
    'A target at every step, aligned with the input (the synced form): the hello example, or any text. The loss is taken at every step.',
  'shape.diagram': '{shape}: inputs at steps {inputs} of {T}; losses at steps {losses}.',
  'shape.none': 'none',
} as const;

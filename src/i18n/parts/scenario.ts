/** "Break it" scenarios and the initialisation settings: English (the source of the keys; Korean in parts/ko/). */
export const scenarioEn = {
  'scenario.label': 'Scenario',
  'scenario.none': '— your own settings —',
  'scenario.watchHeading': 'What to watch',
  'scenario.longRange': 'Long-range dependency (RNN vs LSTM/GRU)',
  'scenario.longRange.watch':
    'Gradient flow: ‖∂L_T/∂hₜ‖ of the RNN falls by orders of magnitude toward t = 1; switch Cell to LSTM or GRU (keep-gate bias 3) and it stays far higher — the early characters can still be learnt.',
  'scenario.saturation': 'Saturation (large input weights)',
  'scenario.saturation.watch':
    'Gates: most values sit at 0 or 1; in Backward the factor through the gates’ σ′ is ≈ 0, so little gradient gets through them.',
  'scenario.exploding': 'Exploding gradients (Whh radius 2.5)',
  'scenario.exploding.watch':
    'Gradient flow: each step multiplies the gradient by about 2.5, so ‖dL/dhₜ‖ grows toward t = 1; lower the Whh spectral radius below 1 and it shrinks instead; Clipping in Training keeps the update bounded.',
  'scenario.forgetBias0': 'Forget-gate bias 0',
  'scenario.forgetBias0.watch':
    'Gates: f starts near 0.5, so the cell state halves every step and the long-range gradient vanishes; compare with forget-gate bias 1.',
  'scenario.forgetBias1': 'Forget-gate bias 1',
  'scenario.forgetBias1.watch':
    'Gates: f starts near 0.73, so the cell keeps more of c at each step — the long-range gradient is over a thousand times larger than with bias 0.',
  'scenario.dyingRelu': 'Dying ReLU in the RNN cell',
  'scenario.dyingRelu.watch':
    'Network: some units are 0 at every step; their rows of dWhh are exactly 0 in Backward, so training can never bring them back.',
  'scenario.linear': 'Linear RNN (collapse over time)',
  'scenario.linear.watch':
    'With no non-linearity every hₜ is one matrix times the inputs: however many steps, the network is a single linear map (see the lab’s linear collapse).',
  'scenario.zeros': 'Zeros initialisation (symmetry)',
  'scenario.zeros.watch':
    'Network: every hidden unit holds the same number at every step, and their gradients are identical — the units can never become different.',
  'init.label': 'Weight initialisation',
  'init.gaussian': 'small random',
  'init.xavier': 'Xavier / Glorot',
  'init.orthogonal': 'orthogonal',
  'init.zeros': 'zeros',
  'init.scale': 'Weight scale',
  'init.scaleError': 'The weight scale must be a number greater than 0 and at most {max}.',
  'init.radius': 'Whh spectral radius',
  'init.radiusValue': '{value} (0: as initialised)',
  'init.keep': 'Keep-gate bias (LSTM f, GRU z)',
  'init.keepError': 'The keep-gate bias must be a number from −{max} to {max}.',
} as const;

export const raceEn = {
  'race.heading': 'Race',
  'race.note':
    'The same lesson, seed and settings trained by three networks at once, each in its own worker ({n} iterations per run).',
  'race.mode': 'Contenders',
  'race.mode.cells': 'RNN, LSTM and GRU',
  'race.mode.activations': 'RNN with tanh, ReLU and sigmoid',
  'race.start': 'Race',
  'race.restart': 'Race again',
  'race.pause': 'Hold',
  'race.resume': 'Carry on',
  'race.reset': 'Clear',
  'race.x': 'iteration',
  'race.y': 'smoothed loss',
  'race.table': 'The race so far',
  'race.col.net': 'Network',
  'race.col.iter': 'Iterations',
  'race.col.loss': 'Smoothed loss',
  'race.col.output': 'Predicts now',
  'race.diverged': 'diverged',
} as const;

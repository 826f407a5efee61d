/** Messages of the chart panels (hidden state, gates, gradient flow, loss): English (Korean in parts/ko/, a chunk of its own). */
export const chartsEn = {
  'charts.hidden.heading': 'Hidden state',
  'charts.gates.heading': 'Gates',
  'charts.flow.heading': 'Gradient flow',
  'charts.loss.heading': 'Loss',

  'charts.axis.step': 'step t',
  'charts.axis.unit': 'unit j',
  'charts.tip.cell': '{sym} · unit {unit} · t = {t} (input “{ch}”): {value}',
  'charts.tip.notYet': '{sym} · unit {unit} · t = {t}: not computed yet',
  'charts.tip.step': 't = {t} (input “{ch}”)',

  'charts.hidden.caption':
    'Rows are hidden units, columns are steps: orange positive, blue negative. Click a column to go to that step.',
  'charts.hidden.captionLstm':
    'Top: hₜ; bottom: the cell state cₜ (its own scale). Orange positive, blue negative. Click a column to go to that step.',
  'charts.hidden.aria':
    'Heatmap of the hidden state: {units} units × {steps} steps, computed up to step {reached}.',

  'charts.gates.noGates':
    'A vanilla RNN has no gates: every step overwrites the whole state, hₜ = tanh(Wxh xₜ + Whh hₜ₋₁ + bh). Switch the cell to LSTM or GRU to see gates decide what to keep.',
  'charts.gates.useLstm': 'Switch to LSTM',
  'charts.gates.useGru': 'Switch to GRU',
  'charts.gates.captionLstm':
    'fₜ forget (1 keeps cₜ₋₁) · iₜ input · oₜ output: 0 closed … 1 open. gₜ candidate: −1 … 1.',
  'charts.gates.captionGru': 'zₜ update (1 keeps hₜ₋₁) · rₜ reset: 0 closed … 1 open. gₜ candidate: −1 … 1.',
  'charts.gates.sigmoid': 'σ gates',
  'charts.gates.meanTitle': 'mean over units',
  'charts.gates.mean': 'mean {gate}',
  'charts.gates.aria': 'Heatmaps of the gates {gates}: {units} units × {steps} steps.',
  'charts.gates.linesAria': 'Mean of each gate over the units against the step t.',

  'charts.flow.caption':
    'How strongly the loss of the last step (T = {T}) still depends on each earlier hₜ. A curve falling towards t = 1 is a vanishing gradient.',
  'charts.flow.total': '‖dL/dhₜ‖ (all losses)',
  'charts.flow.last': '‖∂L_T/∂hₜ‖ (last step’s loss)',
  'charts.flow.jacobian': '‖∂hₜ/∂hₜ₋₁‖₂ (spectral norm, per step)',
  'charts.flow.yTitle': 'norm (log scale)',
  'charts.flow.mark': 'T = {T}',
  'charts.flow.compare': 'Compare RNN, LSTM and GRU',
  'charts.flow.compareNote':
    'All three with seed {seed}, {hidden} hidden units, this input and new (untrained) weights. Curves: ‖∂L_T/∂hₜ‖.',
  'charts.flow.compareCell': '{cell}: ‖∂L_T/∂hₜ‖',
  'charts.flow.floorNote': 'Hollow markers: 0 or smaller than {floor}, drawn at the bottom of the axis.',
  'charts.flow.presets': 'Examples',
  'charts.flow.noTarget': 'No step has a target, so there is no last-step loss to follow back.',
  'charts.flow.aria':
    'Gradient norms against step t on a log scale: {series}. ‖∂L_T/∂hₜ‖ goes from {last} at t = T to {first} at t = 1.',

  'charts.loss.caption':
    'Total loss L = Σₜ −ln pₜ[target] of each pass, before its update. Each update adds a point.',
  'charts.loss.xTitle': 'pass (updates applied)',
  'charts.loss.yTitle': 'loss L',
  'charts.loss.raw': 'loss of each pass',
  'charts.loss.smooth': 'moving average',
  'charts.loss.tip': 'pass {x}: L = {loss}',
  'charts.loss.aria': 'Loss against pass: {n} points, the latest {loss}.',
} as const;

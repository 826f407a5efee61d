/** Messages of the equations panel: English (the source of the keys; Korean in parts/ko/, a chunk of its own). */
export const equationsEn = {
  'equations.word.input': 'input',
  'equations.word.target': 'target',
  'equations.word.future': 'future',
  'equations.list': '{phase} equations',
  'equations.numbers': 'With the numbers of t = {t}:',
  'equations.numbersNow': 'With the current numbers:',
  'equations.big': 'Over 8 units or characters: vectors are drawn as colour strips (hover for values).',
  'equations.entry': '{name}[{k}] = {value}',
  'equations.narr.lstmHLast': 't = {t}: hₜ = o ⊙ tanh(cₜ) goes to the output; this is the last step.',
  'equations.narr.dactLinear':
    't = {t}: the linear activation has derivative 1, so the gradient passes back unchanged (size {after}).',
  'equations.narr.dactKeep':
    't = {t}: the gradient passes back through the nonlinearity and keeps its size, {after}.',
  'equations.narr.dactLstm':
    't = {t}: the gradient reaches the cell state (‖dcₜ‖ = {dc}) and splits among the gates f, i, o and g.',
  'equations.narr.dactGru':
    't = {t}: the gradient ‖dhₜ‖ = {dh} splits among the update gate z, the reset gate r and the candidate g.',
  'equations.narr.updateOpt': 'The {opt} update moves the loss from {before} to {after}.',
  'equations.narr.updateFailed':
    'The update could not be applied because the numbers blew up. Try a smaller learning rate.',
} as const;

/** Messages of the output panel: English (the source of the keys; Korean in parts/ko/, a chunk of its own). */
export const outputEn = {
  'output.pending': 'The scores yₜ are computed at sub-step “scores yₜ”; pₜ follows.',
  'output.summaryCaption': 'Every step of this pass',
  'output.colStep': 'Step t',
  'output.colInput': 'Input',
  'output.colTarget': 'Target',
  'output.colPick': 'Pick',
  'output.colPTarget': 'p[target]',
  'output.colLoss': 'Loss',
  'output.right': 'right',
  'output.wrong': 'wrong',
  'output.noTargetShort': 'no target',
} as const;

/** Messages of the update panel: English (the source of the keys; Korean in parts/ko/, a chunk of its own). */
export const updateEn = {
  'update.lr': 'learning rate lr = {lr}',
  'update.down': 'The loss went down by {d} ({pct}).',
  'update.up': 'The loss went up by {d} ({pct}).',
  'update.same': 'The loss did not change.',
  'update.last': 'Last update (before pass {n}): the loss went from {before} to {after}.',
  'update.pCaption': 'p[target] per step, before → after the update',
  'update.colStep': 'Step t',
  'update.colTarget': 'Target',
  'update.colPick': 'Pick before → after',
  'update.colBefore': 'p before',
  'update.colAfter': 'p after',
  'update.colChange': 'Change',
  'update.pp': '{d} pp',
  'update.beforeShort': 'before',
  'update.afterShort': 'after',
  'update.noAfter': 'The next pass could not be computed (see the notice).',
} as const;

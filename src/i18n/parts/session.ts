/**
 * Messages of the session (restore after a reload, Start fresh) and of the training worker's
 * watchdog: English (the source of the keys; Korean in parts/ko/, a chunk of its own).
 */
export const sessionEn = {
  'session.restored.trained':
    'Your last session in this browser was restored: the weights trained for {n} iterations, the optimiser’s state, the curve and the training choices.',
  'session.restored.loaded':
    'Your last session in this browser was restored: the model loaded from {file}, the settings and the training choices.',
  'session.restored.settings':
    'Your last session in this browser was restored: its settings and training choices.',
  'session.startFresh': 'Start fresh',
  'session.workerStalled':
    'The training worker stopped responding. The lesson keeps the weights of its last snapshot, after {n} iterations.',
  'session.restart': 'Restart',
} as const;

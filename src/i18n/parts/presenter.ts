/** Messages of presenter mode and the dashboard's "Follow the step": English (the source of the keys; Korean in parts/ko/). */
export const presenterEn = {
  'presenter.button': 'Present',
  'presenter.buttonTitle': 'Presenter mode: one screen per moment, large type (F; Esc leaves)',
  'presenter.progress': 'Progress through the pass',
  'presenter.progressText': 'moment {n} of {total}',
  'presenter.stage': 'Current moment',
  'presenter.follow': 'Follow the step',
  'presenter.followHint': 'Scroll the panel of the current moment into view on every step.',
  'presenter.block': 'Block',
} as const;

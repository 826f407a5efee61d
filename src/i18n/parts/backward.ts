/** Messages of the backward panel: English (the source of the keys; Korean in parts/ko/, a chunk of its own). */
export const backwardEn = {
  'backward.gradsNone':
    'Weight gradients: nothing accumulated yet. Step t = {t} adds its share at the sub-step “weight gradients”.',
  'backward.gradsFrom': 'Weight gradients, accumulated from t = {T} down to t = {t}',
  'backward.gradsAll': 'Weight gradients dW, summed over all {T} steps',
  'backward.scaleNote':
    'Each matrix keeps one colour scale for the whole pass, so colours compare while stepping.',
  'backward.noTarget': 'Step {t} has no target, so dyₜ = 0.',
  'backward.gates': 'gradients at the gate pre-activations',
  'backward.notComputed': 'not computed yet',
  'backward.now': 'now',
  'backward.legendLabel': '{name}: {legend}',
} as const;

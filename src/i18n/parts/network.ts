/** Messages of the network panel: English (the source of the keys; Korean in parts/ko/, a chunk of its own). */
export const networkEn = {
  'network.legendValue': 'value of hₜ',
  'network.legendValueC': 'value of hₜ and cₜ',
  'network.right': 'right',
  'network.wrong': 'wrong',
  'network.backKey': 'gradient flowing back; width and number: ‖dL/dhₜ₋₁‖ that step t passes back',
  'network.backKeyShort': 'gradient flowing back',
  'network.summary': 't = {t}: input ‘{ch}’; hₜ = {h}; pick ‘{pick}’, target ‘{target}’ ({mark}).',
  'network.summaryPending': 't = {t}: input ‘{ch}’; hₜ is not computed yet; target ‘{target}’.',
  'network.summaryNoPick':
    't = {t}: input ‘{ch}’; hₜ = {h}; the pick is not computed yet; target ‘{target}’.',
  'network.summaryDh': 'Gradient flowing back from this step: ‖dhₜ‖ = {dh}.',
  'network.summaryAll': 'Inputs {inputs} → picks {picks}; targets {targets}: {right} of {T} right.',
} as const;

/** Messages of the network panel: English (source of the keys) and Korean (every key required). */
export const networkEn = {
  'network.legendValue': 'value of hₜ',
  'network.legendValueC': 'value of hₜ and cₜ',
  'network.right': 'right',
  'network.wrong': 'wrong',
  'network.backKey': 'gradient flowing back; width and number: ‖dL/dhₜ₋₁‖ that step t passes back',
  'network.summary': 't = {t}: input ‘{ch}’; hₜ = {h}; pick ‘{pick}’, target ‘{target}’ ({mark}).',
  'network.summaryPending': 't = {t}: input ‘{ch}’; hₜ is not computed yet; target ‘{target}’.',
  'network.summaryNoPick':
    't = {t}: input ‘{ch}’; hₜ = {h}; the pick is not computed yet; target ‘{target}’.',
  'network.summaryDh': 'Gradient flowing back from this step: ‖dhₜ‖ = {dh}.',
  'network.summaryAll': 'Inputs {inputs} → picks {picks}; targets {targets}: {right} of {T} right.',
} as const;

export const networkKo: Record<keyof typeof networkEn, string> = {
  'network.legendValue': 'hₜ 값',
  'network.legendValueC': 'hₜ와 cₜ 값',
  'network.right': '맞음',
  'network.wrong': '틀림',
  'network.backKey': '거꾸로 흐르는 기울기; 굵기와 숫자: t단계가 돌려보내는 ‖dL/dhₜ₋₁‖',
  'network.summary': 't = {t}: 입력 ‘{ch}’; hₜ = {h}; 선택 ‘{pick}’, 목표 ‘{target}’ ({mark}).',
  'network.summaryPending': 't = {t}: 입력 ‘{ch}’; hₜ는 아직 계산되지 않았습니다; 목표 ‘{target}’.',
  'network.summaryNoPick':
    't = {t}: 입력 ‘{ch}’; hₜ = {h}; 선택은 아직 계산되지 않았습니다; 목표 ‘{target}’.',
  'network.summaryDh': '이 단계에서 거꾸로 흐르는 기울기: ‖dhₜ‖ = {dh}.',
  'network.summaryAll': '입력 {inputs} → 선택 {picks}; 목표 {targets}: {T}개 중 {right}개 맞음.',
};

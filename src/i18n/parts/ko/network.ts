/** Korean messages of parts/network.ts: every key of its English part (checked by the type and a test). */
import type { networkEn } from '../network';

export const networkKo: Record<keyof typeof networkEn, string> = {
  'network.legendValue': 'hₜ 값',
  'network.legendValueC': 'hₜ와 cₜ 값',
  'network.right': '맞음',
  'network.wrong': '틀림',
  'network.backKey': '거꾸로 흐르는 기울기; 굵기와 숫자: t단계가 돌려보내는 ‖dL/dhₜ₋₁‖',
  'network.backKeyShort': '거꾸로 흐르는 기울기',
  'network.summary': 't = {t}: 입력 ‘{ch}’; hₜ = {h}; 선택 ‘{pick}’, 목표 ‘{target}’ ({mark}).',
  'network.summaryPending': 't = {t}: 입력 ‘{ch}’; hₜ는 아직 계산되지 않았습니다; 목표 ‘{target}’.',
  'network.summaryNoPick':
    't = {t}: 입력 ‘{ch}’; hₜ = {h}; 선택은 아직 계산되지 않았습니다; 목표 ‘{target}’.',
  'network.summaryDh': '이 단계에서 거꾸로 흐르는 기울기: ‖dhₜ‖ = {dh}.',
  'network.summaryAll': '입력 {inputs} → 선택 {picks}; 목표 {targets}: {T}개 중 {right}개 맞음.',
};

/** Korean messages of parts/backward.ts: every key of its English part (checked by the type and a test). */
import type { backwardEn } from '../backward';

export const backwardKo: Record<keyof typeof backwardEn, string> = {
  'backward.gradsNone':
    '가중치 기울기: 아직 누적된 것이 없습니다. t = {t} 단계는 “가중치 기울기” 단계에서 자기 몫을 더합니다.',
  'backward.gradsFrom': '가중치 기울기: t = {T}부터 t = {t}까지 누적',
  'backward.gradsAll': '가중치 기울기 dW: {T}개 단계 전체의 합',
  'backward.scaleNote':
    '행렬마다 반복 전체에서 같은 색 척도를 쓰므로, 단계를 넘겨도 색을 비교할 수 있습니다.',
  'backward.noTarget': '{t}단계에는 목표가 없으므로 dyₜ = 0입니다.',
  'backward.gates': '게이트 활성화 이전 값의 기울기',
  'backward.notComputed': '아직 계산 전',
  'backward.now': '지금',
  'backward.legendLabel': '{name}: {legend}',
};

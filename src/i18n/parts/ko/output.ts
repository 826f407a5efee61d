/** Korean messages of parts/output.ts: every key of its English part (checked by the type and a test). */
import type { outputEn } from '../output';

export const outputKo: Record<keyof typeof outputEn, string> = {
  'output.pending': '점수 yₜ는 “점수 yₜ” 단계에서 계산되고, 그다음에 pₜ가 나옵니다.',
  'output.summaryCaption': '이번 반복의 모든 단계',
  'output.colStep': '단계 t',
  'output.colInput': '입력',
  'output.colTarget': '목표',
  'output.colPick': '예측',
  'output.colPTarget': 'p[목표]',
  'output.colLoss': '손실',
  'output.right': '맞음',
  'output.wrong': '틀림',
  'output.noTargetShort': '목표 없음',
};

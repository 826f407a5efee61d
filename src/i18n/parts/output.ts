/** Messages of the output panel: English (source of the keys) and Korean (every key required). */
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

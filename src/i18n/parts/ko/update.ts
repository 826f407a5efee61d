/** Korean messages of parts/update.ts: every key of its English part (checked by the type and a test). */
import type { updateEn } from '../update';

export const updateKo: Record<keyof typeof updateEn, string> = {
  'update.lr': '학습률 lr = {lr}',
  'update.down': '손실이 {d} ({pct}) 줄었습니다.',
  'update.up': '손실이 {d} ({pct}) 늘었습니다.',
  'update.same': '손실이 바뀌지 않았습니다.',
  'update.last': '직전 갱신 ({n}번째 반복 전): 손실이 {before}에서 {after}로 바뀌었습니다.',
  'update.pCaption': '단계별 p[목표]: 갱신 전 → 갱신 후',
  'update.colStep': '단계 t',
  'update.colTarget': '목표',
  'update.colPick': '예측: 전 → 후',
  'update.colBefore': '갱신 전 p',
  'update.colAfter': '갱신 후 p',
  'update.colChange': '변화',
  'update.pp': '{d}%p',
  'update.beforeShort': '갱신 전',
  'update.afterShort': '갱신 후',
  'update.noAfter': '다음 반복을 계산하지 못했습니다 (알림을 보세요).',
};

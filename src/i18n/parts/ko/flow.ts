/** Korean messages of parts/flow.ts: every key of its English part (checked by the type and a test). */
import type { flowEn } from '../flow';

export const flowKo: Record<keyof typeof flowEn, string> = {
  'shape.one-to-many-letters': '일대다 (첫 글자 → 단어)',
  'shape.many-to-one-emoji': '다대일 (문구 → 😊/😢)',
  'shape.translation': '다대다, 지연 (번역)',
  'shape.note.one-to-many-letters':
    '입력은 하나뿐이고 그다음은 입력 없음(∅, xₜ = 0)입니다: 상태만으로 단어의 나머지를 만들어 냅니다. 손실은 모든 단계에서 잽니다.',
  'shape.note.many-to-one-emoji':
    '문구 전체를 읽고, 그 느낌(😊 또는 😢)만이 마지막 단계의 목표입니다. 손실은 그곳에서만 잽니다(나머지는 —).',
  'shape.note.translation':
    '다대다의 지연된 형태: 단어를 먼저 읽고(목표 없음, —), 입력 없이(∅) 번역을 씁니다: cat → 고양이, sea → 바다. 손실은 쓰는 동안에만 잽니다.',
};

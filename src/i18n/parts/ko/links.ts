/** Korean messages of parts/links.ts: every key of its English part (checked by the type and a test). */
import type { linksEn } from '../links';

export const linksKo: Record<keyof typeof linksEn, string> = {
  'link.heading': '공유',
  'link.copy': '링크 복사',
  'link.copied': '링크를 복사했습니다',
  'link.copyFailed': '브라우저가 복사를 허용하지 않았습니다. 주소창에서 주소를 복사하세요.',
  'link.carries': '이 링크에는 학습된 가중치가 들어 있습니다({kb} KB).',
  'link.tooBig': '이 링크는 학습 전 모델을 엽니다. 학습된 모델을 공유하려면 모델을 내려받으세요.',
  'link.fileName': '링크',
  'link.weightsLoaded': '이 링크에는 학습된 가중치가 들어 있습니다. 학습된 모델의 숫자가 표시됩니다.',
  'link.error.weights': '링크의 가중치를 읽을 수 없습니다({reason}). 대신 시드로 만든 가중치를 보여 줍니다.',
};

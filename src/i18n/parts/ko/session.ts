/** Korean messages of parts/session.ts: every key of its English part (checked by the type and a test). */
import type { sessionEn } from '../session';

export const sessionKo: Record<keyof typeof sessionEn, string> = {
  'session.restored.trained':
    '이 브라우저의 지난 세션을 복원했습니다: {n}회 반복 학습한 가중치, 최적화기 상태, 손실 곡선과 학습 선택.',
  'session.restored.loaded':
    '이 브라우저의 지난 세션을 복원했습니다: {file}에서 불러온 모델, 설정과 학습 선택.',
  'session.restored.settings': '이 브라우저의 지난 세션을 복원했습니다: 설정과 학습 선택.',
  'session.startFresh': '처음부터 시작',
  'session.workerStalled':
    '학습 작업자가 응답하지 않습니다. 수업은 마지막 스냅숏의 가중치({n}회 반복 후)를 유지합니다.',
  'session.restart': '다시 시작',
};

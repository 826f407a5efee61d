/**
 * Messages of the session (restore after a reload, Start fresh) and of the training worker's
 * watchdog: English (source of the keys) and Korean (every key required).
 */
export const sessionEn = {
  'session.restored.trained':
    'Your last session in this browser was restored: the weights trained for {n} iterations, the optimiser’s state, the curve and the training choices.',
  'session.restored.loaded':
    'Your last session in this browser was restored: the model loaded from {file}, the settings and the training choices.',
  'session.restored.settings':
    'Your last session in this browser was restored: its settings and training choices.',
  'session.startFresh': 'Start fresh',
  'session.workerStalled':
    'The training worker stopped responding. The lesson keeps the weights of its last snapshot, after {n} iterations.',
  'session.restart': 'Restart',
} as const;

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

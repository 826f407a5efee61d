/** Korean messages of parts/presenter.ts: every key of its English part (checked by the type and a test). */
import type { presenterEn } from '../presenter';

export const presenterKo: Record<keyof typeof presenterEn, string> = {
  'presenter.button': '발표',
  'presenter.buttonTitle': '발표 모드: 순간마다 한 화면, 큰 글씨 (F, Esc로 나가기)',
  'presenter.progress': '이번 패스의 진행',
  'presenter.progressText': '{total}개 중 {n}번째 순간',
  'presenter.stage': '현재 순간',
  'presenter.follow': '단계 따라가기',
  'presenter.followHint': '단계마다 현재 순간이 있는 패널이 보이도록 스크롤합니다.',
  'presenter.block': '블록',
};

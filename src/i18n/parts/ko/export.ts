/** Korean messages of parts/export.ts: every key of its English part (checked by the type and a test). */
import type { exportEn } from '../export';

export const exportKo: Record<keyof typeof exportEn, string> = {
  'figure.group': '이 그림 저장',
  'figure.saveSvg': 'SVG 저장',
  'figure.savePng': 'PNG 저장',
  'figure.transparent': '투명',
  'figure.transparentTitle': '흰 배경 없이 저장',
  'figure.caption': 'Unrolled · {cell} · “{input}” → “{target}” · {moment} · {pass}번째 반복',
  'figure.captionLab': 'Unrolled · {lab} · {section}',
  'figure.failed': '그림을 저장하지 못했습니다: {message}',
  'latex.copy': 'LaTeX 복사',
  'latex.copied': 'LaTeX를 복사했습니다 (식 {n}개).',
  'latex.failed': '여기서는 클립보드를 쓸 수 없습니다. 아래에 보이는 LaTeX를 직접 복사하세요.',
  'latex.label': '현재 식의 LaTeX',
  'pwa.update': '새 버전이 있습니다 — 새로 고침',
  'pwa.offline': '오프라인에서도 쓸 수 있습니다.',
} as const;

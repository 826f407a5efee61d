/** Korean messages of parts/robust.ts: every key of its English part (checked by the type and a test). */
import type { robustEn } from '../robust';

export const robustKo: Record<keyof typeof robustEn, string> = {
  'robust.computing': '패스 {total}개 중 {done}개 계산 중…',
  'robust.cancel': '취소',
  'robust.cancelLabel': '패스 계산 취소',
  'robust.passLimit':
    '이 크기의 수업은 메모리에 패스를 최대 {max}개(각 {mb} MB)까지 보관하므로, 링크의 패스 {asked} 대신 패스 {shown}을(를) 보여 줍니다.',
  'robust.badLink': '링크의 일부 설정을 사용할 수 없습니다:',
  'robust.reject.notNumber': '{key}: ‘{value}’은(는) 숫자가 아닙니다 — {fallback} 사용',
  'robust.reject.notInteger': '{key}: ‘{value}’은(는) 정수가 아닙니다 — {fallback} 사용',
  'robust.reject.range': '{key}: {value}은(는) {min}–{max} 범위 밖입니다 — {fallback} 사용',
  'robust.reject.positive': '{key}: {value}은(는) 0보다 크고 {max} 이하여야 합니다 — {fallback} 사용',
  'robust.reject.oneOf': '{key}: ‘{value}’은(는) {options} 중 하나가 아닙니다 — {fallback} 사용',
  'robust.reject.tooLong': '{key}: 텍스트가 {max}자보다 깁니다 — ‘{fallback}’ 사용',
  'robust.reject.vocab': '{key}: 어휘는 ∅ 없이 서로 다른 문자 최대 {max}개여야 합니다 — 텍스트의 문자 사용',
  'robust.reject.badChar':
    '{key}: {pos}번째 문자 {code}은(는) 표시하거나 링크에 넣을 수 없습니다 — ‘{fallback}’ 사용',
  'robust.reject.value': '{key}: ‘{value}’은(는) 사용할 수 없습니다 — 기본값 사용',
  'robust.reject.duplicate': '{key}: {n}번 주어졌습니다 — 첫 번째 값(‘{value}’) 사용',
  'robust.reject.unknown': '{key}: 이 앱의 설정이 아닙니다 — 무시함',
  'robust.reject.lesson': 'in, tg: 텍스트를 사용할 수 없습니다(위 참조) — 기본 수업 사용',
  'robust.badChar.control':
    '{field} 텍스트의 {pos}번째에 제어 문자({code})가 있습니다: 수업에 표시하거나 링크에 넣을 수 없습니다. 지우세요.',
  'robust.badChar.surrogate':
    '{field} 텍스트의 {pos}번째에 서로게이트 쌍의 절반({code}, 불완전한 문자)이 있습니다: 링크에 넣을 수 없습니다. 지우세요.',
  'robust.badChar.private':
    '{field} 텍스트의 {pos}번째에 사용자 정의 영역 문자({code})가 있습니다: 수업에 표시할 수 없습니다. 지우세요.',
  'robust.badChar.nonchar':
    '{field} 텍스트의 {pos}번째에 비문자({code})가 있습니다: 수업에 표시할 수 없습니다. 지우세요.',
  'robust.badChar.format':
    '{field} 텍스트의 {pos}번째에 보이지 않는 서식 문자({code})가 있습니다: 수업에 표시할 수 없습니다. 지우세요.',
  'robust.badChar.separator':
    '{field} 텍스트의 {pos}번째에 줄/문단 구분 문자({code})가 있습니다: 수업에 표시할 수 없습니다. 지우세요.',
  'robust.badChar.combining':
    '{field} 텍스트의 {pos}번째 문자 {code}은(는) 수식에 조판할 수 없습니다. 지우세요.',
  'robust.hidden':
    '은닉 유닛 수는 {min}에서 {max} 사이의 정수여야 합니다 (설정, 링크, 모델 파일 모두 같은 한도).',
};

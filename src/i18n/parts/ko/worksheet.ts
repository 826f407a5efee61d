/** Korean messages of parts/worksheet.ts: every key of its English part (checked by the type and a test). */
import type { worksheetEn } from '../worksheet';

export const worksheetKo: Record<keyof typeof worksheetEn, string> = {
  'worksheet.print': '활동지 인쇄',
  'worksheet.printNow': '인쇄',
  'worksheet.back': '수업으로 돌아가기',
  'worksheet.options': '활동지 설정',
  'worksheet.blanks': '학생이 채울 빈칸',
  'worksheet.paper': '용지',
  'worksheet.paper.a4': 'A4',
  'worksheet.paper.letter': 'Letter',
  'worksheet.title': '활동지: “{input}” → “{target}”의 {cell}',
  'worksheet.name': '이름',
  'worksheet.date': '날짜',
  'worksheet.intro':
    '주어진 가중치로 아래 신경망의 순전파를 계산해 빈칸을 채우고, 역전파 한 단계를 손으로 계산하세요. 소수점 아래 {digits}자리로 반올림하세요.',
  'worksheet.diagram': '{T}단계로 펼친 신경망',
  'worksheet.diagramAlt':
    '펼친 신경망 그림: 입력 xₜ가 은닉 상태 hₜ로 들어가고, hₜ는 hₜ₋₁도 받아 점수 yₜ와 확률 pₜ를 내며, 이를 목표와 비교합니다',
  'worksheet.target': '목표',
  'worksheet.inputs': '입력 (원-핫)',
  'worksheet.weights': '가중치',
  'worksheet.pass': '({n}번 업데이트 후)',
  'worksheet.equations': '수식',
  'worksheet.gated': 'hₜ(와 게이트)는 수업의 수식 패널에 있는 {cell} 수식을 따릅니다.',
  'worksheet.forward': '순전파',
  'worksheet.order': 'xₜ, yₜ, pₜ는 문자를 {vocab} 순서로, hₜ는 은닉 유닛 {H}개를 나열합니다.',
  'worksheet.colStep': 't',
  'worksheet.colInput': '입력',
  'worksheet.colTarget': '목표',
  'worksheet.noTarget': '목표 없음',
  'worksheet.noInput': '입력 없음 (xₜ = 0)',
  'worksheet.backward': '손으로 하는 역전파 한 단계 (t = {t})',
  'worksheet.backwardIntro':
    '표의 p{s}와 h{s}를 쓰세요. 마지막 단계에서는 미래에서 오는 기울기가 없으므로 dh{s} = Whyᵀ dy{s}입니다.',
  'worksheet.noBackward': '이 시퀀스에는 목표가 있는 단계가 없어 계산할 기울기가 없습니다.',
  'worksheet.answerKey': '정답',
  'worksheet.precision':
    '숫자는 소수점 아래 {digits}자리로 반올림했습니다. 앱은 float64로 정확히 계산합니다(가중치는 위와 같음).',
  'worksheet.totalLoss': '전체 손실 L = Σ Lₜ = {L}',
  'worksheet.big': '활동지는 작은 신경망용입니다. H = {H}, T = {T}이면 표가 깁니다.',
};

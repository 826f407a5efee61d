/** Korean messages of parts/explain.ts: every key of its English part (checked by the type and a test). */
import type { explainEn } from '../explain';

export const explainKo: Record<keyof typeof explainEn, string> = {
  'explain.open': '{name} = {value}',
  'explain.pin': '고정',
  'explain.pinLabel': '{name} 카드 고정',
  'explain.close': '닫기',
  'explain.closeLabel': '{name} 카드 닫기',
  'explain.drag': '끌어서 {name} 카드 옮기기',
  'explain.follows': '커서를 따라갑니다',
  'explain.pinnedAt': '{moment}에 고정됨',
  'explain.notYet': '{name}은(는) 이 시점에 아직 계산되지 않았습니다.',
  'explain.chain': '연쇄 법칙: 각 인수는 트레이스의 수입니다 — 열어서 손실까지 거슬러 올라가 보세요.',
  'explain.more': '+ {n}개 더, {sum}',
  'explain.result': '결과',
  'explain.noTerms': '항이 없습니다: 이 단계는 아무것도 더하지 않습니다(목표가 없거나 마지막 단계).',
  'explain.entries': '수 설명 보기',
  'explain.hint': '수를 클릭하거나 포커스한 뒤 Enter를 누르면 그 수가 어디서 왔는지 볼 수 있습니다.',
  'explain.cell.rnn': 't = {t}의 RNN 셀',
  'explain.cell.lstm': 't = {t}의 LSTM 셀',
  'explain.cell.gru': 't = {t}의 GRU 셀',
  'explain.cell.unit': '유닛',
  'explain.cell.show': '셀 그림',
  'explain.cell.values': 't = {t}, 유닛 {j}의 값: {values}',
  'explain.cell.pending': '아직 계산되지 않음',
  'explain.gridKeys': '{name}: 화살표 키로 항목 사이를 움직이고, Enter로 표시된 항목을 설명합니다',
};

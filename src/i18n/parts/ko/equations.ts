/** Korean messages of parts/equations.ts: every key of its English part (checked by the type and a test). */
import type { equationsEn } from '../equations';

export const equationsKo: Record<keyof typeof equationsEn, string> = {
  'equations.word.input': '입력',
  'equations.word.target': '목표',
  'equations.word.future': '미래',
  'equations.list': '{phase} 수식',
  'equations.numbers': 't = {t}의 값을 넣으면:',
  'equations.numbersNow': '지금의 값을 넣으면:',
  'equations.big': '유닛이나 문자가 8개보다 많으면 벡터를 색 띠로 그립니다 (마우스를 올리면 값이 보입니다).',
  'equations.entry': '{name}[{k}] = {value}',
  'equations.narr.lstmHLast': 't = {t}: hₜ = o ⊙ tanh(cₜ)가 출력으로 갑니다. 마지막 단계입니다.',
  'equations.narr.dactLinear':
    't = {t}: 선형 활성화 함수는 미분값이 1이므로 기울기가 그대로 (크기 {after}) 거꾸로 전달됩니다.',
  'equations.narr.dactKeep': 't = {t}: 기울기가 비선형 함수를 거꾸로 지나면서도 크기 {after}를 유지합니다.',
  'equations.narr.dactLstm':
    't = {t}: 기울기가 셀 상태에 도달하고 (‖dcₜ‖ = {dc}) 게이트 f, i, o, g로 나뉩니다.',
  'equations.narr.dactGru': 't = {t}: 기울기 ‖dhₜ‖ = {dh}가 갱신 게이트 z, 리셋 게이트 r, 후보 g로 나뉩니다.',
  'equations.narr.updateOpt': '{opt} 갱신으로 손실이 {before}에서 {after}로 바뀝니다.',
  'equations.narr.updateFailed': '값이 발산해서 갱신을 적용할 수 없습니다. 학습률을 낮춰 보세요.',
};

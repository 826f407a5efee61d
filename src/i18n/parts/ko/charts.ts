/** Korean messages of parts/charts.ts: every key of its English part (checked by the type and a test). */
import type { chartsEn } from '../charts';

export const chartsKo: Record<keyof typeof chartsEn, string> = {
  'charts.hidden.heading': '은닉 상태',
  'charts.gates.heading': '게이트',
  'charts.flow.heading': '기울기 흐름',
  'charts.loss.heading': '손실',

  'charts.axis.step': '단계 t',
  'charts.axis.unit': '유닛 j',
  'charts.tip.cell': '{sym} · 유닛 {unit} · t = {t} (입력 “{ch}”): {value}',
  'charts.tip.notYet': '{sym} · 유닛 {unit} · t = {t}: 아직 계산 전',
  'charts.tip.step': 't = {t} (입력 “{ch}”)',

  'charts.hidden.caption':
    '행은 은닉 유닛, 열은 단계입니다. 주황은 양수, 파랑은 음수입니다. 열을 누르면 그 단계로 이동합니다.',
  'charts.hidden.captionLstm':
    '위: hₜ, 아래: 셀 상태 cₜ (각자의 눈금). 주황은 양수, 파랑은 음수입니다. 열을 누르면 그 단계로 이동합니다.',
  'charts.hidden.aria': '은닉 상태 히트맵: 유닛 {units}개 × 단계 {steps}개, {reached}단계까지 계산됨.',

  'charts.gates.noGates':
    '기본 RNN에는 게이트가 없습니다. 매 단계 상태 전체를 덮어씁니다: hₜ = tanh(Wxh xₜ + Whh hₜ₋₁ + bh). 게이트가 무엇을 남길지 정하는 모습을 보려면 셀을 LSTM이나 GRU로 바꾸세요.',
  'charts.gates.useLstm': 'LSTM으로 바꾸기',
  'charts.gates.useGru': 'GRU로 바꾸기',
  'charts.gates.captionLstm':
    'fₜ 망각 (1이면 cₜ₋₁ 유지) · iₜ 입력 · oₜ 출력: 0 닫힘 … 1 열림. gₜ 후보값: −1 … 1.',
  'charts.gates.captionGru': 'zₜ 업데이트 (1이면 hₜ₋₁ 유지) · rₜ 리셋: 0 닫힘 … 1 열림. gₜ 후보값: −1 … 1.',
  'charts.gates.sigmoid': 'σ 게이트',
  'charts.gates.meanTitle': '유닛 평균',
  'charts.gates.mean': '{gate} 평균',
  'charts.gates.aria': '게이트 {gates}의 히트맵: 유닛 {units}개 × 단계 {steps}개.',
  'charts.gates.linesAria': '단계 t에 따른 게이트별 유닛 평균.',

  'charts.flow.caption':
    '마지막 단계(T = {T})의 손실이 앞선 각 hₜ에 얼마나 의존하는지 보여 줍니다. t = 1 쪽으로 곡선이 떨어지면 기울기 소실입니다.',
  'charts.flow.total': '‖dL/dhₜ‖ (전체 손실)',
  'charts.flow.last': '‖∂L_T/∂hₜ‖ (마지막 단계 손실)',
  'charts.flow.jacobian': '‖∂hₜ/∂hₜ₋₁‖₂ (스펙트럼 노름, 단계별)',
  'charts.flow.yTitle': '노름 (로그 눈금)',
  'charts.flow.mark': 'T = {T}',
  'charts.flow.compare': 'RNN, LSTM, GRU 비교',
  'charts.flow.compareNote':
    '세 셀 모두 시드 {seed}, 은닉 유닛 {hidden}개, 같은 입력, 새로 초기화한(학습 전) 가중치입니다. 곡선: ‖∂L_T/∂hₜ‖.',
  'charts.flow.compareCell': '{cell}: ‖∂L_T/∂hₜ‖',
  'charts.flow.floorNote': '속이 빈 표시: 0이거나 {floor}보다 작은 값으로, 축의 맨 아래에 그렸습니다.',
  'charts.flow.presets': '예제',
  'charts.flow.noTarget': '목표가 있는 단계가 없어 거슬러 올라갈 마지막 단계 손실이 없습니다.',
  'charts.flow.aria':
    '단계 t에 따른 기울기 노름 (로그 눈금): {series}. ‖∂L_T/∂hₜ‖는 t = T에서 {last}, t = 1에서 {first}입니다.',

  'charts.loss.caption':
    '각 반복의 갱신 전 전체 손실 L = Σₜ −ln pₜ[목표]. 갱신할 때마다 점이 하나 늘어납니다.',
  'charts.loss.xTitle': '반복 (적용한 갱신 수)',
  'charts.loss.yTitle': '손실 L',
  'charts.loss.raw': '반복별 손실',
  'charts.loss.smooth': '이동 평균',
  'charts.loss.tip': '{x}번째 반복: L = {loss}',
  'charts.loss.aria': '반복에 따른 손실: 점 {n}개, 최근 값 {loss}.',
};

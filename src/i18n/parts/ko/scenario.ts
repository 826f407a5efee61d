/** Korean messages of parts/scenario.ts: every key of its English part (checked by the type and a test). */
import type { raceEn, scenarioEn } from '../scenario';

export const scenarioKo: Record<keyof typeof scenarioEn, string> = {
  'scenario.label': '시나리오',
  'scenario.none': '— 직접 정한 설정 —',
  'scenario.watchHeading': '눈여겨볼 것',
  'scenario.longRange': '장기 의존성 (RNN 대 LSTM/GRU)',
  'scenario.longRange.watch':
    '기울기 흐름: RNN의 ‖∂L_T/∂hₜ‖는 t = 1로 갈수록 몇 자릿수씩 줄어듭니다. 셀을 LSTM이나 GRU(유지 게이트 편향 3)로 바꾸면 훨씬 크게 남아 앞쪽 글자도 배울 수 있습니다.',
  'scenario.saturation': '포화 (큰 입력 가중치)',
  'scenario.saturation.watch':
    '게이트: 대부분의 값이 0이나 1에 붙어 있습니다. 역전파에서 게이트의 σ′ 인자가 거의 0이라 기울기가 거의 지나가지 못합니다.',
  'scenario.exploding': '기울기 폭발 (Whh 반지름 2.5)',
  'scenario.exploding.watch':
    '기울기 흐름: 한 단계마다 기울기가 약 2.5배가 되어 ‖dL/dhₜ‖가 t = 1로 갈수록 커집니다. Whh 스펙트럼 반지름을 1보다 작게 하면 오히려 줄어들고, 학습의 클리핑이 갱신을 묶어 둡니다.',
  'scenario.forgetBias0': '망각 게이트 편향 0',
  'scenario.forgetBias0.watch':
    '게이트: f가 0.5 근처에서 시작해 셀 상태가 매 단계 절반으로 줄고 장기 기울기가 사라집니다. 편향 1과 비교해 보세요.',
  'scenario.forgetBias1': '망각 게이트 편향 1',
  'scenario.forgetBias1.watch':
    '게이트: f가 0.73 근처에서 시작해 셀이 매 단계 c를 더 많이 간직합니다. 장기 기울기가 편향 0일 때보다 천 배 넘게 큽니다.',
  'scenario.dyingRelu': 'RNN 셀 안의 죽은 ReLU',
  'scenario.dyingRelu.watch':
    '네트워크: 어떤 유닛은 모든 단계에서 0입니다. 역전파에서 그 유닛의 dWhh 행은 정확히 0이라 학습으로 되살릴 수 없습니다.',
  'scenario.linear': '선형 RNN (시간에 따른 붕괴)',
  'scenario.linear.watch':
    '비선형성이 없으면 모든 hₜ가 입력에 행렬 하나를 곱한 것입니다. 단계가 몇 개든 네트워크는 하나의 선형 사상입니다(실험실의 선형 붕괴 참고).',
  'scenario.zeros': '0 초기화 (대칭)',
  'scenario.zeros.watch':
    '네트워크: 모든 은닉 유닛이 매 단계 같은 값을 가지고 기울기도 똑같습니다. 유닛들이 결코 서로 달라질 수 없습니다.',
  'init.label': '가중치 초기화',
  'init.gaussian': '작은 난수',
  'init.xavier': 'Xavier / Glorot',
  'init.orthogonal': '직교',
  'init.zeros': '0',
  'init.scale': '가중치 배율',
  'init.scaleError': '가중치 배율은 0보다 크고 {max} 이하인 수여야 합니다.',
  'init.radius': 'Whh 스펙트럼 반지름',
  'init.radiusValue': '{value} (0: 초기화한 그대로)',
  'init.keep': '유지 게이트 편향 (LSTM f, GRU z)',
  'init.keepError': '유지 게이트 편향은 −{max}부터 {max}까지의 수여야 합니다.',
};

export const raceKo: Record<keyof typeof raceEn, string> = {
  'race.heading': '경주',
  'race.note':
    '같은 수업·시드·설정으로 세 네트워크를 동시에, 각자의 워커에서 학습합니다(한 번에 {n}회 반복).',
  'race.mode': '참가 네트워크',
  'race.mode.cells': 'RNN, LSTM, GRU',
  'race.mode.activations': 'tanh, ReLU, 시그모이드를 쓰는 RNN',
  'race.start': '경주',
  'race.restart': '다시 경주',
  'race.pause': '잠시 멈추기',
  'race.resume': '이어 달리기',
  'race.reset': '지우기',
  'race.x': '반복',
  'race.y': '평활 손실',
  'race.table': '지금까지의 경주',
  'race.col.net': '네트워크',
  'race.col.iter': '반복 수',
  'race.col.loss': '평활 손실',
  'race.col.output': '지금의 예측',
  'race.diverged': '발산함',
};

/** Korean messages of parts/lab.ts: every key of its English part (checked by the type and a test). */
import type { labEn } from '../lab';

export const labKo: Record<keyof typeof labEn, string> = {
  'lab.heading': '활성함수 실험실',
  'lab.intro':
    '활성함수를 비교해 봅니다: 곡선, 기울기 f′, 그리고 그 기울기가 여러 층이나 여러 시점을 거슬러 전달되는 gradient에 미치는 영향.',

  'lab.fn.sigmoid': 'sigmoid',
  'lab.fn.tanh': 'tanh',
  'lab.fn.relu': 'ReLU',
  'lab.fn.leaky_relu': 'Leaky ReLU',
  'lab.fn.elu': 'ELU',
  'lab.fn.maxout': 'maxout',
  'lab.fn.linear': '선형',
  'lab.fn.softplus': 'softplus',
  'lab.fn.gelu': 'GELU',
  'lab.fn.abs': '|x|',

  'lab.curves.heading': '곡선',
  'lab.curves.functions': '함수 (범례)',
  'lab.curves.modern': '최신 참고용',
  'lab.curves.geluNote': 'GELU는 tanh 근사식을 사용합니다.',
  'lab.curves.params': '매개변수',
  'lab.curves.leakyAlpha': 'Leaky α',
  'lab.curves.eluAlpha': 'ELU α',
  'lab.curves.slope': '기울기 c',
  'lab.curves.xRange': 'x 범위',
  'lab.curves.xRangeValue': '−{r}부터 {r}까지',
  'lab.curves.probe': '살펴볼 x',
  'lab.curves.chart': '곡선 f(x)(위)와 기울기 f′(x)(아래): {names}',
  'lab.curves.slopeTitle': 'f′(x): 기울기',
  'lab.curves.valueTitle': 'f(x)',
  'lab.curves.none': '선택된 함수가 없습니다. 범례에서 하나를 선택하세요.',
  'lab.curves.saturation':
    'f′ 그래프의 음영: 포화 구간, |f′(x)| < 0.01 이라 gradient가 거의 전달되지 않는 곳. 축 아래 막대는 함수별 포화 구간입니다.',
  'lab.curves.lanes': '포화 구간 (|f′| < 0.01), 함수별',
  'lab.curves.hint':
    '그래프 위에 마우스를 올리거나 “살펴볼 x”를 움직이면 한 x에서 모든 함수의 값을 읽을 수 있습니다.',
  'lab.curves.tableCaption': 'x = {x}에서의 값',
  'lab.curves.function': '함수',
  'lab.curves.saturated': '포화',
  'lab.curves.kink': '꺾인 점: f′가 {left}에서 {right}로 바뀜',

  'lab.maxout.heading': 'Maxout',
  'lab.maxout.lecture':
    'Maxout은 두 직선 중 큰 값을 택합니다. w₁ = b₁ = 0이면 ReLU와 같고, 다른 설정으로 Leaky ReLU, |x|, 직선도 됩니다.',
  'lab.maxout.value': '{name} 값',
  'lab.maxout.presets': '프리셋',
  'lab.maxout.preset': '{name} 프리셋',
  'lab.maxout.is': '지금은 정확히 {name}입니다.',
  'lab.maxout.isNone': '프리셋이 아닌 새로운 조각별 선형 모양입니다.',
  'lab.maxout.piece1': '조각 1: w₁x + b₁',
  'lab.maxout.piece2': '조각 2: w₂x + b₂',
  'lab.maxout.max': 'maxout = 더 큰 조각 (굵은 선)',
  'lab.maxout.chart': 'Maxout {formula}: 가는 두 직선과 그 최댓값(굵은 선)',
  'lab.maxout.cost': '매개변수 비용',
  'lab.maxout.perUnit': '입력이 하나인 유닛 하나',
  'lab.maxout.reluCount': 'ReLU: {n}개 (w, b)',
  'lab.maxout.maxoutCount': 'maxout: {n}개 (w₁, b₁, w₂, b₂)',
  'lab.maxout.twice': 'ReLU보다 매개변수도 2배, 곱셈-덧셈 계산량도 2배입니다.',
  'lab.maxout.rnnCost':
    '수업의 은닉층(유닛 {H}개, 유닛마다 입력 {V}개 + 순환 {H}개 + 편향): ReLU는 매개변수 {relu}개, maxout은 {maxout}개.',

  'lab.depth.heading': '깊이',
  'lab.depth.intro':
    '선택한 함수를 N층 쌓아 봅니다. 강의 내용: 선형 함수 f(x) = cx라면 f(f(f(x))) = c³x로 하나의 선형 사상일 뿐, 층을 쌓는 이점이 없습니다.',
  'lab.depth.layers': '층 수',
  'lab.depth.sigma': '사전 활성값의 퍼짐 σ',
  'lab.depth.composedTitle': 'f∘f∘…∘f (x), {n}번',
  'lab.depth.composedChart': '선택한 함수를 각각 {n}번 합성한 그래프, x는 −{r}부터 {r}까지',
  'lab.depth.linear': '선형: {n}층은 cᴺ·x = {a}·x, 여전히 직선 하나입니다.',
  'lab.depth.gradTitle': '|Π f′(aₖ)|: 층을 거슬러 가는 gradient (로그 눈금)',
  'lab.depth.gradChart': '함수별로 1층부터 {max}층까지 gradient의 중앙값과 가운데 절반',
  'lab.depth.gradNote':
    '무작위 사전 활성값 aₖ ~ N(0, σ²)의 사슬 {chains}개 (시드 {seed}); 선: 중앙값, 띠: 가운데 절반; 정확히 0인 값은 “0” 줄에 놓입니다.',
  'lab.depth.bound': '0.25ᴺ: sigmoid는 이보다 나을 수 없음',
  'lab.depth.layersAxis': '층 수 N',
  'lab.depth.tableCaption': 'N = {n}층을 거친 gradient',
  'lab.depth.median': '중앙값',
  'lab.depth.middle': '가운데 절반',
  'lab.depth.zero': '정확히 0',

  'lab.dying.heading': '죽은 ReLU',
  'lab.dying.intro':
    '뉴런 하나 ŷ = f(w·x + b)를 경사 하강법으로 여섯 점에 맞춥니다. 1단계는 너무 커서(학습률 {big}) 편향 b를 음수로 밀어 버립니다. 이후 단계의 학습률은 {lr}입니다.',
  'lab.dying.step': '한 단계 학습',
  'lab.dying.play': '학습 재생',
  'lab.dying.pause': '학습 일시정지',
  'lab.dying.reset': '학습 초기화',
  'lab.dying.steps': '{max}단계 중 {k}단계',
  'lab.dying.dataTitle': '데이터와 {k}단계에서 각 뉴런의 ŷ',
  'lab.dying.biasTitle': '단계별 편향 b',
  'lab.dying.stepsAxis': '경사 하강 단계',
  'lab.dying.data': '데이터',
  'lab.dying.fitChart': '여섯 데이터 점과 {k}단계에서 각 뉴런의 예측',
  'lab.dying.biasChart': '0단계부터 {k}단계까지 각 뉴런의 편향 b',
  'lab.dying.dead':
    '사전 활성값 {n}개가 모두 0 아래이고 gradient가 정확히 0: 죽었습니다. 다시는 움직이지 않습니다.',
  'lab.dying.climbing': '사전 활성값 {n}개가 모두 0 아래지만 gradient가 {g}: 다시 올라오는 중입니다.',
  'lab.dying.alive': '살아 있음 (사전 활성값 {n}개 중 {neg}개가 0 아래).',
  'lab.dying.recovered': '{k}단계에서 다시 0 위로',
  'lab.dying.neverRecovers': '회복하지 못함',
  'lab.dying.loss': '손실',
  'lab.dying.grad': '‖gradient‖',
  'lab.dying.state': '상태',

  'lab.rnn.heading': 'RNN에 넣어 보기',
  'lab.rnn.intro':
    '활성함수를 수업의 기본 RNN 셀에 넣은 뒤 역전파를 지켜보세요. 시점마다 gradient에 이 기울기가 곱해집니다.',
  'lab.rnn.choose': 'RNN 셀의 활성함수',
  'lab.rnn.use': 'RNN 셀에 사용',
  'lab.rnn.current': '현재 수업: {cell}, 활성함수 {act}.',
  'lab.rnn.gated':
    '현재 수업은 {cell}이며 게이트는 sigmoid와 tanh를 그대로 씁니다. “RNN 셀에 사용”을 누르면 기본 RNN으로 바뀝니다.',
  'lab.rnn.fixed':
    'RNN 안에서는 위 슬라이더와 상관없이 Leaky ReLU는 α = 0.01, ELU는 α = 1, 선형은 c = 1입니다.',
  'lab.rnn.allSteps': '모든 시점',
  'lab.rnn.atStep':
    '점: 수업의 실제 사전 활성값 a = Wxh·x + Whh·h + bh, t = {t} ({pass}번째 반복), {act}와 그 기울기 위에 표시.',
  'lab.rnn.atAll':
    '점: 모든 시점 t = 1…{T}의 실제 사전 활성값 ({pass}번째 반복), {act}와 그 기울기 위에 표시.',
  'lab.rnn.chart': '수업의 활성함수 {act}와 그 기울기, 사전 활성값은 점으로 표시',
  'lab.rnn.unit': '유닛',
  'lab.rnn.onlyRnn': '점은 기본 RNN일 때만 표시됩니다.',
};

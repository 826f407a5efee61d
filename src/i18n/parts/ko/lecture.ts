/** Korean messages of parts/lecture.ts: every key of its English part (checked by the type and a test). */
import type { lectureEn } from '../lecture';

export const lectureKo: Record<keyof typeof lectureEn, string> = {
  'lecture.state.title': '시간을 따라 전달되는 은닉 상태',
  'lecture.state.notes':
    '시간 방향으로 펼친 순환 신경망입니다. 글자 하나마다 한 열입니다. h₁이 계산되는 것을 보고, 그것이 오른쪽 2단계로 넘어가 다음 입력과 합쳐지는 것을 보세요. 은닉 상태 h는 지금까지 읽은 모든 것에 대한 네트워크의 기억입니다.',
  'lecture.cells.title': 'RNN, LSTM, GRU',
  'lecture.cells.notes':
    '같은 그림을 LSTM으로 본 것입니다. LSTM은 음성과 텍스트에 쓰이는 순환 신경망의 주류 형태입니다. h 말고도 아래쪽으로 셀 상태 c를 함께 전달합니다. GRU는 더 가벼운 변형이며 둘 다 뒤에서 자세히 봅니다. 설정에서 언제든 셀을 바꿀 수 있습니다.',
  'lecture.oneToOne.title': '형태: 일대일',
  'lecture.oneToOne.notes':
    '입력과 출력의 네 가지 형태입니다. 일대일: 입력 하나, 출력 하나, 시퀀스가 없습니다. “|”를 “,”로 바꾸는 것과 같습니다. 한 단계씩 넘겨 보면 열이 하나뿐이고 순환은 쓰이지 않습니다.',
  'lecture.oneToMany.title': '형태: 일대다',
  'lecture.oneToMany.notes':
    '일대다: 입력은 하나이고, 네트워크가 자기 상태만으로 여러 출력을 씁니다. 초원 사진이 “장엄한”, “평화로운” 같은 단어가 되는 것과 같습니다. 여기서는 글자 하나가 단어를 시작하고, ∅ 표시 단계에는 입력이 없습니다.',
  'lecture.manyToOne.title': '형태: 다대일',
  'lecture.manyToOne.notes':
    '다대일: 시퀀스 전체를 읽고 마지막에 답을 하나 냅니다. 문장 하나와 그 문장의 감정처럼요. 마지막 단계에만 목표가 있으므로 손실도 마지막 단계에만 있습니다. 다대다는 번역 같은 경우로, 바로 다음에 볼 주 예제의 형태입니다.',
  'lecture.linear.title': '왜 비선형 활성함수인가?',
  'lecture.linear.notes':
    '왜 직선이 아니라 tanh일까요? 선형 f(x) = c·x를 세 층 쌓으면 f(f(f(x))) = c³·x, 여전히 직선 하나라서 깊이가 아무 의미가 없습니다. 층을 몇 개 쌓아도 선형 곡선은 직선이고, tanh 곡선은 휘어집니다. 층 수를 바꿔 보세요.',
  'lecture.onehot.title': 'hello: 원-핫 입력과 무작위 h₀',
  'lecture.onehot.notes':
    '예제입니다. 입력은 “hell”, 목표는 “ello”입니다. 각 글자는 원-핫 벡터입니다: h = [1,0,0,0], e = [0,1,0,0], l = [0,0,1,0], o = [0,0,0,1]. 첫 단계 앞에는 이전 단계가 없으므로 h₀은 (시드로 정한) 무작위 값에서 시작합니다. x₁, 활성 전 값, h₁을 차례로 보세요.',
  'lecture.pick.title': '점수와 “h” 다음의 선택',
  'lecture.pick.notes':
    '출력층은 글자마다 점수를 하나씩 내고, 소프트맥스가 점수를 확률로 바꿉니다. 컴퓨터는 가장 큰 점수를 고릅니다. 공개하기 전에 학생들에게 예측하게 하세요: “h” 다음에 어떤 글자가 나올까요? 정답이라면 “e”여야 합니다.',
  'lecture.loss.title': '틀린 선택은 손실이 된다',
  'lecture.loss.notes':
    '“h” 다음의 목표는 “e”입니다. 가장 큰 점수가 다른 글자라면 선택이 틀린 것이고, 손실 −ln p(e)가 얼마나 틀렸는지 말해 줍니다. 정답 글자의 확률이 작을수록 손실이 큽니다. 이 오차가 Whh, Wxh, Why를 고치게 됩니다.',
  'lecture.total.title': '순전파 전체',
  'lecture.total.notes':
    '네 단계 전부: 단계마다 선택과 목표, 그리고 손실입니다. 전체 손실은 단계별 손실의 합입니다. 이제 마지막 단계에서 첫 단계로 거꾸로 갑니다.',
  'lecture.backLast.title': '시간을 거슬러 역전파: 마지막 단계부터',
  'lecture.backLast.notes':
    '역전파는 t = 4에서 시작합니다. dy = p − onehot(목표): 확률에서 정답을 뺀 것입니다. 그다음 dh, tanh를 지나는 인수 (1 − h²), 그리고 이 단계가 가중치 기울기에 더하는 몫입니다.',
  'lecture.accumulate.title': 'dWhh, dWxh, dWhy가 쌓인다',
  'lecture.accumulate.notes':
    '같은 가중치가 모든 단계에서 쓰이므로, 단계마다 같은 세 기울기 dWhh, dWxh, dWhy에 자기 몫을 더합니다. t = 1로 돌아가는 동안 히트맵이 커지는 것을 보세요. dh에는 뒤 단계들이 넘겨주는 것도 들어 있습니다.',
  'lecture.update.title': '업데이트',
  'lecture.update.notes':
    '각 가중치가 기울기 반대 방향으로 조금 움직입니다: W ← W − 학습률 · dW. 먼저 물어보세요: 이 업데이트 뒤에 손실이 줄어들까요? 그다음 업데이트 전후의 손실을 공개합니다.',
  'lecture.nextPass.title': '다음 패스는 더 잘한다',
  'lecture.nextPass.notes':
    '업데이트된 가중치로 같은 입력에 두 번째 순전파를 한 것입니다. 전체 손실과 선택을 첫 패스와 비교하세요. 정답 글자의 확률이 올라갔습니다. 이것을 되풀이하는 것이 학습입니다.',
  'lecture.vanishRnn.title': '기울기 소실: RNN',
  'lecture.vanishRnn.notes':
    '약 100단계의 긴 문장입니다. 그래프는 마지막 단계의 손실을 로그 눈금으로 시간을 거슬러 따라갑니다. tanh를 단계마다 지나면서 기울기가 줄어듭니다. 1986년부터 알려진 기울기 소실 문제입니다. 먼저 예측해 보세요: t = 1에서 기울기를 가장 크게 유지하는 셀은? 공개한 뒤 “RNN, LSTM, GRU 비교”를 누르세요.',
  'lecture.vanishLstm.title': 'LSTM은 기울기를 지킨다',
  'lecture.vanishLstm.notes':
    '같은 문장을 LSTM으로 본 것입니다. 셀 상태는 매 단계 찌그러뜨리는 함수 대신 망각 게이트를 통해 기울기를 되돌려 보내므로 훨씬 많이 살아남습니다. 그래서 LSTM이 제안되었습니다.',
  'lecture.vanishGru.title': '같은 문장에서의 GRU',
  'lecture.vanishGru.notes':
    '그리고 GRU입니다. 업데이트 게이트가 이전 상태를 그대로 섞어 넘기므로 기울기를 보호하고, 비용은 LSTM보다 적습니다.',
  'lecture.lstm.title': 'LSTM의 게이트, 실제 숫자로',
  'lecture.lstm.notes':
    '현재 숫자가 들어간 LSTM 식입니다. f, i, o는 0과 1 사이의 시그모이드 게이트이고 g는 tanh 후보입니다. c = f ⊙ c₋₁ + i ⊙ g이며 ⊙는 원소별 곱(아다마르 곱)입니다. f가 0에 가까우면 과거를 잊고 1에 가까우면 유지합니다. i는 현재의 무엇을 저장할지 정합니다. 그리고 h = o ⊙ tanh(c)입니다.',
  'lecture.gate.title': '어느 게이트가 가장 열려 있을까?',
  'lecture.gate.notes':
    '1단계가 끝났습니다. 2단계를 계산하기 전에 물어보세요: 유닛 2에서 망각, 입력, 출력 게이트 중 어느 것이 가장 열려 있을까요? 그다음 공개하고 게이트 값을 읽습니다.',
  'lecture.gru.title': 'GRU',
  'lecture.gru.notes':
    'GRU는 LSTM의 비용을 낮춥니다. c와 h가 하나의 h로 합쳐집니다. z는 업데이트 게이트로, 한쪽은 이전 상태를 유지하고 다른 쪽은 새것을 받습니다. r은 h₋₁의 어느 부분이 후보 g = tanh(Wx x + Wh (r ⊙ h₋₁) + b)에 들어갈지 고릅니다. 마지막으로 h = z ⊙ h₋₁ + (1 − z) ⊙ g입니다.',
  'lecture.curves.title': '활성함수 비교',
  'lecture.curves.notes':
    '곡선과 기울기입니다. 시그모이드는 0에서 1까지이고 기울기가 최대 0.25라서 기울기가 줄어듭니다. tanh는 −1에서 1까지입니다. ReLU는 음수를 0으로 만들고, leaky ReLU는 0.01·x를 남기며, ELU는 α(eˣ − 1)을 쓰고 지수 계산 비용이 듭니다. 음영은 기울기가 거의 지나가지 않는 곳입니다.',
  'lecture.dying.title': '죽은 ReLU',
  'lecture.dying.notes':
    '함수마다 뉴런 하나를 나란히 학습시킵니다. 큰 한 걸음이 ReLU 뉴런의 입력을 모두 0 아래로 밀어내면, 그때부터 출력도 기울기도 0이라 다시 살아나지 못합니다. leaky ReLU와 ELU는 여전히 기울기를 전달합니다.',
  'lecture.maxout.title': '맥스아웃',
  'lecture.maxout.notes':
    '맥스아웃은 두 직선 중 큰 쪽을 택합니다: max(w₁x + b₁, w₂x + b₂). 한 직선을 0에 평평하게 두면 정확히 ReLU가 되고, 다른 설정은 leaky ReLU나 |x|가 됩니다. 이들을 모두 포함하지만 매개변수와 계산이 두 배입니다.',
  'lecture.reluRnn.title': 'RNN 안의 활성함수',
  'lecture.reluRnn.notes':
    '긴 문장으로 돌아가, 이번에는 RNN 셀 안에 ReLU를 넣었습니다. 순환 기울기에 무슨 일이 생기는지 보세요. 강의의 결론: 시그모이드와 tanh는 RNN 안에서만 쓸 가치가 있고, 그 밖에서는 맥스아웃이 가장 좋습니다. 여기서 시그모이드와 tanh도 시험해 보세요.',
};

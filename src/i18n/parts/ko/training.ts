/** Korean messages of parts/training.ts: every key of its English part (checked by the type and a test). */
import type { trainingEn } from '../training';

export const trainingKo: Record<keyof typeof trainingEn, string> = {
  'training.heading': '학습',
  'training.train': '학습',
  'training.pause': '일시정지',
  'training.stop': '정지',
  'training.restartWorker': '작업자 다시 시작',
  'training.controls': '학습 조작',
  'training.data': '학습 데이터',
  'training.data.lesson': '수업의 시퀀스',
  'training.data.paste': '붙여 넣은 텍스트',
  'training.data.examples': '{shape} 예제 {n}개를 반복마다 모두 사용합니다:',
  'training.corpus.hello': 'hello 여러 번 (영어, 몇 줄)',
  'training.corpus.rnn': '순환 신경망이 글을 읽는 방법 (영어, 약 2 KB)',
  'training.corpus.sonnet': '셰익스피어, 소네트 18 (영어)',
  'training.corpus.coriolanus': '셰익스피어, 코리올레이너스 1막 (영어, 약 16 KB)',
  'training.corpus.seosi': '윤동주, 서시 (한국어)',
  'training.corpus.arirang': '아리랑, 민요 (한국어)',
  'training.corpus.diary': '강가 산책 (한국어, 약 2 KB)',
  'training.corpus.loading': '텍스트를 불러오는 중…',
  'training.paste.label': '학습할 텍스트',
  'training.paste.placeholder': '아무 텍스트나 붙여 넣거나 입력하세요 (한국어, 영어, …)',
  'training.paste.count': '{chars}자, 서로 다른 문자 {vocab}개',
  'training.limits': '제한: 텍스트 최대 1 MB, 서로 다른 문자 최대 256개.',
  'training.clip': '기울기 자르기',
  'training.clip.value': '각 기울기 값을 [−5, 5]로',
  'training.clip.norm': '기울기 노름을 5 이하로 축소',
  'training.clip.none': '없음',
  'training.budget': '자동 일시정지',
  'training.budget.n': '{n}번 반복 후',
  'training.budget.none': '제한 없음',
  'training.settingsText':
    '최적화 {opt}, 학습률 {lr}, 은닉 유닛 {H}개 (설정에서). 텍스트: {T}자 길이의 창, 은닉 상태는 다음 창으로 이어집니다.',
  'training.settingsExamples':
    '최적화 {opt}, 학습률 {lr}, 은닉 유닛 {H}개 (설정에서). 한 번의 반복 = 모든 예제의 기울기를 더해 한 번 갱신.',
  'training.settingsLesson':
    '최적화 {opt}, 학습률 {lr}, 은닉 유닛 {H}개 (설정에서). 한 번의 반복 = h₀부터 수업의 한 과정과 그 갱신 (고른 방식으로 기울기 자르기).',
  'training.kernels.js':
    '이 환경에서는 WebAssembly를 쓸 수 없습니다(브라우저나 페이지의 보안 정책이 막음). 학습은 JavaScript 커널로 진행되며 약 2배 느립니다.',
  'training.status.idle':
    '학습 중이 아닙니다. 학습은 백그라운드 작업자에서 돌아가므로 화면은 계속 반응합니다.',
  'training.status.running': '학습 중…',
  'training.status.paused':
    '{n}번 반복한 뒤 일시정지했습니다. 이제 수업은 학습된 가중치를 사용합니다: 한 번의 과정을 따라가 보거나, 초기화를 눌러 시드로 만든 처음 가중치로 돌아가세요.',
  'training.status.stopped':
    '{n}번 반복한 뒤 정지했습니다. 수업은 학습된 가중치를 사용합니다. 학습을 누르면 시드로 만든 처음 가중치에서 다시 시작합니다.',
  'training.stats': '학습 수치',
  'training.stats.iter': '반복',
  'training.stats.steps': '단계/초',
  'training.stats.chars': '문자/초',
  'training.stats.loss': '손실 L',
  'training.stats.smooth': '평활 손실 L',
  'training.sample': '샘플 (τ = 1)',
  'training.probe': '목표마다의 최댓값(argmax)',
  'training.right': '{total}개 중 {right}개 맞음',
  'training.probeRow': '{input} → {output}',
  'training.diverged':
    '손실이 NaN 또는 무한대가 되었습니다: 학습을 바로 멈추고 손실이 유한했던 마지막 가중치({n}번 반복 후)로 되돌렸습니다. 학습률을 줄이거나 기울기 자르기를 켜 보세요.',
  'training.error.worker':
    '학습 작업자에 문제가 생겼습니다({message}). 다시 시작했으니 학습을 다시 눌러 보세요.',
  'training.error.corpusShort': '텍스트는 2자 이상이어야 합니다.',
  'training.error.corpusBig': '텍스트 크기가 {size}입니다. 최대 1 MB까지 학습할 수 있습니다.',
  'training.error.corpusVocab': '텍스트에 서로 다른 문자가 {n}개 있습니다. 최대 {max}개까지 허용됩니다.',
  'training.error.corpusNone':
    '텍스트에 ∅가 있습니다. 이 앱에서 ∅는 “입력 없음 / 목표 없음” 표시로 쓰입니다.',
  'training.error.corpusLoad': '텍스트 {file}을(를) 불러오지 못했습니다.',
  'training.error.vocab': '예제에 수업 어휘에 없는 문자가 있습니다. 모양 목록에서 예제를 다시 고르세요.',
  'training.error.lessonFit': '수업 텍스트를 학습 텍스트에 맞출 수 없었습니다: {reason}',
  'training.notApplied':
    '학습하는 동안 설정이 바뀌어 학습된 가중치가 이 수업에 맞지 않으므로 적용하지 않았습니다.',
  'training.restarted': '작업자를 다시 시작했습니다. 수업은 마지막으로 받은 가중치를 유지합니다.',
  'training.lessonMoved':
    '수업 텍스트의 문자가 학습 텍스트의 어휘에 들도록, 수업은 이제 학습 텍스트의 앞부분을 보여 줍니다.',
  'training.hiddenHint': '은닉 유닛이 {H}개뿐입니다. 텍스트에는 설정에서 32~64개를 써 보세요.',
  'training.loss.caption':
    '학습: 반복마다의 손실 L(그 반복의 모든 단계의 합)과 이동 평균. 학습이 길어지면 기록된 점을 솎아 냅니다.',
  'training.loss.xTitle': '반복 (적용한 갱신 수)',
  'training.loss.yTitle': '반복별 손실 L',
  'training.loss.raw': '반복의 손실',
  'training.loss.smooth': '이동 평균',
  'training.loss.tip': '{x}번째 반복: L = {loss}',
  'training.loss.aria': '반복별 학습 손실: 점 {n}개, 최근 값 {loss}.',

  'generate.heading': '생성',
  'generate.seed': '시작 문자 또는 접두어',
  'generate.length': '생성할 문자 수',
  'generate.temperature': '온도 τ',
  'generate.temperatureValue': 'τ = {t}',
  'generate.mode': '다음 입력',
  'generate.mode.feed': '뽑은 문자를 되먹임',
  'generate.mode.none': '입력 없음 (x = 0)',
  'generate.run': '생성',
  'generate.step': '한 글자씩',
  'generate.next': '다음 문자',
  'generate.end': '수업 텍스트로 돌아가기',
  'generate.caption':
    '각 문자는 p = softmax(y / τ)에서 뽑습니다: τ가 작으면 거의 항상 가장 큰 점수를, τ가 크면 여러 문자에 기회가 고르게 갑니다.',
  'generate.out': '생성한 문자와 각 문자를 뽑은 확률',
  'generate.charP': '“{ch}”를 p = {p}로 뽑음',
  'generate.seedChar': '“{ch}” 주어짐 (시작 문자)',
  'generate.stepping':
    '이제 수업은 생성 과정을 보여 줍니다. 네트워크 패널의 점선 화살표가 t단계에서 뽑은 문자를 t + 1단계로 넘깁니다. →로 각 열을 따라간 뒤 다음 문자를 누르세요.',
  'generate.steppingNone':
    '이제 수업은 시작 문자 다음에 입력이 없는(∅) 생성 과정을 보여 줍니다. →로 각 열을 따라간 뒤 다음 문자를 누르세요.',
  'generate.error.seed': '시작 문자 “{ch}”가 어휘({vocab})에 없습니다.',
  'generate.error.empty': '시작 문자를 하나 이상 입력하세요.',
  'generate.error.full': '수업은 최대 {max}단계까지 담을 수 있습니다.',
  'generate.error.busy': '먼저 학습을 일시정지하거나 정지하세요.',
  'generate.feedback': 'p = {p}로 뽑혀 다음 입력으로 되먹임',

  'shape.label': '모양',
  'shape.one-to-one': '일대일',
  'shape.one-to-many': '일대다',
  'shape.many-to-one': '다대일',
  'shape.many-to-many': '다대다',
  'shape.example': '예제',
  'shape.edited': '(수업 텍스트를 고침)',
  'shape.note.one-to-one':
    '서로 독립인 한 단계짜리 예제로, 기호 하나를 다른 기호로 바꿉니다(| → ,). h₀ = 0이라 Whh가 작용하지 않으므로 순환을 쓰지 않습니다.',
  'shape.note.one-to-many':
    '그림 하나(토큰 하나: 🌄, 🌅, …) 다음은 입력 없음(∅, xₜ = 0)입니다: 상태만으로 그림을 묘사하는 단어를 씁니다 — 웅장함, 평화로움. 손실은 모든 단계에서 잽니다.',
  'shape.note.many-to-one':
    '글 전체를 읽고, 그 감정만이 마지막 단계의 목표입니다: 😶 공허함, 😢 슬픔, 😊 기쁨(각각 토큰 하나). 손실은 그곳에서만 잽니다(나머지는 —).',
  'shape.note.many-to-many':
    '모든 단계에 입력과 나란한 목표가 있습니다(동기화된 형태): hello 예제나 아무 텍스트. 손실은 모든 단계에서 잽니다.',
  'shape.diagram': '{shape}: 입력은 {T}단계 중 {inputs}단계, 손실은 {losses}단계.',
  'shape.none': '없음',
};

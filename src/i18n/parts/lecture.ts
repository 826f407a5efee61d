/** Titles and speaker notes of the built-in script "The lecture" (src/script/lecture.ts), en and ko. */
export const lectureEn = {
  'lecture.state.title': 'A hidden state carried through time',
  'lecture.state.notes':
    'This is a recurrent network unrolled through time: one column per character. Watch h₁ being computed, then see it flow to the right into step 2, where it is combined with the next input. The hidden state h is the network’s memory of everything it has read so far.',
  'lecture.cells.title': 'RNN, LSTM and GRU',
  'lecture.cells.notes':
    'The same unrolled picture with an LSTM, the mainstream form of recurrent network, used for speech and text. Besides h it carries a cell state c along the bottom. The GRU is a lighter variant; we will open both later. You can switch the cell in the settings at any time.',
  'lecture.oneToOne.title': 'Shapes: one to one',
  'lecture.oneToOne.notes':
    'Four input and output shapes. One to one: one input, one output, no sequence at all — like turning “|” into “,”. Step through it: a single column, and the recurrence is never used.',
  'lecture.oneToMany.title': 'Shapes: one to many',
  'lecture.oneToMany.notes':
    'One to many: one input, then the network runs on its own state and writes several outputs — like a picture of a meadow becoming the words “majestic”, “peaceful”. Here one letter starts a word; the steps marked ∅ have no input.',
  'lecture.manyToOne.title': 'Shapes: many to one',
  'lecture.manyToOne.notes':
    'Many to one: the whole sequence is read and one answer comes at the end — like a sentence and the feeling it expresses. Only the last step has a target, so only the last step has a loss. Many to many, translation for example, is the shape of our main example, coming next.',
  'lecture.linear.title': 'Why a non-linear activation?',
  'lecture.linear.notes':
    'Why tanh and not a straight line? With a linear f(x) = c·x, three stacked layers give f(f(f(x))) = c³·x: still one straight line, so depth buys nothing. The linear curve stays a line however many layers we stack; the tanh curve bends. Try changing the number of layers.',
  'lecture.onehot.title': 'hello: one-hot input and a random h₀',
  'lecture.onehot.notes':
    'Our example: the input is “hell”, the target is “ello”. Each character is a one-hot vector: h = [1,0,0,0], e = [0,1,0,0], l = [0,0,1,0], o = [0,0,0,1]. There is no previous step before the first one, so h₀ starts from random values (from the seed). Step through x₁, the pre-activation and h₁.',
  'lecture.pick.title': 'Scores and the pick after “h”',
  'lecture.pick.notes':
    'The output layer gives one score per character, and softmax turns the scores into probabilities. The computer takes the largest score. Ask the class to predict before you reveal: which character comes out after “h”? The right answer would be “e”.',
  'lecture.loss.title': 'A wrong pick costs loss',
  'lecture.loss.notes':
    'The target after “h” is “e”. If the largest score is another character, the pick is wrong, and the loss −ln p(e) says how wrong: the smaller the probability of the right character, the larger the loss. This error is what will correct Whh, Wxh and Why.',
  'lecture.total.title': 'The whole forward pass',
  'lecture.total.notes':
    'All four steps: at each one the pick against the target, and the loss. The total loss is the sum over the steps. Now we go backward, from the last step to the first.',
  'lecture.backLast.title': 'Backward through time: the last step first',
  'lecture.backLast.notes':
    'Backward propagation starts at t = 4. dy = p − onehot(target): the probabilities minus the right answer. Then dh, the factor through tanh (1 − h²), and this step’s contribution to the weight gradients.',
  'lecture.accumulate.title': 'dWhh, dWxh, dWhy accumulate',
  'lecture.accumulate.notes':
    'Every step adds its contribution to the same three gradients, dWhh, dWxh and dWhy, because the same weights are used at every step. Watch the heatmaps grow as we go back to t = 1. dh also carries what the later steps pass back.',
  'lecture.update.title': 'The update',
  'lecture.update.notes':
    'Each weight takes a small step against its gradient: W ← W − learning rate · dW. Ask first: after this update, will the loss go down? Then reveal the loss before and after.',
  'lecture.nextPass.title': 'The next pass does better',
  'lecture.nextPass.notes':
    'The second forward pass with the updated weights, on the same input. Compare the total loss and the picks with the first pass: the probabilities of the right characters went up. Repeating this is training.',
  'lecture.vanishRnn.title': 'Vanishing gradients: the RNN',
  'lecture.vanishRnn.notes':
    'A long sentence, about a hundred steps. The chart follows the last step’s loss back in time on a log scale. Through tanh, step after step, the gradient shrinks: the vanishing gradient problem, known since 1986. First predict: which cell keeps the largest gradient at t = 1? After the reveal, press “Compare RNN, LSTM and GRU”.',
  'lecture.vanishLstm.title': 'The LSTM keeps the gradient',
  'lecture.vanishLstm.notes':
    'The same sentence with an LSTM. Its cell state passes the gradient back through the forget gate instead of through a squashing function at every step, so far more of it survives. This is why the LSTM was proposed.',
  'lecture.vanishGru.title': 'The GRU on the same sentence',
  'lecture.vanishGru.notes':
    'And the GRU. Its update gate mixes the old state straight through, which also protects the gradient, at a lower cost than the LSTM.',
  'lecture.lstm.title': 'The LSTM’s gates, live',
  'lecture.lstm.notes':
    'The LSTM equations with the current numbers. f, i and o are sigmoid gates between 0 and 1; g is a tanh candidate. c = f ⊙ c₋₁ + i ⊙ g, where ⊙ multiplies element by element. f near 0 forgets the past, near 1 keeps it; i decides what of the present to store. Then h = o ⊙ tanh(c).',
  'lecture.gate.title': 'Which gate is the most open?',
  'lecture.gate.notes':
    'Step 1 is done. Before we compute step 2, ask: for unit 2, which gate will be the most open — forget, input or output? Then reveal and read the gate values.',
  'lecture.gru.title': 'The GRU',
  'lecture.gru.notes':
    'The GRU lowers the LSTM’s cost: c and h merge into one h. z is the update gate: one side keeps the old state, the other takes the new. r picks which part of h₋₁ feeds the candidate g = tanh(Wx x + Wh (r ⊙ h₋₁) + b). Finally h = z ⊙ h₋₁ + (1 − z) ⊙ g.',
  'lecture.curves.title': 'Activation functions compared',
  'lecture.curves.notes':
    'The curves and their slopes. Sigmoid goes from 0 to 1 and its slope is at most 0.25, so gradients shrink; tanh goes from −1 to 1. ReLU turns negatives into 0; leaky ReLU keeps 0.01·x; ELU uses α(eˣ − 1) and costs an exponential. Shaded: where almost no gradient passes.',
  'lecture.dying.title': 'A dying ReLU',
  'lecture.dying.notes':
    'One neuron per function, trained side by side. One big step pushes the ReLU neuron’s inputs all below zero: its output and its gradient are 0 from then on, so it never recovers. Leaky ReLU and ELU still pass a gradient.',
  'lecture.maxout.title': 'Maxout',
  'lecture.maxout.notes':
    'Maxout takes the larger of two lines: max(w₁x + b₁, w₂x + b₂). With one line flat at zero it is exactly ReLU; other settings give leaky ReLU or |x|. It contains them all, at twice the parameters and the compute.',
  'lecture.reluRnn.title': 'The activation inside the RNN',
  'lecture.reluRnn.notes':
    'Back to the long sentence, now with ReLU inside the RNN cell. See what happens to the recurrent gradients. The lecture’s conclusion: sigmoid and tanh are worth it inside RNNs; elsewhere maxout performs best. Try sigmoid and tanh here too.',
};

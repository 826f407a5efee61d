/**
 * The backward half of small-rnn.ts (everything after the forward pass: it needs no exp or tanh) as one
 * WebAssembly function, so a tiny window's backward pass costs one call instead of many short JS loops.
 * It computes the same sums in the same order as the JS version, so the two agree bit for bit.
 *   per t = T−1 … 0:  da_t = (Whyᵀ dy_t + dh_next) ⊙ act'(a_t);  dh_next = Whhᵀ da_t
 *   then:  dby += Σ_t dy_t;  dWhy += Σ_t dy_t h_tᵀ;  dWhh += Σ_t da_t h_{t−1}ᵀ;  dWxh[:, x_t] += da_t (x_t ≥ 0);  dbh += da_t
 * Arguments: byte addresses of params P, grads D, hs, pre, dy, da, dh_next and the i32 inputs xs; sizes;
 * the activation code (ACTIVATIONS index); byte offsets of whh, wxh, bh, why, by inside P (and D).
 */
import { get, inc, set, type WasmFunc } from './wasm-asm';

/** `for (n = from; n < to; n++) body` (to: code pushing an i32). */
const forUp = (n: string, to: string, body: string, from = 'i32.const 0') =>
  `${from} ${set(n)} block $${n}D loop $${n}L ${get(n)} ${to} i32.ge_s br_if $${n}D
  ${body}
  ${inc(n, 'i32.const 1')} br $${n}L end end`;
/** mem[addr] += value (addr, value: code pushing them). */
const addTo = (addr: string, value: string) =>
  `${addr} ${set('p')} ${get('p')} ${get('p')} f64.load ${value} f64.add f64.store`;
/** s ← Σ over `count` of mem[q] · mem[r], stepping q by qStep and r by rStep bytes. */
const dot = (count: string, q0: string, qStep: string, r0: string, rStep: string) =>
  `f64.const 0 ${set('s')} ${q0} ${set('q')} ${r0} ${set('r')}
  ${forUp('k', count, `${get('s')} ${get('q')} f64.load ${get('r')} f64.load f64.mul f64.add ${set('s')} ${inc('q', qStep)} ${inc('r', rStep)}`)}`;
const elem = (base: string, index: string) => `${get(base)} ${index} i32.const 3 i32.shl i32.add`;

/** act'(a) given a and h (activations.ts activateDeriv), into d. */
const DERIV = `f64.const 1 ${set('d')}
  ${get('act')} i32.eqz if f64.const 1 ${get('h')} ${get('h')} f64.mul f64.sub ${set('d')} end
  ${get('act')} i32.const 1 i32.eq if ${get('h')} f64.const 1 ${get('h')} f64.sub f64.mul ${set('d')} end
  ${get('act')} i32.const 2 i32.eq if f64.const 1 f64.const 0 ${get('a')} f64.const 0 f64.gt select ${set('d')} end
  ${get('act')} i32.const 3 i32.eq if f64.const 1 ${get('leak')} ${get('a')} f64.const 0 f64.gt select ${set('d')} end
  ${get('act')} i32.const 4 i32.eq if f64.const 1 ${get('h')} ${get('alpha')} f64.add ${get('a')} f64.const 0 f64.gt select ${set('d')} end`;

const THROUGH_TIME = `${get('T')} i32.const 1 i32.sub ${set('t')}
  block $tD loop $tL ${get('t')} i32.const 0 i32.lt_s br_if $tD
    ${get('t')} ${get('Hb')} i32.mul ${set('hp')}
    ${forUp(
      'j',
      get('H'),
      `${dot(get('V'), `${get('P')} ${get('why')} i32.add ${get('j')} i32.const 3 i32.shl i32.add`, get('Hb'), `${get('dy')} ${get('t')} ${get('Vb')} i32.mul i32.add`, 'i32.const 8')}
      ${get('hs')} ${get('hp')} i32.add ${get('Hb')} i32.add ${get('j')} i32.const 3 i32.shl i32.add f64.load ${set('h')}
      ${get('pre')} ${get('hp')} i32.add ${get('j')} i32.const 3 i32.shl i32.add f64.load ${set('a')}
      ${DERIV}
      ${get('da')} ${get('hp')} i32.add ${get('j')} i32.const 3 i32.shl i32.add
      ${get('s')} ${elem('dhn', get('j'))} f64.load f64.add ${get('d')} f64.mul f64.store`,
    )}
    ${forUp(
      'c',
      get('H'),
      `${dot(get('H'), `${get('P')} ${get('whh')} i32.add ${get('c')} i32.const 3 i32.shl i32.add`, get('Hb'), `${get('da')} ${get('hp')} i32.add`, 'i32.const 8')}
      ${elem('dhn', get('c'))} ${get('s')} f64.store`,
    )}
    ${get('t')} i32.const 1 i32.sub ${set('t')} br $tL
  end end`;

const WEIGHT_GRADS = `${forUp(
  'v',
  get('V'),
  `${dot(get('T'), elem('dy', get('v')), get('Vb'), elem('dy', get('v')), 'i32.const 0')}
    f64.const 0 ${set('s')} ${elem('dy', get('v'))} ${set('q')}
    ${forUp('k', get('T'), `${get('s')} ${get('q')} f64.load f64.add ${set('s')} ${inc('q', get('Vb'))}`)}
    ${addTo(`${get('D')} ${get('by')} i32.add ${get('v')} i32.const 3 i32.shl i32.add`, get('s'))}
    ${forUp(
      'j',
      get('H'),
      `${dot(get('T'), elem('dy', get('v')), get('Vb'), `${get('hs')} ${get('Hb')} i32.add ${get('j')} i32.const 3 i32.shl i32.add`, get('Hb'))}
      ${addTo(`${get('D')} ${get('why')} i32.add ${get('v')} ${get('H')} i32.mul ${get('j')} i32.add i32.const 3 i32.shl i32.add`, get('s'))}`,
    )}`,
)}
  ${forUp(
    'j',
    get('H'),
    forUp(
      'c',
      get('H'),
      `${dot(get('T'), elem('da', get('j')), get('Hb'), elem('hs', get('c')), get('Hb'))}
      ${addTo(`${get('D')} ${get('whh')} i32.add ${get('j')} ${get('H')} i32.mul ${get('c')} i32.add i32.const 3 i32.shl i32.add`, get('s'))}`,
    ),
  )}
  ${forUp(
    't',
    get('T'),
    `${get('xs')} ${get('t')} i32.const 2 i32.shl i32.add i32.load ${set('x')}
    ${forUp(
      'j',
      get('H'),
      `${get('da')} ${get('t')} ${get('Hb')} i32.mul i32.add ${get('j')} i32.const 3 i32.shl i32.add f64.load ${set('d')}
      ${get('x')} i32.const 0 i32.ge_s if ;; no input (x < 0): x_t = 0 adds nothing to dWxh
        ${addTo(`${get('D')} ${get('wxh')} i32.add ${get('j')} ${get('V')} i32.mul ${get('x')} i32.add i32.const 3 i32.shl i32.add`, get('d'))}
      end
      ${addTo(`${get('D')} ${get('bh')} i32.add ${get('j')} i32.const 3 i32.shl i32.add`, get('d'))}`,
    )}`,
  )}`;

export const SMALL_RNN_BACKWARD: WasmFunc = {
  name: 'smallRnnBackward',
  params:
    'P:i32 D:i32 hs:i32 pre:i32 dy:i32 da:i32 dhn:i32 xs:i32 V:i32 H:i32 T:i32 act:i32 whh:i32 wxh:i32 bh:i32 why:i32 by:i32 leak:f64 alpha:f64',
  locals:
    't:i32 j:i32 v:i32 c:i32 k:i32 x:i32 p:i32 q:i32 r:i32 hp:i32 Hb:i32 Vb:i32 s:f64 d:f64 h:f64 a:f64',
  body: `${get('H')} i32.const 3 i32.shl ${set('Hb')} ${get('V')} i32.const 3 i32.shl ${set('Vb')}
    ${THROUGH_TIME}
    ${WEIGHT_GRADS}`,
};

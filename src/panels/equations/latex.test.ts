import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { momentAt, momentCount } from '../../store/cursor';
import { lesson } from './fixtures';
import { latexDocument, pdflatexSafe } from './latex';
import { num } from './tex';

/** Commands of LaTeX's kernel and amsmath that the equations may use (nothing KaTeX-only). */
const AMSMATH_OK = new Set(
  (
    '\\, \\; \\\\ \\{ \\} \\begin \\end \\eta \\forall \\in \\left \\right \\leftarrow \\ln \\mathrel \\odot ' +
    '\\operatorname \\phantom \\quad \\sigma \\sum \\tanh \\text \\textstyle \\top ' +
    '\\mathrm \\textbackslash \\textsf \\documentclass \\usepackage \\noindent \\infty'
  ).split(' '),
);

const envBody = (text: string, env: string) => {
  const m = new RegExp(
    `\\\\begin\\{${env.replace('*', '\\*')}\\}([\\s\\S]*?)\\\\end\\{${env.replace('*', '\\*')}\\}`,
  ).exec(text);
  return m ? m[0] : null;
};

const doc = (cell: 'rnn' | 'lstm' | 'gru', k: number, input?: string) => {
  const l = lesson(input ? { cell, input, target: '' } : { cell });
  const T = l.pass.trace.T;
  const moment = momentAt(cell, T, k);
  return {
    l,
    moment,
    d: latexDocument({
      moment,
      pass: l.pass,
      next: l.next,
      activation: l.pass.trace.model.activation,
      optimizer: 'sgd',
      caption: 'test',
      numbersLine: 'With the numbers of t = 1:',
    }),
  };
};

describe('Copy LaTeX document', () => {
  for (const cell of ['rnn', 'lstm', 'gru'] as const) {
    it(`renders back with KaTeX without an error at every moment of the ${cell} hello lesson, ASCII only and amsmath commands only`, () => {
      const l = lesson({ cell });
      const N = momentCount(cell, l.pass.trace.T);
      for (let k = 0; k < N; k++) {
        const { d } = doc(cell, k);
        expect(
          d.text
            .split('\n')
            .filter((x) => !x.startsWith('%'))
            .join('\n'),
        ).toMatch(/^[\x20-\x7e\n]*$/);
        const gather = envBody(d.text, 'gather*');
        expect(gather).not.toBeNull();
        expect(() =>
          katex.renderToString(gather as string, { displayMode: true, throwOnError: true }),
        ).not.toThrow();
        const eq = envBody(d.text, 'equation*');
        if (d.math.substituted) {
          expect(() =>
            katex.renderToString(eq as string, { displayMode: true, throwOnError: true }),
          ).not.toThrow();
        }
        const body = d.text.replace(/^%.*$/gm, '');
        for (const c of body.matchAll(/\\[a-zA-Z]+|\\[^a-zA-Z]/g)) expect(AMSMATH_OK, c[0]).toContain(c[0]);
      }
    });
  }

  it('renders a text with spaces (the visible-space character) back with KaTeX at every moment', () => {
    const l = lesson({ cell: 'rnn', input: 'a b c', target: '' });
    const N = momentCount('rnn', l.pass.trace.T);
    let spaces = 0;
    for (let k = 0; k < N; k++) {
      const { d } = doc('rnn', k, 'a b c');
      if (d.text.includes("`space'")) spaces++;
      for (const env of ['gather*', 'equation*']) {
        const body = envBody(d.text, env);
        if (body)
          expect(() => katex.renderToString(body, { displayMode: true, throwOnError: true })).not.toThrow();
      }
    }
    expect(spaces).toBeGreaterThan(0);
  });

  it('substitutes the trace numbers of h_1 into the h row of the vanilla RNN at t = 1', () => {
    const l = lesson({ cell: 'rnn' });
    const T = l.pass.trace.T;
    const k = [...Array(momentCount('rnn', T)).keys()].find((i) => {
      const m = momentAt('rnn', T, i);
      return m.phase === 'forward' && m.t === 1 && m.sub === 'h';
    }) as number;
    const { d } = doc('rnn', k);
    const h = l.pass.trace.forward[0].h;
    expect(h.length).toBeGreaterThan(0);
    for (const x of h) expect(d.math.substituted).toContain(num(x));
    expect(d.text).toContain('% this moment\nh_t = \\tanh(a_t)');
  });

  it('writes the softmax probabilities of step 2 at the p sub-step of the LSTM', () => {
    const l = lesson({ cell: 'lstm' });
    const T = l.pass.trace.T;
    const k = [...Array(momentCount('lstm', T)).keys()].find((i) => {
      const m = momentAt('lstm', T, i);
      return m.phase === 'forward' && m.t === 2 && m.sub === 'p';
    }) as number;
    const { d } = doc('lstm', k);
    for (const x of l.pass.trace.forward[1].p) expect(d.math.substituted).toContain(num(x));
  });

  it('replaces quotes, the visible space and other non-ASCII characters with pdflatex-safe text', () => {
    expect(pdflatexSafe('\\text{‘␣’}')).toBe("\\text{`space'}");
    expect(pdflatexSafe('\\text{‘가’}')).toBe("\\text{`\\textsf{U+AC00}'}");
  });
});

import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { charTex, column, colVec, escapeText, mat, matT, num, oneHotVec, rowVec } from './tex';

describe('TeX number and array builders', () => {
  it('num writes 3 decimals, drops the sign of a rounded zero, and names non-finite values', () => {
    expect(num(0.41234)).toBe('0.412');
    expect(num(-1.5)).toBe('-1.500');
    expect(num(-0.0001)).toBe('0.000');
    expect(num(Number.POSITIVE_INFINITY)).toBe('\\infty');
    expect(num(Number.NaN)).toBe('\\text{NaN}');
  });

  it('KaTeX draws a negative number with a real minus sign (U+2212)', () => {
    const html = katex.renderToString(colVec([-0.5]), { throwOnError: false });
    expect(html).toContain('−');
    expect(html).not.toMatch(/>-0\.5</);
  });

  it('colVec stacks entries, rowVec lines them up, mat is row-major', () => {
    expect(colVec([1, 2])).toBe('\\begin{bmatrix}1.000\\\\2.000\\end{bmatrix}');
    expect(rowVec([1, 2])).toBe('\\begin{bmatrix}1.000&2.000\\end{bmatrix}');
    expect(mat([1, 2, 3, 4, 5, 6], 2, 3)).toBe(
      '\\begin{bmatrix}1.000&2.000&3.000\\\\4.000&5.000&6.000\\end{bmatrix}',
    );
  });

  it('matT transposes and column picks one column', () => {
    expect(matT([1, 2, 3, 4, 5, 6], 2, 3)).toBe(mat([1, 4, 2, 5, 3, 6], 3, 2));
    expect(Array.from(column([1, 2, 3, 4, 5, 6], 2, 3, 1))).toEqual([2, 5]);
  });

  it('oneHotVec has a single integer 1', () => {
    expect(oneHotVec(4, 1)).toBe('\\begin{bmatrix}0\\\\1\\\\0\\\\0\\end{bmatrix}');
  });

  it('characters are quoted and escaped for \\text, with a visible space', () => {
    expect(escapeText('a_b{c}%')).toBe('a\\_b\\{c\\}\\%');
    expect(charTex(' ')).toBe('\\text{‘␣’}');
    for (const ch of ['\\', '{', '}', '$', '&', '#', '%', '_', '^', '~', 'ㅎ']) {
      const html = katex.renderToString(charTex(ch), { throwOnError: false, strict: false });
      expect(html).not.toContain('katex-error');
    }
  });
});

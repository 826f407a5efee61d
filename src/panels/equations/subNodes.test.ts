// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderTex } from './render';
import { giveBack, keptCount, prepare, take } from './subNodes';

const html = (x: string) => renderTex(`h_t = \\begin{bmatrix}${x}\\end{bmatrix}`);
const asHtml = (nodes: Node[]) => {
  const box = document.createElement('div');
  box.append(...nodes.map((n) => n.cloneNode(true)));
  return box.innerHTML;
};

describe('typeset numbers parsed ahead', () => {
  it('gives the nodes of exactly the HTML asked for, parsed ahead or not', () => {
    const a = html('0.123 \\\\ -1.5');
    const b = html('0.124 \\\\ -1.5');
    prepare(a);
    expect(asHtml(take(a))).toBe(a);
    expect(asHtml(take(b))).toBe(b); // not prepared: parsed on the spot
  });

  it('hands the prepared nodes out once, so two hosts never share them', () => {
    const a = html('0.5');
    prepare(a);
    const first = take(a);
    const second = take(a);
    expect(second[0]).not.toBe(first[0]);
    expect(asHtml(second)).toBe(a);
  });

  it('shows given-back nodes again on a step back, without parsing', () => {
    const a = html('0.25');
    const nodes = take(a);
    giveBack(a, nodes);
    expect(take(a)[0]).toBe(nodes[0]);
  });

  it('keeps a bounded number of moments', () => {
    for (let k = 0; k < 40; k++) prepare(html(String(k)));
    expect(keptCount()).toBeLessThanOrEqual(8);
  });
});

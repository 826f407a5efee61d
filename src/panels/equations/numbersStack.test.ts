// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ASLEEP_CLASS, NumbersStack, WAIT_CLASS } from './numbersStack';
import { take } from './subNodes';

const html = (x: string) => `<span class="katex-display"><span class="n">${x}</span></span>`;
const shownText = (host: HTMLElement) =>
  [...host.children].filter((b) => !b.classList.contains(WAIT_CLASS)).map((b) => b.textContent);

describe('the typeset numbers of a few moments in one box', () => {
  it('shows one moment at a time and keeps the last one waiting, laid out', () => {
    const host = document.createElement('div');
    const stack = new NumbersStack(host);
    stack.show(html('1'));
    stack.show(html('2'));
    expect(shownText(host)).toEqual(['2']);
    expect(host.children).toHaveLength(2);
    const waiting = host.children[0];
    expect(waiting.classList.contains(WAIT_CLASS)).toBe(true);
    expect(waiting.classList.contains(ASLEEP_CLASS)).toBe(true);
    stack.show(html('1')); // a step back finds it mounted
    expect(shownText(host)).toEqual(['1']);
    expect(host.children).toHaveLength(2);
  });

  it('lays the next moment out waiting, and keeps no more than the shown, the last and the next', () => {
    const host = document.createElement('div');
    const stack = new NumbersStack(host);
    stack.show(html('a'));
    stack.show(html('b'));
    stack.expect(html('c'));
    expect(stack.state()).toEqual({ mounted: 3, shown: html('b') });
    expect(shownText(host)).toEqual(['b']);
    stack.show(html('c')); // the next step flips a class: the same box shows
    const c = [...host.children].find((b) => b.textContent === 'c');
    expect(c?.className).toBe('eq-sub-moment');
    stack.expect(html('d')); // 'a' is neither shown, last nor next: it leaves
    expect([...host.children].map((b) => b.textContent).sort()).toEqual(['b', 'c', 'd']);
    expect(shownText(host)).toEqual(['c']);
  });

  it('gives every node back when it goes, for a later showing without parsing', () => {
    const host = document.createElement('div');
    const stack = new NumbersStack(host);
    stack.show(html('x'));
    const node = host.querySelector('.n');
    stack.destroy();
    expect(host.children).toHaveLength(0);
    expect(take(html('x'))[0]).toBe(node?.parentNode);
  });
});

/**
 * The typeset numbers of a moment as DOM nodes, parsed before they are needed. Parsing KaTeX's HTML
 * (with its MathML copy, 125–1,100 elements per moment) was the largest single piece of script in a
 * step. The next moment's numbers are parsed in an idle moment after a step, into a detached element
 * (no style or layout until they are shown), and the nodes a step takes off the page are kept, so a
 * step back shows them again without parsing. Bounded, oldest out first.
 */
import { trustedTex } from '../../security/trustedTypes';

const kept = new Map<string, Node[]>();
const KEPT_MAX = 8;

function parse(html: string): Node[] {
  const box = document.createElement('div');
  box.innerHTML = trustedTex(html) as string;
  return [...box.childNodes];
}

function keep(html: string, nodes: Node[]): void {
  kept.delete(html);
  if (kept.size >= KEPT_MAX) kept.delete(kept.keys().next().value as string);
  kept.set(html, nodes);
}

/** Parses html ahead (an idle moment): the nodes wait detached for take(). */
export function prepare(html: string): void {
  if (!kept.has(html)) keep(html, parse(html));
}

/** The nodes of html, taken from the kept ones (parsed now when there are none): the caller owns them. */
export function take(html: string): Node[] {
  const nodes = kept.get(html);
  if (nodes) {
    kept.delete(html);
    return nodes;
  }
  return parse(html);
}

/** Nodes that have left the page, kept for html's next showing (a step back). */
export function giveBack(html: string, nodes: Node[]): void {
  keep(html, nodes);
}

/** For tests: how many moments wait parsed. */
export function keptCount(): number {
  return kept.size;
}

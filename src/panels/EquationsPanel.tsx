import './equations.css';
import { type RefObject, useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { create as createHeatmap, type HeatmapView } from '../charts/miniHeatmap';
import type { Activation } from '../engine/model';
import { fmt } from '../format';
import type { MessageKey, Translate } from '../i18n';
import { useT } from '../i18n/useT';
import { trustedTex } from '../security/trustedTypes';
import { type LessonState, useLesson } from '../store';
import { momentAt, momentCount } from '../store/cursor';
import type { Pass } from '../store/lesson';
import { selectLang, selectMoment, selectNextPass, selectPass, selectVocab } from '../store/selectors';
import { CopyLatex } from './CopyLatex';
import { activeRowId, blockOf, substitution } from './equations/block';
import { NumbersStack } from './equations/numbersStack';
import { renderedBlock, renderTexSpeech, renderTexVisual } from './equations/render';
import { prepare } from './equations/subNodes';
import { type Grid, showChar, type TexWords } from './equations/tex';
import { EquationEntries } from './explain/EquationEntries';
import { narrate, narrationText } from './narration';
import { Panel } from './Panel';
import { useChart } from './useChart';
import { whenIdle } from './whenIdle';

const selectOptimizer = (s: LessonState) => s.config.optimizer;
const selectIndex = (s: LessonState) => s.cursor.index;

const PHASE_KEY: Record<string, MessageKey> = {
  forward: 'phase.forward',
  backward: 'phase.backward',
  update: 'phase.update',
};

/** Entry k of a vector as the class counts it: ‘c’ for a character, else 1-based like the units. */
function entryName(grid: Grid, k: number): string {
  const ch = grid.colNames?.[k];
  return ch === undefined ? String(k + 1) : `‘${showChar(ch)}’`;
}

/**
 * Typeset grid labels (a handful of symbols, met again on every step). HTML only: the heatmap next to it
 * is an image whose accessible name begins with the same symbol in plain text.
 */
const labelCache = new Map<string, string>();
function labelTex(label: string): string {
  let html = labelCache.get(label);
  if (html === undefined) {
    html = renderTexVisual(label);
    labelCache.set(label, html);
  }
  return html;
}

/**
 * Typeset numbers, by TeX source: at large H most steps show the same few symbolic lines (the vectors
 * are heatmaps), and stepping back and forth meets the same numbers again. Bounded (oldest out first).
 * What is seen (KaTeX's HTML) and what a screen reader reads (its MathML) are kept apart: the MathML is
 * put in in an idle moment after the step (TypesetNumbers), so a step lays out only what it shows.
 */
const SUB_CACHE_SIZE = 256;
function bounded(render: (tex: string) => string): (tex: string) => string {
  const cache = new Map<string, string>();
  return (tex) => {
    let html = cache.get(tex);
    if (html === undefined) {
      html = render(tex);
      if (cache.size >= SUB_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      cache.set(tex, html);
    }
    return html;
  };
}
const subTex = bounded((tex) => renderTexVisual(tex, true));
const subSpeech = bounded(renderTexSpeech);

/**
 * A vector or matrix too large to typeset: its symbol and a small heatmap with a legend. Without a grid
 * it is hidden but stays mounted, ready for the next equation that has one.
 */
function GridView({ grid, t }: { grid: Grid | null; t: Translate }) {
  const label = grid?.label ?? '';
  const labelHtml = useMemo(() => (label ? labelTex(label) : ''), [label]);
  const view = useMemo<HeatmapView | null>(
    () =>
      grid && {
        rows: grid.rows,
        cols: grid.cols,
        values: grid.values,
        label: grid.name,
        legend: (max) => t('heatmap.legend', { max: fmt(max) }),
        format: (v) => fmt(v),
        hoverText: (row, col, value) =>
          grid.rows === 1
            ? t('equations.entry', { name: grid.name, k: entryName(grid, col), value: fmt(value) })
            : t('heatmap.cell', { name: grid.name, row: row + 1, col: col + 1, value: fmt(value) }),
      },
    [grid, t],
  );
  const host = useChart(createHeatmap, view);
  return (
    <div className="eq-grid" hidden={!grid}>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX output of our own TeX */}
      <div className="eq-grid-label" dangerouslySetInnerHTML={{ __html: trustedTex(labelHtml) }} />
      <div className="eq-grid-chart" ref={host} />
    </div>
  );
}

/**
 * Dashboard: the panel keeps the tallest height it has had within one phase (key), so that the panels
 * below do not jump when a sub-step's numbers are taller (the weight gradients) and back. A new phase or
 * shape starts over; null (presenter mode, where the grid fixes every box) reserves nothing.
 */
function useReservedHeight(inner: RefObject<HTMLElement | null>, key: string | null) {
  useEffect(() => {
    const panel = inner.current?.closest<HTMLElement>('.panel');
    if (!panel || key === null || typeof ResizeObserver === 'undefined') return;
    let max = 0;
    panel.style.minHeight = '';
    const ro = new ResizeObserver(([entry]) => {
      const h = entry.borderBoxSize?.[0]?.blockSize ?? entry.target.getBoundingClientRect().height;
      if (h > max + 0.5) {
        max = h;
        panel.style.minHeight = `${Math.ceil(max)}px`;
      }
    });
    ro.observe(panel);
    return () => {
      ro.disconnect();
      panel.style.minHeight = '';
    };
  }, [inner, key]);
}

/**
 * In an idle moment after a step, typesets the next moment's numbers into the cache and hands them to
 * the numbers on show (`stack`), which lays them out, waiting: the next key press then finds them ready
 * (KaTeX, then the style and layout of its boxes, is most of what a forward step costs in this panel).
 */
function usePrefetchNext(
  index: number,
  pass: Pass,
  nextPass: Pass | null,
  act: Activation,
  stack: RefObject<NumbersStack | null>,
) {
  useEffect(() => {
    const { model, T } = pass.trace;
    const at = index + 1;
    return whenIdle(() => {
      const next =
        at < momentCount(model.cell, T)
          ? substitution(momentAt(model.cell, T, at), pass, nextPass, act)
          : null;
      const html = next?.tex ? subTex(next.tex) : null;
      if (html !== null) prepare(html);
      stack.current?.expect(html);
    }, 1000);
  }, [index, pass, nextPass, act, stack]);
}

/**
 * In an idle moment, typesets the other blocks' rows (backward, update) for this cell: the first step of
 * the backward pass or the update then finds them ready instead of typesetting a block in its frame.
 */
function useWarmBlocks(...[shown, cell, act, opt, lang, words]: Parameters<typeof renderedBlock>) {
  useEffect(() => {
    const kinds = (['forward', 'backward', 'update'] as const).filter((k) => k !== shown);
    // one block per idle moment (each is a few ms of KaTeX)
    let cancel = () => {};
    const warm = () => {
      const kind = kinds.shift();
      if (!kind) return;
      renderedBlock(kind, cell, act, opt, lang, words);
      if (kinds.length) cancel = whenIdle(warm);
    };
    cancel = whenIdle(warm);
    return () => cancel();
  }, [shown, cell, act, opt, lang, words]);
}

/** How long the MathML copy of the numbers may wait for an idle moment after a step (ms). */
const SPEECH_MS = 200;

/**
 * The typeset numbers: nodes parsed ahead (equations/subNodes.ts) and laid out ahead, waiting
 * (equations/numbersStack.ts), are shown by a class, instead of setting innerHTML on every step. Their
 * MathML copy for screen readers (the visual HTML is aria-hidden) follows in an idle moment: a third of
 * the nodes, laid out outside the step's frame.
 */
function TypesetNumbers({
  html,
  tex,
  stack,
}: {
  html: string;
  tex: string;
  stack: RefObject<NumbersStack | null>;
}) {
  const host = useRef<HTMLDivElement>(null);
  const speech = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return;
    const own = new NumbersStack(el);
    stack.current = own;
    return () => {
      own.destroy();
      if (stack.current === own) stack.current = null;
    };
  }, [stack]);
  useLayoutEffect(() => {
    stack.current?.show(html);
  }, [html, stack]);
  useLayoutEffect(() => {
    const el = speech.current;
    if (!el) return;
    el.replaceChildren(); // no stale numbers for a screen reader in the meantime
    return whenIdle(() => {
      el.innerHTML = trustedTex(subSpeech(tex)) as string;
    }, SPEECH_MS);
  }, [tex]);
  return (
    <div className="eq-sub">
      <div ref={host} />
      {/* the class KaTeX gives its own MathML copy: clipped to a pixel, read by screen readers */}
      <div ref={speech} className="katex-mathml sr-only" />
    </div>
  );
}

/** The selected cell's equations for the current phase, the active one with its numbers, and a sentence. */
export function EquationsPanel() {
  const t = useT();
  const lang = useLesson(selectLang);
  const m = useLesson(selectMoment);
  const pass = useLesson(selectPass);
  const nextPass = useLesson(selectNextPass);
  const vocab = useLesson(selectVocab);
  const optimizer = useLesson(selectOptimizer);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the words change with the language only
  const words: TexWords = useMemo(
    () => ({
      input: t('equations.word.input'),
      target: t('equations.word.target'),
      future: t('equations.word.future'),
    }),
    [lang],
  );
  const kind = blockOf(m);
  const model = pass.trace.model;
  // the trace's model is the truth for cell and activation (a loaded model fixes them)
  const rows = renderedBlock(kind, model.cell, model.activation, optimizer, lang, words);
  useWarmBlocks(kind, model.cell, model.activation, optimizer, lang, words);
  const active = activeRowId(m);
  const sub = useMemo(
    () => substitution(m, pass, nextPass, model.activation),
    [m, pass, nextPass, model.activation],
  );
  const subHtml = sub.tex ? subTex(sub.tex) : null;
  const index = useLesson(selectIndex);
  const stack = useRef<NumbersStack | null>(null);
  usePrefetchNext(index, pass, nextPass, model.activation, stack);
  const sentence = narrationText(narrate(m, pass, nextPass, { optimizer }, vocab), t);
  const caption =
    m.phase === 'forward' || m.phase === 'backward'
      ? t('equations.numbers', { t: m.t })
      : t('equations.numbersNow');

  const list = useRef<HTMLOListElement>(null);
  const presenting = useLesson((st) => st.presenting);
  useReservedHeight(list, presenting ? null : `${kind}|${model.cell}|${model.hiddenSize}|${pass.trace.T}`);
  const hasNumbers = subHtml !== null || sub.grids.length > 0;
  // as many heatmap slots as the most grids seen so far (they are kept, hidden when unused)
  const maxGrids = useRef(0);
  maxGrids.current = Math.max(maxGrids.current, sub.grids.length);
  const slots = maxGrids.current;
  const numbersId = useId();
  const activeIndex = rows.findIndex((row) => row.id === active);

  return (
    <Panel id="equations" title="panel.equations" className="equations">
      <CopyLatex />
      <p className="eq-narration" aria-live="polite">
        {sentence}
      </p>
      {/* the numbers follow the active equation by their flex order, not by moving in the page: moving
          them (with their heatmaps) re-attached the whole block on every step (docs/decisions.md) */}
      <ol ref={list} className="eq-list" aria-label={t('equations.list', { phase: t(PHASE_KEY[kind]) })}>
        {rows.map((row, k) => {
          const isActive = row.id === active;
          return (
            <li
              key={row.id}
              className={isActive ? 'eq-row eq-active' : 'eq-row'}
              aria-current={isActive ? 'step' : undefined}
              aria-owns={isActive && hasNumbers ? numbersId : undefined}
              data-row={row.id}
              style={{ order: 2 * k }}
            >
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX output of our own TeX */}
              <div className="eq-tex" dangerouslySetInnerHTML={{ __html: trustedTex(row.html) }} />
            </li>
          );
        })}
        <li
          id={numbersId}
          className="eq-numbers-row"
          hidden={!hasNumbers || activeIndex < 0}
          style={{ order: 2 * activeIndex + 1 }}
        >
          <div className="eq-numbers">
            <p className="eq-caption">{caption}</p>
            {subHtml && sub.tex && <TypesetNumbers html={subHtml} tex={sub.tex} stack={stack} />}
            {!presenting && <EquationEntries trace={pass.trace} m={m} />}
            {slots > 0 && (
              <div className="eq-grids" hidden={sub.grids.length === 0}>
                <p className="eq-caption">{t('equations.big')}</p>
                {Array.from({ length: slots }, (_, k) => (
                  // by position: the heatmaps are updated in place from one step to the next
                  // biome-ignore lint/suspicious/noArrayIndexKey: the position is the identity here
                  <GridView key={k} grid={sub.grids[k] ?? null} t={t} />
                ))}
              </div>
            )}
          </div>
        </li>
      </ol>
    </Panel>
  );
}

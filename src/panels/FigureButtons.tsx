/**
 * "Save SVG" and "Save PNG" for the section this sits in: the section is serialised as it is on screen
 * (src/export) with a caption line naming the cell, the text and the moment (or the lab section).
 * Reads the store only when clicked, so stepping does not re-render it.
 */
import { useRef, useState, useSyncExternalStore } from 'react';
import { type MessageKey, type Translate, translator } from '../i18n';
import { useT } from '../i18n/useT';
import { useLesson } from '../store';
import { selectMoment, selectT } from '../store/selectors';
import { flushView } from './flushView';
import './figure.css';

const PHASE: Record<string, MessageKey> = {
  forward: 'phase.forward',
  total: 'phase.total',
  backward: 'phase.backward',
  update: 'phase.update',
};

/** The transparent-background choice, shared by every section and remembered in this browser. */
const KEY = 'unrolled.figure.transparent';
const listeners = new Set<() => void>();
let transparentBg = (() => {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
})();
function setTransparent(v: boolean) {
  transparentBg = v;
  try {
    localStorage.setItem(KEY, v ? '1' : '0');
  } catch {
    /* private mode: the choice lasts for this page */
  }
  for (const l of listeners) l();
}
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** Caption and file-name parts for the current lesson moment or lab section. */
export function figureCaption(
  t: Translate,
  heading: string,
  name: string,
): { caption: string; parts: (string | number)[] } {
  const s = useLesson.getState();
  if (s.view === 'lab') {
    return {
      caption: t('figure.captionLab', { lab: t('lab.heading'), section: heading }),
      parts: ['unrolled-lab', name],
    };
  }
  const m = selectMoment(s);
  const T = selectT(s);
  const phase = t(PHASE[m.phase]);
  const stepped = m.phase === 'forward' || m.phase === 'backward';
  const moment = stepped
    ? t('readout.step', { phase, t: m.t, T, sub: t(`sub.${m.sub}` as MessageKey) })
    : t('readout.plain', { phase });
  const { cell, input, target } = s.config;
  const caption = t('figure.caption', {
    cell: t(`cell.${cell}` as MessageKey),
    input,
    target: target || input.slice(1),
    moment,
    pass: s.cursor.pass + 1,
  });
  const parts = ['unrolled', name, cell, m.phase, stepped ? `t${m.t}` : '', `pass${s.cursor.pass + 1}`];
  return { caption, parts };
}

export function FigureButtons({ name }: { name: string }) {
  const t = useT();
  const ref = useRef<HTMLFieldSetElement>(null);
  const [error, setError] = useState<string | null>(null);
  const transparent = useSyncExternalStore(subscribe, () => transparentBg);

  const save = async (kind: 'svg' | 'png') => {
    const section = ref.current?.closest('section');
    if (!section) return;
    const tr = translator(useLesson.getState().lang);
    const heading = section.querySelector('h2, h3')?.textContent ?? name;
    const { caption, parts } = figureCaption(tr, heading, name);
    try {
      setError(null);
      // the exporter loads on the first click (it is not needed to teach)
      const { download, fileName, sectionToSvg, svgToPng } = await import('../export');
      flushView(); // a panel may show the step a frame late, a chart out of view wait to be drawn
      const fig = sectionToSvg(section, { caption, transparent, title: `${heading} — ${caption}` });
      const blob =
        kind === 'svg'
          ? new Blob([fig.svg], { type: 'image/svg+xml' })
          : await svgToPng(fig.svg, fig.width, fig.height);
      download(blob, fileName(parts, kind));
    } catch (e) {
      setError(tr('figure.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <fieldset className="fig-buttons" ref={ref} data-export-ignore="">
      <legend className="sr-only">{t('figure.group')}</legend>
      <button type="button" onClick={() => save('svg')}>
        {t('figure.saveSvg')}
      </button>
      <button type="button" onClick={() => save('png')}>
        {t('figure.savePng')}
      </button>
      <label className="fig-transparent" title={t('figure.transparentTitle')}>
        <input type="checkbox" checked={transparent} onChange={(e) => setTransparent(e.target.checked)} />
        {t('figure.transparent')}
      </label>
      {error && (
        <span className="fig-error" role="alert">
          {error}
        </span>
      )}
    </fieldset>
  );
}

/**
 * The time heatmap's cells on the canvas: one image pixel per cell in a reused off-screen canvas, scaled
 * up without smoothing; a band is repainted only when its data, reach or scale changed.
 */
import type { BandScale } from '../svg';
import { bandPixels } from './cells';
import type { TimeLayout } from './layout';
import type { TimeHeatmapView } from './types';

export interface BandPainter {
  /** Paints the bands that changed; true when any did (the overlay's blank steps and values follow). */
  paint(v: TimeHeatmapView, l: TimeLayout): boolean;
  /** Forgets what was painted, so that every band is painted again (after a relayout). */
  reset(): void;
}

export function createBandPainter(canvas: HTMLCanvasElement): BandPainter {
  const images: ImageData[] = [];
  const off = document.createElement('canvas');
  const offCtx = off.getContext('2d');
  const drawn: { data: Float64Array; reached: number; scale: BandScale }[] = [];
  return {
    paint(v, l) {
      const ctx = canvas.getContext('2d');
      const dpr = canvas.width / Math.max(1e-9, l.gridW);
      let changed = false;
      v.bands.forEach((band, b) => {
        const d = drawn[b];
        if (d && d.data === band.data && d.reached === band.reached && sameScale(d.scale, band.scale)) return;
        drawn[b] = { data: band.data, reached: band.reached, scale: band.scale };
        changed = true;
        if (!ctx) return;
        // one image pixel per cell in a reused off-screen canvas, scaled up without smoothing
        let img = images[b];
        if (!img || img.width !== v.steps || img.height !== v.units) {
          img = new ImageData(v.steps, v.units);
          images[b] = img;
        }
        bandPixels(band, v.units, v.steps, img.data);
        off.width = v.steps;
        off.height = v.units;
        offCtx?.putImageData(img, 0, 0);
        const y = (l.bandTops[b] - l.top) * dpr;
        ctx.imageSmoothingEnabled = false;
        ctx.clearRect(0, y, canvas.width, l.bandH * dpr);
        ctx.drawImage(off, 0, y, l.gridW * dpr, l.bandH * dpr);
        if (l.cellW >= 6 && l.cellH >= 6) {
          ctx.fillStyle = 'rgba(255,255,255,0.9)';
          for (let c = 1; c < Math.min(v.steps, band.reached); c++)
            ctx.fillRect(Math.round(c * l.cellW * dpr) - dpr / 2, y, dpr, l.bandH * dpr);
          for (let r = 1; r < v.units; r++)
            ctx.fillRect(
              0,
              y + Math.round(r * l.cellH * dpr) - dpr / 2,
              Math.min(v.steps, band.reached) * l.cellW * dpr,
              dpr,
            );
        }
      });
      return changed;
    },
    reset() {
      drawn.length = 0;
    },
  };
}

function sameScale(a: BandScale, b: BandScale): boolean {
  if (a.kind === 'diverging' && b.kind === 'diverging') return a.maxAbs === b.maxAbs;
  if (a.kind === 'sequential' && b.kind === 'sequential') return a.lo === b.lo && a.hi === b.hi;
  return false;
}

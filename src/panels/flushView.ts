/**
 * Brings every panel and chart up to date at once: the panels that show a step a frame late
 * (store/late.ts) and the charts still waiting to be drawn (chartSchedule.ts). Before a figure is exported
 * and before the page is printed, what is read must be what the cursor says.
 */
import { flushSync } from 'react-dom';
import { settleLate } from '../store/late';
import { flushCharts } from './chartSchedule';

export function flushView(): void {
  flushSync(settleLate);
  flushCharts();
}

if (typeof window !== 'undefined') window.addEventListener('beforeprint', flushView);

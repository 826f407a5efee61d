/** Figures out of the page: a section as SVG or PNG, and the download of either. */
export { download, fileName } from './download';
export { type Figure, type FigureOptions, sectionToSvg } from './figure';
export { PNG_SCALE, svgToPng } from './png';

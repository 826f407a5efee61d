/** Messages of figure export, Copy LaTeX and the offline app (service worker updates): en and ko. */
export const exportEn = {
  'figure.group': 'Save this figure',
  'figure.saveSvg': 'Save SVG',
  'figure.savePng': 'Save PNG',
  'figure.transparent': 'Transparent',
  'figure.transparentTitle': 'Save without the white background',
  'figure.caption': 'Unrolled · {cell} · “{input}” → “{target}” · {moment} · pass {pass}',
  'figure.captionLab': 'Unrolled · {lab} · {section}',
  'figure.failed': 'The figure could not be saved: {message}',
  'latex.copy': 'Copy LaTeX',
  'latex.copied': 'LaTeX copied ({n} equations).',
  'latex.failed': 'The clipboard is not available here; the LaTeX is shown below to copy by hand.',
  'latex.label': 'LaTeX of the current equations',
  'pwa.update': 'Update available — reload',
  'pwa.offline': 'Ready to work offline.',
} as const;

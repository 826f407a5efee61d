/** Messages of the share controls and links with weights: English (the source of the keys; Korean in parts/ko/). */
export const linksEn = {
  'link.heading': 'Share',
  'link.copy': 'Copy link',
  'link.copied': 'Link copied',
  'link.copyFailed': 'The browser did not allow copying: copy the address from the address bar.',
  'link.carries': 'This link carries the trained weights ({kb} KB).',
  'link.tooBig': 'This link opens the untrained model; download the model to share the trained one.',
  'link.fileName': 'the link',
  'link.weightsLoaded': 'This link carries trained weights: the numbers are those of the trained model.',
  'link.error.weights':
    'The weights in the link could not be read ({reason}); the seeded weights are shown instead.',
} as const;

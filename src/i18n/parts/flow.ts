/** Strings of the lecture's extra shape presets, the "break it" scenarios and the race (issue 14). */

export const flowEn = {
  'shape.one-to-many-letters': 'one-to-many (first letter → word)',
  'shape.many-to-one-emoji': 'many-to-one (phrase → 😊/😢)',
  'shape.translation': 'many-to-many, delayed (translation)',
  'shape.note.one-to-many-letters':
    'One input, then no input (∅, xₜ = 0): the state alone produces the rest of the word. The loss is taken at every step.',
  'shape.note.many-to-one-emoji':
    'The whole phrase is read; its feeling (😊 or 😢) is the only target, at the last step. The loss is taken there only (— elsewhere).',
  'shape.note.translation':
    'The delayed form of many-to-many: read the word (no target, —), then write its translation with no input (∅): cat → 고양이, sea → 바다. The loss is taken only while writing.',
} as const;

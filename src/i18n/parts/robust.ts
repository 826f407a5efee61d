/**
 * Messages of robustness (links, drafts, text checks, background computation, session restore):
 * English (the source of the keys; Korean in parts/ko/, a chunk of its own).
 */
export const robustEn = {
  'robust.computing': 'Computing pass {done} of {total}…',
  'robust.cancel': 'Cancel',
  'robust.cancelLabel': 'Cancel computing passes',
  'robust.passLimit':
    'A lesson this size keeps at most {max} passes in memory ({mb} MB each), so the link’s pass {asked} is shown as pass {shown}.',
  'robust.badLink': 'Some settings of the link could not be used:',
  'robust.reject.notNumber': '{key}: ‘{value}’ is not a number — using {fallback}',
  'robust.reject.notInteger': '{key}: ‘{value}’ is not a whole number — using {fallback}',
  'robust.reject.range': '{key}: {value} is outside {min}–{max} — using {fallback}',
  'robust.reject.positive': '{key}: {value} is not greater than 0 and at most {max} — using {fallback}',
  'robust.reject.oneOf': '{key}: ‘{value}’ is not one of {options} — using {fallback}',
  'robust.reject.tooLong': '{key}: the text is longer than {max} characters — using ‘{fallback}’',
  'robust.reject.vocab':
    '{key}: the vocabulary must be at most {max} different characters, without ∅ — using the text’s characters',
  'robust.reject.badChar':
    '{key}: the character {code} at position {pos} cannot be shown or put in a link — using ‘{fallback}’',
  'robust.reject.value': '{key}: ‘{value}’ cannot be used — using the default',
  'robust.reject.duplicate': '{key}: given {n} times — using the first (‘{value}’)',
  'robust.reject.unknown': '{key}: not a setting of this app — ignored',
  'robust.reject.lesson': 'in, tg: the text cannot be used (above) — using the default lesson',
  'robust.badChar.control':
    'The {field} text has a control character ({code}) at position {pos}: the lesson cannot show it or put it in a link. Remove it.',
  'robust.badChar.surrogate':
    'The {field} text has half of a surrogate pair ({code}, an incomplete character) at position {pos}: a link cannot hold it. Remove it.',
  'robust.badChar.private':
    'The {field} text has a private-use character ({code}) at position {pos}: the lesson cannot show it. Remove it.',
  'robust.badChar.nonchar':
    'The {field} text has a noncharacter ({code}) at position {pos}: the lesson cannot show it. Remove it.',
  'robust.badChar.format':
    'The {field} text has an invisible formatting character ({code}) at position {pos}: the lesson cannot show it. Remove it.',
  'robust.badChar.separator':
    'The {field} text has a line or paragraph separator ({code}) at position {pos}: the lesson cannot show it. Remove it.',
  'robust.badChar.combining':
    'The {field} text has {code} at position {pos}, which the equations cannot typeset. Remove it.',
  'robust.hidden':
    'Hidden units must be a whole number from {min} to {max} (one limit for settings, links and model files).',
} as const;

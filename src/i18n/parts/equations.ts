/** Messages of the equations panel: English (source of the keys) and Korean (every key required). */
export const equationsEn = {} as const;

export const equationsKo: Record<keyof typeof equationsEn, string> = {};

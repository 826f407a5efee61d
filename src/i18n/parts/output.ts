/** Messages of the output panel: English (source of the keys) and Korean (every key required). */
export const outputEn = {} as const;

export const outputKo: Record<keyof typeof outputEn, string> = {};

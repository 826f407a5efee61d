/** Messages of the update panel: English (source of the keys) and Korean (every key required). */
export const updateEn = {} as const;

export const updateKo: Record<keyof typeof updateEn, string> = {};

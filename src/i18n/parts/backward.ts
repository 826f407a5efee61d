/** Messages of the backward panel: English (source of the keys) and Korean (every key required). */
export const backwardEn = {} as const;

export const backwardKo: Record<keyof typeof backwardEn, string> = {};

/** Messages of the network panel: English (source of the keys) and Korean (every key required). */
export const networkEn = {} as const;

export const networkKo: Record<keyof typeof networkEn, string> = {};

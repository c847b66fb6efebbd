/** Indonesian UI text for maps (legend, year control, tooltips). Part of `id` (src/i18n/id.ts). */
export const map = {} as const;

/** Indonesian UI text for region pages, rankings, comparison and search. Part of `id` (src/i18n/id.ts). */
export const places = {} as const;

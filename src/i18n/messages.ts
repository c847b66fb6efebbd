/**
 * The shape of a dictionary section: the same keys as the Indonesian reference,
 * every leaf a string. English sections are typed with it, so a missing or extra
 * key is a compile error (and tests/unit/i18n.test.ts checks the same at run time).
 */
export type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

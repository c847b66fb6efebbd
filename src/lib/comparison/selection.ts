/** Which regions the comparison shows: the `?d=` query (/bandingkan/?d=18.09,33.02). */

export const MAX_REGIONS = 6;
const CODE = /^\d{2}\.\d{2}$/;

/** Codes from `?d=`: valid, unique, at most MAX_REGIONS, in order. Also accepts `1809`. */
export function parseSelection(value: string | null): { codes: string[]; invalid: string[] } {
  const codes: string[] = [];
  const invalid: string[] = [];
  for (const raw of (value ?? '').split(',')) {
    const part = raw.trim();
    if (!part) continue;
    const code = /^\d{4}$/.test(part) ? `${part.slice(0, 2)}.${part.slice(2)}` : part;
    if (!CODE.test(code)) invalid.push(part);
    else if (!codes.includes(code) && codes.length < MAX_REGIONS) codes.push(code);
  }
  return { codes, invalid };
}

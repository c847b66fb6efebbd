/**
 * `{name}` placeholders filled from `params` (numbers formatted by the caller, see src/lib/format.ts);
 * unknown placeholders are left as they are, which makes them easy to spot. The one template filler:
 * `t()` uses it on dictionary text, the share images on theirs, and the map script on templates the
 * page hands it — this module holds no dictionary, so importing it ships none to the browser.
 */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : match));
}

/** The response of a JSON endpoint: `value` as JSON text, served as application/json in UTF-8. */
export function jsonResponse(value: unknown): Response {
  return new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

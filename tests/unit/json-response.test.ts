import { describe, expect, it } from 'vitest';
import { jsonResponse } from '../../src/lib/json-response.ts';

describe('jsonResponse', () => {
  it('serves the value as JSON text in UTF-8', async () => {
    const response = jsonResponse({ c: '18.09', n: 'Kabupaten Pesawaran', u: [1, null] });
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.text()).toBe('{"c":"18.09","n":"Kabupaten Pesawaran","u":[1,null]}');
  });
});

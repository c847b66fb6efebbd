import { describe, expect, it } from 'vitest';
import { newIssueUrl, repoUrl } from '../../src/lib/repo.ts';

describe('repoUrl (env ZP_REPO)', () => {
  it('accepts a GitHub repository URL, without a trailing slash or .git', () => {
    expect(repoUrl('https://github.com/owner/zona-pelayanan')).toBe('https://github.com/owner/zona-pelayanan');
    expect(repoUrl(' https://github.com/owner/zona-pelayanan/ ')).toBe('https://github.com/owner/zona-pelayanan');
    expect(repoUrl('https://github.com/owner/zona.pelayanan.git')).toBe('https://github.com/owner/zona.pelayanan');
  });
  it('is null when unset, empty or not a GitHub repository (no correction links then)', () => {
    expect(repoUrl(undefined)).toBeNull();
    expect(repoUrl('')).toBeNull();
    expect(repoUrl('http://github.com/owner/repo')).toBeNull();
    expect(repoUrl('https://github.com/owner')).toBeNull();
    expect(repoUrl('https://github.com/owner/repo/issues')).toBeNull();
    expect(repoUrl('javascript:alert(1)//https://github.com/a/b')).toBeNull();
    expect(repoUrl('https://evil.example/github.com/a/b')).toBeNull();
  });
});

describe('newIssueUrl', () => {
  it('opens the new-issue form with the title and body encoded', () => {
    const url = newIssueUrl('https://github.com/owner/zona-pelayanan', {
      title: 'Koreksi: Kabupaten Pesawaran (18.09)',
      body: 'Daerah: Kabupaten Pesawaran (18.09)\nHalaman: https://zona.example/daerah/18.09-kabupaten-pesawaran/?a=1&b=2\n\nTahun:\n',
    });
    expect(url.startsWith('https://github.com/owner/zona-pelayanan/issues/new?title=')).toBe(true);
    const params = new URL(url).searchParams;
    expect(params.get('title')).toBe('Koreksi: Kabupaten Pesawaran (18.09)');
    expect(params.get('body')).toBe('Daerah: Kabupaten Pesawaran (18.09)\nHalaman: https://zona.example/daerah/18.09-kabupaten-pesawaran/?a=1&b=2\n\nTahun:\n');
    expect(params.has('labels')).toBe(false);
    // Nothing in the data can break out of the query: & and # are encoded.
    expect(url).not.toMatch(/[#]/);
    expect(url.split('&')).toHaveLength(2);
  });
  it('adds labels when given', () => {
    const url = newIssueUrl('https://github.com/o/r', { title: 't', body: 'b', labels: ['koreksi', 'data'] });
    expect(new URL(url).searchParams.get('labels')).toBe('koreksi,data');
  });
});

/**
 * The project's repository, for "Laporkan koreksi" links: env `ZP_REPO` at build
 * time (e.g. `https://github.com/owner/zona-pelayanan`), read here only. Unset or
 * not a GitHub repository URL: no correction links anywhere.
 */

/** `https://github.com/<owner>/<name>` from `value` (trailing slash and `.git` dropped), or null. */
export function repoUrl(value: string | undefined = process.env.ZP_REPO): string | null {
  const match = /^https:\/\/github\.com\/([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(value?.trim() ?? '');
  return match ? `https://github.com/${match[1]}/${match[2]}` : null;
}

export interface IssueDraft {
  title: string;
  body: string;
  labels?: readonly string[];
}

/** A link that opens GitHub's new-issue form on `repo` with the title, body (and labels) filled in. */
export function newIssueUrl(repo: string, draft: IssueDraft): string {
  const params = new URLSearchParams({ title: draft.title, body: draft.body });
  if (draft.labels?.length) params.set('labels', draft.labels.join(','));
  return `${repo}/issues/new?${params.toString()}`;
}

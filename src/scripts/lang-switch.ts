/**
 * The language switch links to the same page in the other language. Pages that keep
 * their state in the URL (the comparison's `?d=`, the rankings' filters) change the
 * query after load, so on follow the switch carries the current query and fragment.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  link.addEventListener('click', () => {
    const target = new URL(link.href);
    target.search = window.location.search;
    target.hash = window.location.hash;
    link.href = target.href;
  });
}

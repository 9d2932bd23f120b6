/**
 * Starts Pagefind's UI on the search page, runs the search in the address (?q=Izyum) and keeps
 * the address in step with what the reader types, so a search can be bookmarked or shared.
 * When Pagefind's script did not load, the no-JavaScript explanation stays on the page.
 */
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => PagefindUIInstance;
  }
}

export function setupSearch(): void {
  const host = document.querySelector<HTMLElement>('#search');
  const fallback = document.querySelector<HTMLElement>('.search-fallback');
  if (!host || !window.PagefindUI) return;
  const ui = new window.PagefindUI({
    element: '#search',
    bundlePath: host.dataset.bundle,
    showSubResults: true,
    showImages: false,
    translations: { placeholder: 'Search articles, claims and places' },
  });
  if (fallback) fallback.hidden = true;
  const input = host.querySelector<HTMLInputElement>('input');
  input?.setAttribute('aria-label', 'Search articles, claims and places');
  const q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
  input?.addEventListener('input', () => {
    const url = new URL(location.href);
    if (input.value) url.searchParams.set('q', input.value);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
}

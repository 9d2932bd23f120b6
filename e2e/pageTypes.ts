/**
 * Every kind of page the site has, one example each: the readers' checks (accessibility, print,
 * no-JavaScript reading, requests, phone layout) run over this list.
 */
export interface PageType {
  name: string;
  /** Path relative to the site root (the e2e baseURL). */
  path: string;
  /** HTTP status the static server answers with. */
  status: number;
}

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: './', status: 200 },
  { name: 'article', path: 'articles/zelensky-izium/', status: 200 },
  { name: 'timeline', path: 'timeline/', status: 200 },
  { name: 'claims', path: 'claims/', status: 200 },
  { name: 'figures', path: 'figures/', status: 200 },
  { name: '404', path: 'no-such-page/', status: 404 },
  { name: 'search', path: 'search/', status: 200 },
];

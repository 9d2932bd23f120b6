import { describe, expect, it } from 'vitest';
import { brokenLinks } from './brokenLinks';
import { page, type Site } from './siteFiles';

const options = { base: '/', site: 'https://explainer.example' };

function site(pages: Record<string, string>, other: string[] = []): Site {
  return { files: new Set([...Object.keys(pages), ...other]), pages: Object.entries(pages).map(([f, html]) => page(f, html)) };
}

const article = '<h1 id="title">A</h1><p><span id="s1">One.</span> <span id="s2">Two.</span></p>';

describe('brokenLinks', () => {
  it('accepts links to pages, folders, files and anchors that exist', () => {
    const s = site(
      {
        '/index.html': '<a href="/articles/a/">A</a> <a href="articles/a/#s2">sentence 2</a> <a href="/sources/a.txt">source</a> <a href="#top" id="top">top</a>',
        '/articles/a/index.html': `${article}<a href="../../">home</a><a href="#s1">s1</a><link rel="canonical" href="https://explainer.example/articles/a/">`,
      },
      ['/sources/a.txt'],
    );
    expect(brokenLinks(s, options)).toEqual([]);
  });

  it('reports a link to a page that was never built', () => {
    const s = site({ '/index.html': '<a href="/timeline/">Timeline</a>' });
    expect(brokenLinks(s, options)).toEqual([{ page: '/index.html', href: '/timeline/', problem: expect.stringMatching(/does not exist/) }]);
  });

  it('reports an anchor the target page does not have', () => {
    const s = site({ '/index.html': '<a href="/articles/a/#s9">s9</a>', '/articles/a/index.html': article });
    expect(brokenLinks(s, options)).toEqual([{ page: '/index.html', href: '/articles/a/#s9', problem: expect.stringMatching(/#s9/) }]);
  });

  it('checks links under a base path, and reports links that leave it', () => {
    const s = site({ '/index.html': '<a href="/explainer/articles/a/#s1">ok</a> <a href="/articles/a/">outside</a>', '/articles/a/index.html': article });
    expect(brokenLinks(s, { ...options, base: '/explainer' }).map((p) => p.href)).toEqual(['/articles/a/']);
  });

  it('lets readers follow links to other sites but reports resources loaded from them', () => {
    const s = site({
      '/index.html': '<a href="https://news.example/story">story</a><script src="https://cdn.example/x.js"></script><link rel="stylesheet" href="https://cdn.example/x.css">',
    });
    expect(brokenLinks(s, options).map((p) => p.href)).toEqual(['https://cdn.example/x.js', 'https://cdn.example/x.css']);
  });

  it('checks the site\'s own absolute addresses like any internal link', () => {
    const s = site({ '/index.html': '<link rel="canonical" href="https://explainer.example/gone/">' });
    expect(brokenLinks(s, options)).toHaveLength(1);
  });
});

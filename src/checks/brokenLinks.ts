/**
 * Every internal link and resource of a built site, checked: the target file exists (a folder
 * means its index.html) and a #fragment names an element id (or <a name>) in the target page.
 * Links to the site's own public address (canonical, og:url) count as internal. Resources from
 * another origin (scripts, styles, images, frames) are reported too: nothing may load from
 * elsewhere. Plain links to other sites are fine.
 */
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import type { Site, SitePage } from './siteFiles';

export interface LinkProblem {
  /** Site path of the page with the link. */
  page: string;
  /** The attribute value as written. */
  href: string;
  problem: string;
}

export interface LinkOptions {
  /** Base path the site is served under, e.g. "/" or "/explainer/". */
  base: string;
  /** The site's public origin (astro.config site), e.g. https://example.org. */
  site: string;
}

/** Attributes that point somewhere, by element. */
const LINKS: Record<string, string[]> = {
  a: ['href'], area: ['href'], link: ['href'], script: ['src'], img: ['src'], source: ['src'], video: ['src', 'poster'],
  audio: ['src'], iframe: ['src'], embed: ['src'], object: ['data'], form: ['action'], use: ['href'], image: ['href'],
};
/** Elements whose target the browser loads by itself. Everything else is a link a reader follows. */
const RESOURCES = new Set(['link', 'script', 'img', 'source', 'video', 'audio', 'iframe', 'embed', 'object', 'image']);
const NAVIGATION_LINKS = new Set(['canonical', 'alternate', 'sitemap', 'author', 'license', 'prev', 'next']);

function ids(page: SitePage): Set<string> {
  const found = new Set<string>();
  visit(page.tree, 'element', (el: Element) => {
    if (typeof el.properties.id === 'string') found.add(el.properties.id);
    if (el.tagName === 'a' && typeof el.properties.name === 'string') found.add(el.properties.name);
  });
  return found;
}

/** Site path of the page a file is served as: /a/index.html is /a/. */
const servedAt = (file: string) => file.replace(/index\.html$/, '');

export function brokenLinks(site: Site, { base, site: origin }: LinkOptions): LinkProblem[] {
  const basePath = base.endsWith('/') ? base : `${base}/`;
  const siteOrigin = new URL(origin).origin;
  const idsOf = new Map<string, Set<string>>(site.pages.map((p) => [p.file, ids(p)]));
  const problems: LinkProblem[] = [];

  for (const page of site.pages) {
    const pageUrl = new URL(`${basePath.slice(1)}${servedAt(page.file).slice(1)}`, `${siteOrigin}/`);
    visit(page.tree, 'element', (el: Element) => {
      for (const attr of LINKS[el.tagName] ?? []) {
        const value = el.properties[attr];
        if (typeof value !== 'string' || value === '' || value === '#') continue;
        const report = (problem: string) => problems.push({ page: page.file, href: value, problem });
        let url: URL;
        try {
          url = new URL(value, pageUrl);
        } catch {
          report('is not a valid address');
          continue;
        }
        const rel = String(el.properties.rel ?? '');
        const isResource = RESOURCES.has(el.tagName) && !(el.tagName === 'link' && [...NAVIGATION_LINKS].some((r) => rel.includes(r)));
        if (url.origin !== siteOrigin) {
          if (isResource && /^https?:$/.test(url.protocol)) report(`loads a resource from another origin (${url.origin})`);
          continue;
        }
        const path = decodeURIComponent(url.pathname);
        if (!path.startsWith(basePath)) {
          report(`is outside the site's base path ${basePath}`);
          continue;
        }
        let file = `/${path.slice(basePath.length)}`;
        if (file.endsWith('/')) file += 'index.html';
        else if (!site.files.has(file) && site.files.has(`${file}/index.html`)) file += '/index.html';
        if (!site.files.has(file)) {
          report('points to a page or file that does not exist');
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && !idsOf.get(file)?.has(fragment)) report(`points to #${fragment}, which ${file} does not have`);
      }
    });
  }
  return problems;
}

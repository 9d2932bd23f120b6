/**
 * Reading the site: the home page, navigation, search (any spelling of a place), the 404 page,
 * reading without JavaScript, the remembered colour scheme, phone widths, and what the site
 * tells feed readers and search engines (meta, canonical addresses, sitemap, RSS).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from './pageTypes';

const mdx = readdirSync('content/articles').filter((f) => f.endsWith('.mdx')).map((f) => readFileSync(`content/articles/${f}`, 'utf8'));
const countOf = (element: string) => mdx.reduce((n, text) => n + (text.match(new RegExp(`<${element}\\s`, 'g'))?.length ?? 0), 0);

test('the home page says what the site explains and leads to each section with its count', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('links back to the sentence it came from');
  const sections = page.getByRole('list', { name: 'Sections' });
  await expect(sections).toContainText(`${countOf('Event')} dated events`);
  await expect(sections).toContainText(`${countOf('Claim')} attributed claims`);
  await expect(sections).toContainText(`${countOf('Figure')} reported areas and distances`);
  for (const name of ['Timeline', 'Claims', 'Figures']) {
    await expect(sections.getByRole('link', { name })).toHaveAttribute('href', `/${name.toLowerCase()}/`);
  }
});

test('each article on the home page has its outlet, date and a one-line summary', async ({ page }) => {
  await page.goto('./');
  const izium = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /Ukraine retakes Izium/ }) });
  await expect(izium).toContainText('The Sun');
  await expect(izium).toContainText('14 September 2022');
  await expect(izium).toContainText('UKRAINE’S President Zelensky vowed to keep storming forward');
});

test('an article has breadcrumbs, a table of contents and links to the next and previous articles', async ({ page }) => {
  await page.goto('articles/zelensky-izium/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('link', { name: /^Places/ }).click();
  await expect(page.getByRole('heading', { name: /^Places \(\d+\)/ })).toBeInViewport();
  await page.getByRole('navigation', { name: 'More articles' }).getByRole('link', { name: /Older/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Russian border/);
  await page.getByRole('navigation', { name: 'More articles' }).getByRole('link', { name: /Newer/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Ukraine retakes Izium/);
  await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'Articles' }).click();
  await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
});

test('the places panel gives every spelling the gazetteer knows', async ({ page }) => {
  await page.goto('articles/kharkiv-border/');
  const places = page.getByRole('complementary', { name: 'Annotations in this article' });
  await expect(places.getByRole('listitem').filter({ hasText: /^Kharkiv\b/ })).toContainText('also Kharkov');
  await expect(places.getByRole('listitem').filter({ hasText: /^Izium\b/ })).toContainText('Izyum');
});

for (const [query, title] of [
  ['Izyum', /Ukraine retakes Izium/],
  ['Izum', /Ukraine retakes Izium/],
  ['Kharkov', /Russian border north-east of Kharkiv/],
  // a claimant: the panel's claims list is not indexed, the sentence in the prose is
  ['Barrons', /Russian border north-east of Kharkiv/],
] as const) {
  test(`a search for “${query}” finds the article about ${title.source.split(' ').pop()}`, async ({ page }) => {
    await page.goto('search/');
    await page.getByRole('textbox', { name: 'Search articles, claims and places' }).fill(query);
    await page.getByRole('link', { name: title }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });
}

test('the home page search box searches, and the address keeps the words', async ({ page }) => {
  await page.goto('./');
  const form = page.getByRole('search');
  await form.getByRole('searchbox').fill('Izyum');
  await form.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/search\/\?q=Izyum/);
  await expect(page.getByRole('link', { name: /Ukraine retakes Izium/ }).first()).toBeVisible();
  await page.getByRole('textbox', { name: 'Search articles, claims and places' }).fill('Kharkov');
  await expect(page).toHaveURL(/q=Kharkov/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and leads to the articles', async ({ page }) => {
    await page.goto('search/');
    await expect(page.getByText(/needs JavaScript/)).toBeVisible();
    await page.getByRole('link', { name: 'list of articles' }).click();
    await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
  });

  test('the colour-scheme toggle is not offered, and the page follows the system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Dark mode' })).toBeHidden();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 26)');
  });
});

/** The text blocks a reader sees in main, leaving out controls (forms, buttons, the search UI). */
async function readableBlocks(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) =>
    [...main.querySelectorAll('h1, h2, h3, h4, p, li, dt, dd, th, td, caption, figcaption, blockquote')]
      .filter((e) => !e.closest('form, fieldset, button, .pagefind, .search-fallback') && (e as HTMLElement).checkVisibility())
      .map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  );
}

for (const type of PAGE_TYPES) {
  test(`${type.name} page reads fully without JavaScript`, async ({ page, browser }) => {
    await page.goto(type.path);
    await page.waitForLoadState('networkidle');
    const withScripts = await readableBlocks(page);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const bare = await context.newPage();
    const res = await bare.goto(type.path);
    expect(res?.status()).toBe(type.status);
    const without = new Set(await readableBlocks(bare));
    await context.close();
    expect(withScripts.length).toBeGreaterThan(0);
    expect(withScripts.filter((t) => !without.has(t))).toEqual([]);
  });

  for (const width of [390, 1280]) {
    test(`${type.name} page fits a ${width}px screen without sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(type.path);
      const overflow = await page.evaluate(() => {
        const wide = [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > innerWidth + 1 && !e.closest('.table-wrap, .tip'));
        return { scroll: document.documentElement.scrollWidth, wide: wide.slice(0, 5).map((e) => `${e.tagName}.${e.className}`) };
      });
      expect(overflow.wide).toEqual([]);
      expect(overflow.scroll).toBeLessThanOrEqual(width);
    });
  }

  test(`${type.name} page describes itself to search engines and link previews`, async ({ page }) => {
    await page.goto(type.path);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^.{20,}$/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /\S/);
    if (type.status === 404) {
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
      return;
    }
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/^https?:\/\//);
    expect(new URL(canonical!).pathname).toBe(new URL(page.url()).pathname);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical!);
  });
}

test('the colour scheme follows the system until the reader chooses, and the choice is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('articles/zelensky-izium/');
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');

  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 26)');
});

test('the 404 page says what happened and leads home, to the sections and to search', async ({ page }) => {
  const res = await page.goto('articles/no-such-article/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/no page at this address/);
  const main = page.getByRole('main');
  for (const name of ['Articles', 'Timeline', 'Claims', 'Figures']) await expect(main.getByRole('link', { name, exact: true })).toBeVisible();
  await main.getByRole('searchbox').fill('Izyum');
  await main.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('link', { name: /Ukraine retakes Izium/ }).first()).toBeVisible();
});

test('the sitemap and the RSS feed list every article at its public address', async ({ request, page }) => {
  await page.goto('./');
  const home = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!);
  const slugs = readdirSync('content/articles').filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  const rss = await request.get('rss.xml');
  expect(rss.ok()).toBe(true);
  const feed = await rss.text();
  expect(feed).toContain('<rss version="2.0">');
  for (const slug of slugs) {
    const url = new URL(`articles/${slug}/`, home).href;
    expect(sitemap).toContain(`<loc>${url}</loc>`);
    expect(feed).toContain(`<link>${url}</link>`);
  }
  expect(feed.match(/<item>/g)).toHaveLength(slugs.length);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /rss\.xml$/);
});

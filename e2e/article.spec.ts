import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { foldHomoglyphs } from '../src/ingest/homoglyphs';

/** The article lines a reader must find on the page: furniture and picture credits aside. */
function expectedLines(file: string): string[] {
  const raw = readFileSync(`content/sources/${file}`, 'utf8');
  const body = raw.replace(/^---\n[\s\S]*?\n---\n/, '');
  return foldHomoglyphs(body.normalize('NFC')).text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l && !/^(most read in|read more on|more on)\b/i.test(l))
    .map((l) => l.replace(/\s*\((?:Image|Picture|Photo)s?:[^)]*\)\s*$/i, '').trim());
}

const sources = readdirSync('content/sources').filter((f) => f.endsWith('.txt'));
const squash = (s: string) => s.replace(/\s+/g, ' ');

test('the home page lists every article with its outlet and date, and links to it', async ({ page }) => {
  await page.goto('./');
  const list = page.getByRole('list', { name: 'Articles' });
  await expect(list.getByRole('listitem')).toHaveCount(sources.length);
  await expect(list).toContainText('The Sun');
  await expect(list).toContainText('14 September 2022');
  await list.getByRole('link', { name: /Ukrainian troops reach the Russian border/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Ukrainian troops reach the Russian border/);
});

for (const file of sources) {
  const slug = file.replace(/\.txt$/, '');
  test(`every sentence of ${file} is on its page`, async ({ page }) => {
    await page.goto(`articles/${slug}/`);
    const text = squash(await page.locator('article').innerText());
    for (const line of expectedLines(file)) expect(text).toContain(line);
  });
}

test('headings and sentences have anchors that take the reader there', async ({ page }) => {
  await page.goto('articles/zelensky-izium/');
  await expect(page.locator('h2#fierce-battles')).toHaveText(/FIERCE BATTLES/);
  const sentences = page.locator('article .s[id^="s"]');
  expect(await sentences.count()).toBeGreaterThan(30);
  await page.goto('articles/zelensky-izium/#s12');
  await expect(page.locator('#s12')).toContainText('Melitopol');
  await expect(page.locator('#s12')).toBeInViewport();
});

test('the repaired look-alike letters are counted in a visible note', async ({ page }) => {
  await page.goto('articles/kharkiv-border/');
  await expect(page.getByText(/299 characters were repaired/)).toBeVisible();
  const article = await page.locator('article').innerText();
  expect(article).not.toMatch(/[\u0430]/);
  await page.goto('articles/zelensky-izium/');
  await expect(page.getByText(/characters were repaired/)).toHaveCount(0);
});

test('the source as received is one click away and unchanged', async ({ page, request }) => {
  await page.goto('articles/kharkiv-border/');
  const link = page.getByRole('link', { name: 'Read the source text as received' });
  const href = await link.getAttribute('href');
  const res = await request.get(href!);
  expect(res.headers()['content-type']).toContain('text/plain');
  expect(await res.text()).toBe(readFileSync('content/sources/kharkiv-border.txt', 'utf8'));
});

test('page furniture is kept out of the prose but listed in the source notes', async ({ page }) => {
  await page.goto('articles/zelensky-izium/');
  const notes = page.getByRole('region', { name: 'Source notes' });
  await expect(notes).toContainText('Most read in The Sun');
  const prose = await page.locator('article p:not(.note)').allInnerTexts();
  expect(prose.join('\n')).not.toContain('Most read in The Sun');
});

test('captions are shown as captions with their credit', async ({ page }) => {
  await page.goto('articles/kharkiv-border/');
  const caption = page.getByRole('complementary', { name: 'Picture caption' }).first();
  await expect(caption).toContainText('Ukrainian soldiers reached the Russian border');
  await expect(caption).toContainText('Image: Getty');
});

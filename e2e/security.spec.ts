/**
 * The Content-Security-Policy in the browser: every page of the built site loads without a single
 * refusal (the site's own scripts and styles are all allowed), and the site's inline script, the
 * one that applies a saved colour scheme before the page paints, does run under the policy.
 */
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { readSite } from '../src/checks/siteFiles';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const pages = readSite(dist).pages.map((p) => p.file.replace(/index\.html$/, ''));

test('no page of the site is refused anything by its Content-Security-Policy', async ({ page }) => {
  test.setTimeout(30_000 + pages.length * 2_000);
  const refusals: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) refusals.push(`${page.url()}: ${m.text()}`);
  });
  for (const path of pages) await page.goto(path.slice(1) || './');
  expect(refusals).toEqual([]);
});

test('a reader\'s saved dark mode is applied by the page\'s own inline script, which the policy allows', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('theme', 'dark'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

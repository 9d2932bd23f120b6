/**
 * What a page asks the network for: nothing outside the site's own origin on any page type
 * (search included, while it searches), and an article page within its weight budget:
 * JavaScript ≤ 15 KB and CSS ≤ 20 KB, gzipped, external files and inline code together.
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './pageTypes';

const KB = 1024;

for (const type of PAGE_TYPES) {
  test(`${type.name} page makes no request to another origin`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(type.path);
    await page.waitForLoadState('networkidle');
    if (type.name === 'search') {
      await page.getByRole('textbox', { name: 'Search articles, claims and places' }).fill('Izyum');
      await expect(page.getByRole('link', { name: /Ukraine retakes Izium/ })).toBeVisible();
      await page.waitForLoadState('networkidle');
    }
    const foreign = requested.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
    expect(foreign).toEqual([]);
    expect(requested.length).toBeGreaterThan(1);
  });
}

test('an article page loads at most 15 KB of JavaScript and 20 KB of CSS, gzipped', async ({ page }) => {
  const bodies: Record<'script' | 'stylesheet', Buffer[]> = { script: [], stylesheet: [] };
  const reading: Promise<void>[] = [];
  page.on('response', (r) => {
    const kind = r.request().resourceType();
    if (kind === 'script' || kind === 'stylesheet') reading.push(r.body().then((b) => void bodies[kind].push(b)));
  });
  await page.goto('articles/zelensky-izium/');
  await page.waitForLoadState('networkidle');
  await Promise.all(reading);
  const inline = await page.evaluate(() => ({
    script: [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''),
    stylesheet: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
  }));
  const gz = (parts: (Buffer | string)[]) => parts.reduce((n, p) => n + gzipSync(p).length, 0);
  const js = gz([...bodies.script, ...inline.script]);
  const css = gz([...bodies.stylesheet, ...inline.stylesheet]);
  test.info().annotations.push({ type: 'weight', description: `article page: JS ${(js / KB).toFixed(1)} KB, CSS ${(css / KB).toFixed(1)} KB gzipped` });
  console.log(`article page weight: JS ${js} B, CSS ${css} B gzipped`);
  expect(bodies.stylesheet.length).toBeGreaterThan(0);
  expect(js).toBeLessThanOrEqual(15 * KB);
  expect(css).toBeLessThanOrEqual(20 * KB);
});

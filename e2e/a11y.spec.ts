/**
 * Accessibility: axe (WCAG 2.2 A and AA rules) on every page type in light mode, in dark mode
 * from the system setting and in dark mode from the toggle; keyboard use (skip link, a visible
 * focus on everything reachable); charts with a text alternative and a table.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from './pageTypes';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const report = violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(report, report.join('\n')).toEqual([]);
}

const SCHEMES = [
  { name: 'light', colorScheme: 'light', toggle: false },
  { name: 'dark (system)', colorScheme: 'dark', toggle: false },
  { name: 'dark (toggle)', colorScheme: 'light', toggle: true },
] as const;

for (const type of PAGE_TYPES) {
  for (const scheme of SCHEMES) {
    test(`${type.name} page passes axe in ${scheme.name} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme.colorScheme });
      const res = await page.goto(type.path);
      expect(res?.status()).toBe(type.status);
      if (scheme.toggle) {
        await page.getByRole('button', { name: 'Dark mode' }).click();
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      }
      await expectNoViolations(page);
    });
  }

  test(`${type.name} page works from the keyboard: skip link first, then a visible focus on every stop`, async ({ page }) => {
    await page.goto(type.path);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    const seen = new Set<string>();
    for (let stop = 0; stop < 200; stop++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          key: `${el.tagName}#${el.id}.${el.className}:${el.textContent?.slice(0, 40)}:${box.top + scrollY}`,
          visible: box.width > 0 && box.height > 0,
          ring: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
        };
      });
      if (!focus || seen.has(focus.key)) break; // past the end of the page
      seen.add(focus.key);
      expect(focus.visible, `focus on an invisible element: ${focus.key}`).toBe(true);
      expect(focus.ring, `no visible focus ring on ${focus.key}`).toBe(true);
    }
    expect(seen.size, 'the site name and the five sections at least').toBeGreaterThan(5);

    // The skip link takes the reader past the header, into the page's own content.
    await page.reload();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !document.activeElement?.closest('header'))).toBe(true);
  });

  test(`${type.name} page: every chart has a text alternative and its numbers in a table`, async ({ page }) => {
    await page.goto(type.path);
    const charts = page.locator('main svg:not([aria-hidden="true"]):visible');
    for (const chart of await charts.all()) {
      await expect(chart).toHaveAttribute('role', 'img');
      await expect(chart).toHaveAccessibleName(/\S/);
    }
    if ((await charts.count()) > 0) await expect(page.locator('main table').first()).toBeAttached();
  });
}

test('the search page with results passes axe in light and dark mode', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('search/?q=Izyum');
    await expect(page.getByRole('link', { name: /Ukraine retakes Izium/ })).toBeVisible();
    await expectNoViolations(page);
  }
});

test('an annotation explains itself when focused, within the screen on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('articles/zelensky-izium/');
  const claims = page.locator('.ann.claim[tabindex="0"]');
  expect(await claims.count()).toBeGreaterThan(3);
  for (const claim of (await claims.all()).slice(0, 6)) {
    await claim.focus();
    const tip = claim.locator(':scope > .tip');
    await expect(tip).toBeVisible();
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
  }
});

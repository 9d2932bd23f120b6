import { expect, test } from '@playwright/test';

test('a draft page labels every claim, event and figure as machine-extracted', async ({ page }) => {
  await page.goto('articles/zelensky-izium/');
  await expect(page.getByText(/^Draft: the claims, events and figures marked on this page were found by the extractor/)).toBeVisible();
  const panel = page.getByRole('complementary', { name: 'Annotations in this article' });
  const count = async (name: string) => Number(/\((\d+)\)/.exec(await panel.getByRole('heading', { name: new RegExp(`^${name} \\(`) }).innerText())![1]);
  const items = (await count('Claims')) + (await count('Events')) + (await count('Figures'));
  expect(items).toBeGreaterThan(10);
  await expect(panel.getByText('machine-extracted', { exact: true })).toHaveCount(items);
});

// The three generated sections, read as a reader would: first as the HTML arrives (no
// JavaScript), then with the scripts that add filters, sorting and the unit switch.
import { expect, test, type Page } from '@playwright/test';

const eventItem = (page: Page, when: string) => page.locator('.tl-event').filter({ has: page.locator('.tl-when', { hasText: new RegExp(`^${when}$`) }) });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the timeline lists dated events in words, each linked to its sentence and naming its outlet', async ({ page }) => {
    await page.goto('timeline/');
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
    await expect(page.getByRole('img', { name: /when the events happened/i })).toBeVisible();

    const melitopol = eventItem(page, 'early March 2022');
    await expect(melitopol).toContainText('Melitopol');
    await expect(melitopol).toContainText('The Sun');
    const offensive = eventItem(page, '5–11 September 2022');
    await expect(offensive).toContainText('6,000 square kilometres');
    await expect(eventItem(page, '14 September 2022')).toContainText('Lyman');

    // The filters need JavaScript, so without it they stay out of the way.
    await expect(page.getByRole('form', { name: 'Filter events' })).toBeHidden();

    const link = melitopol.locator('.tl-what a');
    await expect(link).toHaveAttribute('href', /\/articles\/zelensky-izium\/#s\d+$/);
    await link.click();
    await expect(page).toHaveURL(/\/articles\/zelensky-izium\/#s\d+$/);
    const anchor = new URL(page.url()).hash;
    await expect(page.locator(anchor)).toContainText('Melitopol');
  });

  test('each month has its own page', async ({ page }) => {
    await page.goto('timeline/');
    await page.getByRole('navigation', { name: 'Months' }).getByRole('link', { name: 'September 2022' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /September 2022/ })).toBeVisible();
    await expect(eventItem(page, '5–11 September 2022')).toBeVisible();
    await expect(page.locator('.tl-when', { hasText: 'March 2022' })).toHaveCount(0);
  });

  test('the claims table lists attributed claims with their confirmations, both ways', async ({ page }) => {
    await page.goto('claims/');
    const table = page.getByRole('table', { name: /claims/i });
    await expect(table).toBeVisible();
    for (const name of ['Claim', 'Who', 'When', 'Status', 'Confirmations and disputes']) {
      await expect(table.getByRole('columnheader', { name })).toBeVisible();
    }
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(10);
    await expect(table.getByRole('rowheader').first()).toBeVisible();

    // Every claim links to its sentence in its article.
    const href = await rows.first().getByRole('rowheader').getByRole('link').getAttribute('href');
    expect(href).toMatch(/\/articles\/[a-z0-9-]+\/#s\d+$/);

    // A confirmation shows what it confirms, and the confirmed claim shows who confirmed it.
    const confirming = rows.filter({ hasText: 'Confirms a claim by' }).first();
    await expect(confirming.locator('.badge:not(.machine)')).toHaveText('confirmed');
    const confirmer = confirming.getByRole('rowheader');
    await confirming.locator('.refs a').first().click();
    await expect(page).toHaveURL(/\/claims\/#claim-[a-z0-9-]+--c\d+$/);
    const confirmed = page.locator('tbody tr:target');
    await expect(confirmed).toContainText('Confirmed by');
    await expect(confirmed.locator('.refs')).toContainText((await confirmer.innerText()).slice(0, 40));

    await expect(page.getByRole('table', { name: /summary by claimant/i })).toBeVisible();
  });

  test('the claims page describes each claim as ClaimReview JSON-LD that cannot break out of its script', async ({ page }) => {
    await page.goto('claims/');
    const scripts = page.locator('script[type="application/ld+json"]');
    await expect(scripts).toHaveCount(1);
    const raw = (await scripts.textContent()) ?? '';
    expect(raw).not.toContain('<');
    const data = JSON.parse(raw);
    const rows = await page.getByRole('table', { name: /claims/i }).locator('tbody tr').count();
    const reviews = data['@graph'].filter((node: { '@type': string }) => node['@type'] === 'ClaimReview');
    expect(reviews).toHaveLength(rows);
    expect(reviews[0]).toMatchObject({ '@type': 'ClaimReview', itemReviewed: { '@type': 'Claim' }, reviewRating: { '@type': 'Rating' } });
  });

  test('the figures page draws the 6,000 km² claim against Devon and the half-the-size-of-Wales gloss in SVG', async ({ page, request }) => {
    const html = await (await request.get('figures/')).text();
    expect(html).toMatch(/<svg[^>]*role="img"/);

    await page.goto('figures/');
    const chart = page.getByRole('img', { name: /reported areas, with the areas they were compared with/i });
    await expect(chart).toHaveCount(1);
    await expect(chart).toBeVisible();
    const bars = chart.locator('.bar');
    await expect(bars.filter({ hasText: 'reference: Devon' })).toHaveCount(1);
    await expect(bars.filter({ hasText: 'reference: Wales' })).toHaveCount(1);
    await expect(bars.filter({ hasText: /Ukraine, 14 Sep 2022, “an area the size of Devon”/ })).toContainText('6,000 km²');
    await expect(bars.filter({ hasText: /half the size of Wales/ })).toContainText('The Sun');

    // The data table beside the chart, and the square-mile version waiting in a disclosure.
    const table = page.getByRole('table', { name: /reported and reference areas/i });
    await expect(table.getByRole('row').filter({ hasText: 'half the size of Wales' })).toBeVisible();
    await expect(page.getByText('The same chart in square miles').first()).toBeVisible();
    await expect(page.getByRole('form', { name: 'Units' })).toBeHidden();
    await expect(page.getByRole('table', { name: /distances reported/i })).toContainText('Lyman');
  });

  test('the downloads return CSV and JSON', async ({ page, request }) => {
    await page.goto('figures/');
    const csvHref = await page.getByRole('link', { name: 'CSV' }).first().getAttribute('href');
    const csv = await request.get(csvHref!);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toBe('key,kind,label,km2,sq_mi,reported_by,date,comparison,url');
    expect(lines.some((l) => l.startsWith('reference:Devon,reference,Devon,'))).toBe(true);

    const events = await request.get('data/events.json');
    expect(events.headers()['content-type']).toContain('application/json');
    const list = (await events.json()) as { when: string; summary: string; url: string }[];
    expect(list.find((e) => e.when === 'early March 2022')?.summary).toContain('Melitopol');
    expect(list.every((e) => /\/articles\/[a-z0-9-]+\/#s\d+$/.test(e.url))).toBe(true);

    const claims = await (await request.get('data/claims.csv')).text();
    expect(claims.split('\n')[0]).toMatch(/^key,claim,by,kind,verb,status/);
    const figures = (await (await request.get('data/figures.json')).json()) as { unit: string }[];
    expect(figures.some((f) => f.unit === 'reference:Wales')).toBe(true);
  });
});

test.describe('with JavaScript', () => {
  test('the timeline filters by place and by actor, and shows all again', async ({ page }) => {
    await page.goto('timeline/');
    const events = page.locator('.tl-event');
    const total = await events.count();
    const form = page.getByRole('form', { name: 'Filter events' });
    await expect(form).toBeVisible();

    await form.getByLabel('Place').selectOption('Melitopol');
    await expect(page.getByRole('status')).toHaveText(/^Showing \d+ of \d+ events\.$/);
    await expect(events.filter({ visible: true })).not.toHaveCount(total);
    for (const item of await events.filter({ visible: true }).all()) await expect(item).toContainText('Melitopol');
    await expect(eventItem(page, 'early March 2022')).toBeVisible();
    await expect(eventItem(page, '5–11 September 2022')).toBeHidden();
    await expect(page).toHaveURL(/\?place=Melitopol$/);

    await form.getByRole('button', { name: 'Show all' }).click();
    await expect(events.filter({ visible: true })).toHaveCount(total);

    await form.getByLabel('Actor').selectOption('Serhiy Hayday');
    await expect(eventItem(page, '14 September 2022')).toBeVisible();
    await expect(eventItem(page, 'early March 2022')).toBeHidden();
  });

  test('the claims table sorts by a column and filters by status', async ({ page }) => {
    await page.goto('claims/');
    const table = page.getByRole('table', { name: /claims/i });
    const who = table.getByRole('columnheader', { name: /who/i });
    await who.getByRole('button').click();
    await expect(who).toHaveAttribute('aria-sort', 'ascending');
    const claimants = async () => (await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.by ?? '')));
    const ascending = await claimants();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'en')));
    await who.getByRole('button').click();
    await expect(who).toHaveAttribute('aria-sort', 'descending');
    expect(await claimants()).toEqual([...ascending].reverse());

    await page.getByLabel('Status').selectOption('confirmed');
    await expect(page.getByRole('status')).toHaveText(/^Showing \d+ of \d+ claims on this page\.$/);
    const shown = table.locator('tbody tr').filter({ visible: true });
    expect(await shown.count()).toBeGreaterThan(0);
    for (const badge of await shown.locator('.badge:not(.machine)').all()) await expect(badge).toHaveText('confirmed');

    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Words or claimant').fill('Hayday');
    for (const row of await shown.all()) await expect(row).toContainText('Hayday');
  });

  test('the claims table labels machine-extracted claims and can show only reviewed ones', async ({ page }) => {
    await page.goto('claims/');
    const table = page.getByRole('table', { name: /claims/i });
    const rows = table.locator('tbody tr');
    const unreviewed = await rows.filter({ hasText: 'machine-extracted' }).count();
    expect(unreviewed).toBeGreaterThan(0);
    await page.getByLabel('Only reviewed by an editor').check();
    await expect(rows.filter({ visible: true })).toHaveCount((await rows.count()) - unreviewed);
  });

  test('the figures page switches between km² and square miles', async ({ page }) => {
    await page.goto('figures/');
    const inKm2 = page.getByRole('figure', { name: 'Reported areas, with the areas they were compared with, in km²' });
    const inSqMi = page.getByRole('figure', { name: 'Reported areas, with the areas they were compared with, in square miles' });
    await expect(inKm2).toContainText('6,000 km²');
    await expect(inSqMi).toBeHidden();
    await page.getByRole('radio', { name: /square miles/ }).check();
    await expect(inSqMi).toContainText('2,317 sq mi');
    await expect(inKm2).toBeHidden();
    await page.getByRole('radio', { name: /square kilometres/ }).check();
    await expect(inKm2).toBeVisible();
    await expect(inSqMi).toBeHidden();
  });
});

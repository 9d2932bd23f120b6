/**
 * Print: every page type printed to PDF (with the reader in dark mode) and read back with
 * pdftotext and pdftoppm. On paper: no navigation, search or toggles; a header saying what and
 * when; a footer with the source and the page's address; link targets after links, as absolute
 * addresses; light colours; tables and charts that do not break inside, with repeating headers.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from './pageTypes';

const scratch = mkdtempSync(join(tmpdir(), 'print-'));
const squash = (s: string) => s.replace(/\s+/g, '');

/** The text of each PDF page, as pdftotext reads it. */
function pdfPages(pdf: string): string[] {
  return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
}

/** Mean brightness (0–255) of the first page, rendered small. */
function firstPageBrightness(pdf: string): number {
  const out = join(scratch, `${Date.now()}-${Math.random()}`);
  execFileSync('pdftoppm', ['-r', '20', '-f', '1', '-l', '1', '-singlefile', pdf, out]);
  const ppm = readFileSync(`${out}.ppm`);
  const header = ppm.subarray(0, 20).toString('latin1').match(/^P6\s+\d+\s+\d+\s+255\s/)!;
  const pixels = ppm.subarray(header[0].length);
  let sum = 0;
  for (const b of pixels) sum += b;
  return sum / pixels.length;
}

async function printToPdf(page: Page, name: string): Promise<string> {
  const pdf = join(scratch, `${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  return pdf;
}

for (const type of PAGE_TYPES) {
  test(`${type.name} page prints cleanly, in light colours, with what, when, source and address`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    const res = await page.goto(type.path);
    expect(res?.status()).toBe(type.status);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const title = (await page.title()).split(' · ')[0]!;
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href', { timeout: 1000 }).catch(() => null);

    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    // Navigation, search and toggles are not on paper.
    const controls = await page.locator('nav, form, button, input, select, [role="search"]').evaluateAll((els) =>
      els.filter((e) => e.checkVisibility()).map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(controls).toEqual([]);
    const header = await page.locator('.print-header').innerText();
    // Where the printed links go, as absolute addresses on the site's public origin. (Text in table
    // cells comes out of pdftotext interleaved by column, so there the printed content is checked;
    // links inside charts print no target: the chart's table has them.)
    const links = await page.locator('main a[href]:visible, footer a[href]:visible').evaluateAll((all) => {
      const origin = JSON.parse(getComputedStyle(document.documentElement).getPropertyValue('--site-origin')) as string;
      return all
        .filter((a) => !a.classList.contains('bare-url') && !a.closest('.ann, .s, svg') && !a.getAttribute('href')!.startsWith('#'))
        .map((a) => ({ url: new URL(a.getAttribute('href')!, origin).href, inTable: !!a.closest('table'), after: getComputedStyle(a, '::after').content }));
    });
    const pages = pdfPages(await printToPdf(page, type.name));
    const text = squash(pages.join('\n'));

    for (const absent of ['Skip to content', 'Dark mode', 'Follow new articles', 'Articles Timeline Claims Figures Search']) {
      expect(text).not.toContain(squash(absent));
    }

    // Header: what and when; footer: the source (articles) and the page's address.
    expect(header).toContain(title);
    expect(header).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(squash(pages[0]!).startsWith(squash(header))).toBe(true);
    if (type.name === 'article') expect(text).toContain(squash('Source: The Sun, 14 September 2022'));
    expect(text).toMatch(/Printedfromhttps?:\/\//);
    if (canonical) expect(text).toContain(squash(`Printed from ${canonical}`));

    // Link targets are printed after the links.
    const printed = links.filter((l) => l.after !== 'none'); // a page may leave out targets it repeats
    if (links.length > 0) expect(printed.length).toBeGreaterThan(0);
    for (const { url, inTable, after } of printed) {
      if (inTable) expect(after).toMatch(/^"<https?:\/\//);
      else expect(text).toContain(squash(`<${url}>`));
    }

    // Dark mode prints light.
    expect(firstPageBrightness(join(scratch, `${type.name}.pdf`))).toBeGreaterThan(200);
  });

  test(`${type.name} page: tables and charts keep together on paper and table headers repeat`, async ({ page }) => {
    await page.goto(type.path);
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => ({
      rows: [...document.querySelectorAll('main tr')].map((e) => getComputedStyle(e).breakInside),
      charts: [...document.querySelectorAll('main svg, main figure')].map((e) => getComputedStyle(e).breakInside),
      heads: [...document.querySelectorAll('main thead')].map((e) => getComputedStyle(e).display),
    }));
    for (const b of [...styles.rows, ...styles.charts]) expect(b).toBe('avoid');
    for (const d of styles.heads) expect(d).toBe('table-header-group');

    // Where a table runs over several sheets, each sheet after its start shows the column headers.
    const tables = await page.locator('main table').evaluateAll((ts) =>
      ts.map((t) => ({
        heads: [...t.querySelectorAll('thead th')].map((th) => th.textContent ?? ''),
        rows: [...t.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('th, td')?.textContent ?? ''),
      })),
    );
    const pages = pdfPages(await printToPdf(page, `${type.name}-tables`)).map(squash);
    for (const { heads, rows } of tables) {
      const keys = rows.map(squash).filter((k) => k.length >= 4);
      const start = pages.findIndex((p) => heads.every((h) => p.includes(squash(h))));
      if (start < 0 || heads.length === 0) continue;
      pages.forEach((p, i) => {
        if (i > start && keys.some((k) => p.includes(k))) for (const h of heads) expect(p, `sheet ${i + 1} repeats “${h}”`).toContain(squash(h));
      });
    }
  });
}

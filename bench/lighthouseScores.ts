/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) for pages of a served site,
 * in Debian's Chromium: chrome-launcher is given its path and never fetches a browser. Each page
 * is audited `runs` times and the median score of each category kept (performance varies most).
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../e2e/chromiumPath.mjs';
import { median } from './median';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number>;

const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-default-apps', '--disable-extensions',
];

export async function lighthouseScores(urls: string[], runs: number): Promise<Map<string, Scores>> {
  const chromePath = chromiumPath();
  if (!chromePath) throw new Error('lighthouse: no Chromium found (install Debian\'s chromium or set CHROMIUM_PATH)');
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS });
  const scores = new Map<string, Scores>();
  try {
    for (const url of urls) {
      const samples: Scores[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error(`lighthouse: no result for ${url}`);
        if (result.lhr.runtimeError) throw new Error(`lighthouse: ${url}: ${result.lhr.runtimeError.message}`);
        const c = result.lhr.categories;
        samples.push(Object.fromEntries(CATEGORIES.map((k) => [k, Math.round((c[k]?.score ?? 0) * 100)])) as Scores);
      }
      scores.set(url, Object.fromEntries(CATEGORIES.map((k) => [k, median(samples.map((s) => s[k]))])) as Scores);
    }
  } finally {
    chrome.kill();
  }
  return scores;
}

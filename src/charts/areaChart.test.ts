import { describe, expect, it } from 'vitest';
import { areaChart, type AreaBar } from './areaChart';
import { expectGolden } from './expectGolden';
import { AREA_BARS } from './fixtures';

const OPTS = { unit: 'km2' as const, title: 'Areas reported', description: 'Reported areas with references for scale.' };

function rows(svg: string): string[] {
  return [...svg.matchAll(/<g class="bar [^"]*" data-id="([^"]+)"/g)].map((m) => m[1]!);
}

describe('areaChart', () => {
  it('matches the golden SVG', () => {
    expectGolden('areaChart.svg', areaChart(AREA_BARS, OPTS));
  });

  it('is deterministic and has the accessible root', () => {
    const svg = areaChart(AREA_BARS, OPTS);
    expect(areaChart(AREA_BARS, OPTS)).toBe(svg);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 720 \d+(\.\d)?" role="img" aria-labelledby="areas-reported-title areas-reported-desc" class="chart chart-area"/);
    expect(svg).toMatch(/^<svg[^>]*>\n<title id="areas-reported-title">Areas reported<\/title>\n<desc id="areas-reported-desc">/);
    expect(svg).not.toMatch(/<svg[^>]* (width|height)=/);
  });

  it('sorts bars by size, largest first, references included', () => {
    expect(rows(areaChart(AREA_BARS, OPTS))).toEqual(['r1', 'f1', 'r2', 'f2', 'f3']);
  });

  it('labels who reported, when and the comparison; values with separators', () => {
    const svg = areaChart(AREA_BARS, OPTS);
    expect(svg).toContain('Land under water — Relief agency, 9 Mar 2024, “about the size of a small county”');
    expect(svg).toContain('>4,200 km²</text>');
    expect(svg).toContain('>311 km²</text>'); // ≥ 100 rounds to whole units
    expect(svg).toContain('>5,000 km²</text>'); // an axis tick
  });

  it('draws reference bars distinctly and labels them "reference"', () => {
    const svg = areaChart(AREA_BARS, OPTS);
    const ref = /<g class="bar bar-reference" data-id="r1">.*?<\/g>/.exec(svg)?.[0] ?? '';
    expect(ref).toContain('reference: Devon');
    expect(ref).toMatch(/fill="url\(#areas-reported-hatch\)"/);
    expect(ref).toContain('stroke="var(--chart-ref, #666)"');
    const reported = /<g class="bar bar-reported" data-id="f2">.*?<\/g>/.exec(svg)?.[0] ?? '';
    expect(reported).toContain('fill="var(--chart-bar, #2b6cb0)"');
    expect(reported).not.toContain('hatch');
  });

  it('escapes labels taken from article text', () => {
    const bars: AreaBar[] = [{ id: 'x"1', label: 'Zone <script>alert("x")</script> & more', km2: 10, kind: 'reported', reportedBy: "O'Brien" }];
    const svg = areaChart(bars, OPTS);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('Zone &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more — O&#39;Brien');
    expect(svg).toContain('data-id="x&quot;1"');
  });

  it('wraps reported bars with a safe href in a link, and drops unsafe ones', () => {
    const svg = areaChart([...AREA_BARS, { id: 'bad', label: 'Bad link', km2: 5, kind: 'reported', href: 'javascript:alert(1)' }], OPTS);
    expect(svg).toContain('<a href="/articles/floods#s4"><g class="bar bar-reported" data-id="f1">');
    expect(svg).not.toContain('javascript');
    expect(svg).toContain('<g class="bar bar-reported" data-id="bad">');
  });

  it('converts to square miles', () => {
    const svg = areaChart([{ id: 'a', label: 'Square', km2: 2589.99, kind: 'reported' }], { ...OPTS, unit: 'sq_mi' });
    expect(svg).toContain('>1,000 sq mi</text>');
    expect(svg).not.toContain('km²');
  });

  it('aggregates above maxBars: keeps references, shows the largest, summarises the rest', () => {
    const many: AreaBar[] = [];
    for (let i = 0; i < 5000; i++) {
      many.push({ id: `m${i}`, label: `Figure ${i} with a fairly long label from some article`, km2: 10 + ((i * 7919) % 9000), kind: 'reported', reportedBy: `Source ${i % 50}`, date: '2024-01-02' });
    }
    for (let i = 0; i < 300; i++) many.push({ id: `d${i}`, label: 'Devon', km2: 6707, kind: 'reference' });
    const svg = areaChart(many, { ...OPTS, maxBars: 30 });
    expect(svg.length).toBeLessThan(60_000);
    const ids = rows(svg);
    expect(ids).toHaveLength(29);
    expect(ids.filter((i) => i.startsWith('d'))).toEqual(['d0']); // references de-duplicated, kept
    expect(svg).toContain('<g class="bar-summary">');
    expect(svg).toContain('4,972 more reported figures from 50 sources');
    expect(svg.length).toBeLessThan(areaChart(many.slice(0, 200), { ...OPTS, maxBars: 1000 }).length);
  });

  it('returns a short "no data" chart with title and description for empty input', () => {
    const svg = areaChart([], OPTS);
    expect(svg.length).toBeLessThan(600);
    expect(svg).toContain('<title id="areas-reported-title">Areas reported</title>');
    expect(svg).toContain('<desc id="areas-reported-desc">');
    expect(svg).toContain('No data');
  });

  it('uses the id option for ids and respects width', () => {
    const svg = areaChart(AREA_BARS, { ...OPTS, id: 'fig-2', width: 500 });
    expect(svg).toContain('aria-labelledby="fig-2-title fig-2-desc"');
    expect(svg).toContain('viewBox="0 0 500 ');
    expect(svg).toContain('id="fig-2-hatch"');
  });
});

import { describe, expect, it } from 'vitest';
import { expectGolden } from './expectGolden';
import { figuresOverTime, type TimePoint } from './figuresOverTime';
import { TIME_POINTS } from './fixtures';

const OPTS = { unit: 'km2' as const, title: 'Figures over time', description: 'Reported areas by date and source.' };

function seriesNames(svg: string): string[] {
  return [...svg.matchAll(/<g class="series series-(\w+)" data-series="([^"]*)"/g)].map((m) => `${m[1]}:${m[2]}`);
}

describe('figuresOverTime', () => {
  it('matches the golden SVG', () => {
    expectGolden('figuresOverTime.svg', figuresOverTime(TIME_POINTS, OPTS));
  });

  it('has the accessible root and is deterministic', () => {
    const svg = figuresOverTime(TIME_POINTS, OPTS);
    expect(svg).toBe(figuresOverTime([...TIME_POINTS].reverse(), OPTS));
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="figures-over-time-title figures-over-time-desc" class="chart chart-over-time"/);
    expect(svg).not.toMatch(/<svg[^>]* (width|height)=/);
  });

  it('draws one series per reporter, most figures first, each with its own shape and a legend entry', () => {
    const svg = figuresOverTime(TIME_POINTS, OPTS);
    expect(seriesNames(svg)).toEqual(['circle:Army spokesperson', 'square:Research institute', 'triangle:The Daily Example']);
    expect(svg).toContain('>Army spokesperson (3)</text>');
    expect(svg).toContain('>The Daily Example (1)</text>');
    expect(svg.match(/<use href="#figures-over-time-m0"/g)).toHaveLength(4); // 3 dots + legend
  });

  it('draws day ticks (year on the first), y ticks with separators and unit', () => {
    const svg = figuresOverTime(TIME_POINTS, OPTS);
    expect(svg).toContain('>12 Feb 2024</text>');
    expect(svg).toContain('>26 Feb</text>');
    expect(svg).toContain('>5,000 km²</text>');
  });

  it('switches to month ticks like "Sep 2022" over longer spans', () => {
    const pts = [0, 3, 6, 9, 12].map((m) => ({ date: `${2022 + Math.floor((8 + m) / 12)}-${String(((8 + m) % 12) + 1).padStart(2, '0')}-01`, km2: 100 + m, reportedBy: 'A', label: 'a' }));
    const svg = figuresOverTime(pts, OPTS);
    expect(svg).toContain('>Sep 2022</text>');
    expect(svg).not.toMatch(/>\d{1,2} [A-Z][a-z]{2}</);
  });

  it('links dots with a safe href and escapes labels', () => {
    const pts: TimePoint[] = [...TIME_POINTS, { date: '2024-03-01', km2: 10, reportedBy: 'A <b>source</b>', label: 'x & y', href: 'data:text/html,hi' }];
    const svg = figuresOverTime(pts, OPTS);
    expect(svg).toContain('<a href="/articles/a#s2">');
    expect(svg).not.toContain('data:text');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('A &lt;b&gt;source&lt;/b&gt;');
    expect(svg).toContain('x &amp; y');
  });

  it('converts to square miles', () => {
    const svg = figuresOverTime([{ date: '2024-01-01', km2: 25899.9, reportedBy: 'A', label: 'a' }], { ...OPTS, unit: 'sq_mi' });
    expect(svg).toContain('10,000 sq mi');
    expect(svg).not.toContain('km²');
  });

  it('merges reporters beyond maxSeries into "others" without a line', () => {
    const pts: TimePoint[] = [];
    for (let r = 0; r < 20; r++) for (let k = 0; k <= r; k++) pts.push({ date: `2024-0${1 + (k % 9)}-15`, km2: 100 * (k + 1), reportedBy: `Source ${String(r).padStart(2, '0')}`, label: 'f' });
    const svg = figuresOverTime(pts, { ...OPTS, maxPoints: 10_000 });
    const names = seriesNames(svg);
    expect(names).toHaveLength(12);
    expect(names[0]).toBe('circle:Source 19');
    expect(names[11]).toBe('cross:others (9 sources)');
    const others = /<g class="series series-cross" data-series="others[^>]*>(.*?)<\/g>\n/.exec(svg)?.[1] ?? '';
    expect(others).not.toContain('<path d=');
  });

  it('thins thousands of points to at most maxPoints marks and stays small', () => {
    const pts: TimePoint[] = [];
    for (let i = 0; i < 8000; i++) {
      const day = new Date(Date.UTC(2023, 0, 1) + ((i * 7919) % 700) * 86_400_000).toISOString().slice(0, 10);
      pts.push({ date: day, km2: 10 + ((i * 104_729) % 20_000), reportedBy: `Source ${i % 40}`, label: `figure ${i}` });
    }
    const svg = figuresOverTime(pts, { ...OPTS, maxPoints: 300 });
    expect(svg.match(/<use href=/g)!.length).toBeLessThanOrEqual(300 + 12);
    expect(svg).toMatch(/figures in [A-Z][a-z]{2} 20\d\d, largest/);
    expect(svg.length).toBeLessThan(120_000);
  });

  it('skips points without a usable date and returns "no data" when nothing is left', () => {
    const svg = figuresOverTime([{ date: 'last week', km2: 5, reportedBy: 'A', label: 'a' }], OPTS);
    expect(svg).toContain('No data');
    expect(svg).toContain('<title id="figures-over-time-title">Figures over time</title>');
    expect(svg.length).toBeLessThan(600);
  });
});

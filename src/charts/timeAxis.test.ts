import { describe, expect, it } from 'vitest';
import { expectGolden } from './expectGolden';
import { AXIS_EVENTS } from './fixtures';
import { textWidth } from './textWidth';
import { timeAxis, type AxisEvent } from './timeAxis';

const OPTS = { title: 'When things happened', description: 'Events on a time axis.' };

function lanesOf(svg: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of svg.matchAll(/data-id="([^"]+)"><title>[^<]*<\/title><(?:circle cx="[\d.]+" cy|rect x="[\d.]+" y)="([\d.]+)"/g)) out.set(m[1]!, Number(m[2]));
  return out;
}

function day(offset: number): string {
  return new Date(Date.UTC(2023, 0, 2) + offset * 86_400_000).toISOString().slice(0, 10);
}

describe('timeAxis', () => {
  it('matches the golden SVG', () => {
    expectGolden('timeAxis.svg', timeAxis(AXIS_EVENTS, OPTS));
  });

  it('has the accessible root and is deterministic whatever the input order', () => {
    const svg = timeAxis(AXIS_EVENTS, OPTS);
    expect(svg).toBe(timeAxis([...AXIS_EVENTS].reverse(), OPTS));
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="when-things-happened-title when-things-happened-desc" class="chart chart-time-axis"/);
  });

  it('draws ranges as bars and single days as dots, with month ticks', () => {
    const svg = timeAxis(AXIS_EVENTS, OPTS);
    expect(svg).toMatch(/<g class="event event-range" data-id="e1"><title>Week of heavy rain \(5 Feb 2024 – 11 Feb 2024\)<\/title><rect /);
    expect(svg).toMatch(/<g class="event event-day" data-id="e2"><title>Dam breached \(8 Feb 2024\)<\/title><circle /);
    expect(svg).toContain('>Feb 2024</text>');
    expect(svg).toContain('>Mar 2024</text>');
  });

  it('puts overlapping events in different lanes and reuses lanes when free', () => {
    const lanes = lanesOf(timeAxis(AXIS_EVENTS, OPTS));
    expect(lanes.size).toBe(6);
    const e1 = lanes.get('e1');
    expect(lanes.get('e2')).not.toBe(e1);
    expect(lanes.get('e3')).not.toBe(lanes.get('e2'));
    expect(lanes.get('e4')).toBe(lanes.get('e5')); // January and late March sit far apart
  });

  it('links events with safe hrefs and escapes labels', () => {
    const ev: AxisEvent[] = [...AXIS_EVENTS, { id: 'z', start: '2024-02-20', end: '2024-02-20', label: '<img src=x onerror=alert(1)>', href: ' JavaScript:alert(1)' }];
    const svg = timeAxis(ev, OPTS);
    expect(svg).toContain('<a href="/articles/a#s3"><g class="event event-day" data-id="e2">');
    expect(svg).not.toMatch(/javascript/i);
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('switches to a weekly density strip above maxEvents', () => {
    const ev: AxisEvent[] = [];
    for (let i = 0; i < 1200; i++) ev.push({ id: `x${i}`, start: day((i * 37) % 300), end: day(((i * 37) % 300) + (i % 10 === 0 ? 6 : 0)), label: `event ${i}` });
    const svg = timeAxis(ev, OPTS);
    expect(svg).toContain('<g class="density"');
    expect(svg).not.toContain('class="event');
    expect(svg).toContain('1,200 events; bar height = events per week');
    expect(svg).toMatch(/<title>\d+ events, week of \d{1,2} [A-Z][a-z]{2} 2023<\/title>/);
    expect(svg.length).toBeLessThan(30_000);
  });

  it('keeps a label inside the chart when its mark spans nearly the whole axis', () => {
    const ev: AxisEvent[] = [
      { id: 'long', start: '2023-02-15', end: '2023-12-20', label: 'The blockade of the northern ports, which lasted most of the year' },
      { id: 'whole', start: '2023-01-01', end: '2023-12-24', label: 'A year of shortages' },
      { id: 'end', start: '2023-12-31', end: '2023-12-31', label: 'Year end' },
    ];
    const svg = timeAxis(ev, OPTS);
    const width = Number(svg.match(/viewBox="0 0 (\d+)/)![1]);
    for (const [, x, anchor, text] of svg.matchAll(/<text x="([\d.-]+)" y="[\d.]+"( text-anchor="end")? fill="[^"]+">([^<]*)<\/text>/g)) {
      const w = textWidth(text!);
      const [from, to] = anchor ? [Number(x) - w, Number(x)] : [Number(x), Number(x) + w];
      expect(from, text).toBeGreaterThanOrEqual(0);
      expect(to, text).toBeLessThanOrEqual(width);
    }
    // Shortened to the room left of its bar; the bar spanning the whole axis has no room for a label.
    expect(svg).toMatch(/text-anchor="end" fill="[^"]+">The [^<]*…<\/text>/);
    expect(svg).not.toMatch(/>A year[^<]*<\/text>/);
    expect(svg).toContain('<title>A year of shortages');
  });

  it('counts a range in every week it touches', () => {
    const ev: AxisEvent[] = [{ id: 'r', start: '2023-01-02', end: '2023-01-15', label: 'two weeks' }];
    for (let i = 0; i < 3; i++) ev.push({ id: `d${i}`, start: '2023-03-01', end: '2023-03-01', label: 'day' });
    const svg = timeAxis(ev, { ...OPTS, maxEvents: 2 });
    expect(svg).toContain('<title>1 event, week of 2 Jan 2023</title>');
    expect(svg).toContain('<title>1 event, week of 9 Jan 2023</title>');
    expect(svg).toContain('<title>3 events, week of 27 Feb 2023</title>');
    expect(svg).not.toContain('week of 16 Jan 2023');
  });

  it('drops labels rather than growing past maxLanes', () => {
    const ev: AxisEvent[] = [];
    for (let i = 0; i < 40; i++) ev.push({ id: `s${i}`, start: day(i % 4), end: day(i % 4), label: `Something happened number ${i}` });
    const svg = timeAxis(ev, { ...OPTS, maxLanes: 10 });
    expect(svg).toContain('class="event event-day"');
    expect(svg).not.toContain('>Something happened number 1</text>');
    expect(svg).toContain('<title>Something happened number 1 (');
  });

  it('returns "no data" for empty input or unparseable dates', () => {
    for (const ev of [[], [{ id: 'a', start: 'soon', end: 'later', label: 'x' }]]) {
      const svg = timeAxis(ev, OPTS);
      expect(svg).toContain('No data');
      expect(svg).toContain('<desc id="when-things-happened-desc">Events on a time axis.</desc>');
    }
  });
});

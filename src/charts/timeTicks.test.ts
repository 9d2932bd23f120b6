import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { textWidth, truncate } from './textWidth';
import { tickAnchor, tickAnchors } from './tickAnchor';
import { timeTicks } from './timeTicks';

const scale = (a: string, b: string, width = 600) => scaleUtc().domain([new Date(a), new Date(b)]).range([0, width]);

describe('timeTicks', () => {
  it('uses months over a year, spaced apart', () => {
    const ticks = timeTicks(scale('2022-01-01', '2023-01-01'), 80);
    expect(ticks.map((t) => t.label)).toEqual(['Jan 2022', 'Mar 2022', 'May 2022', 'Jul 2022', 'Sep 2022', 'Nov 2022', 'Jan 2023']);
  });
  it('uses Monday ticks over a few weeks, with the year on the first', () => {
    const labels = timeTicks(scale('2023-12-20', '2024-01-20'), 80).map((t) => t.label);
    expect(labels).toEqual(['25 Dec 2023', '1 Jan 2024', '8 Jan', '15 Jan']);
  });
  it('can be forced to months', () => {
    expect(timeTicks(scale('2024-01-01', '2024-03-15'), 80, 28).map((t) => t.label)).toEqual(['Jan 2024', 'Feb 2024', 'Mar 2024']);
  });
  it('uses years over decades', () => {
    expect(timeTicks(scale('2000-01-01', '2020-06-01'), 80).every((t) => /^\d{4}$/.test(t.label))).toBe(true);
  });
});

describe('text layout', () => {
  it('truncates with an ellipsis to fit', () => {
    const out = truncate('A rather long label that will not fit', 100);
    expect(out.endsWith('…')).toBe(true);
    expect(textWidth(out)).toBeLessThanOrEqual(100);
    expect(truncate('short', 100)).toBe('short');
  });
  it('anchors edge labels inwards', () => {
    expect(tickAnchor(2, 'Jan 2024', 0, 600)).toBe('start');
    expect(tickAnchor(598, 'Jan 2024', 0, 600)).toBe('end');
    expect(tickAnchor(300, 'Jan 2024', 0, 600)).toBe('middle');
  });
  it('leaves out a label that would run into the one before it, and only that one', () => {
    // "Feb 2024" at the edge is shifted right, into the space of "Mar 2024" 60 px on
    const ticks = [{ x: 2, label: 'Feb 2024' }, { x: 62, label: 'Mar 2024' }, { x: 150, label: 'Apr 2024' }, { x: 598, label: 'Dec 2024' }];
    expect(tickAnchors(ticks, 0, 600)).toEqual(['start', null, 'middle', 'end']);
  });
});

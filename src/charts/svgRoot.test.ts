import { describe, expect, it } from 'vitest';
import { chartId, chartWidth, svgRoot } from './svgRoot';

describe('chartId', () => {
  it('slugs the title or the id option', () => {
    expect(chartId('Territory reported (km²), 2024')).toBe('territory-reported-km2-2024');
    expect(chartId('x', 'Figure 2')).toBe('figure-2');
    expect(chartId('2024 areas')).toBe('chart-2024-areas');
    expect(chartId('«»')).toBe('chart');
  });
});

describe('svgRoot', () => {
  it('puts an escaped title and desc first and sets no width/height', () => {
    const svg = svgRoot({ id: 'c', title: 'A & B', description: '<d>', width: 300.04, height: 100, body: '' });
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100" role="img" aria-labelledby="c-title c-desc" class="chart" font-family="inherit" font-size="12">\n' +
        '<title id="c-title">A &amp; B</title>\n<desc id="c-desc">&lt;d&gt;</desc>\n</svg>\n',
    );
  });
  it('clamps widths', () => {
    expect(chartWidth(undefined)).toBe(720);
    expect(chartWidth(50)).toBe(320);
    expect(chartWidth(Number.NaN)).toBe(720);
  });
});

import { extent, max } from 'd3-array';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { utcDay, utcMonth, utcWeek, utcYear, type CountableTimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { escapeXml } from './escapeXml';
import { formatArea, formatNumber, toUnit, unitSymbol, type AreaUnit } from './formatNumber';
import { parseDay } from './parseDay';
import { px } from './px';
import { safeHref } from './safeHref';
import { markerDef, markerUse, roundPath, seriesStyle } from './seriesStyle';
import { GRID_STROKE, MUTED_FILL, TEXT_FILL, chartId, chartWidth, noDataChart, svgRoot } from './svgRoot';
import { textWidth, truncate } from './textWidth';
import { tickAnchors } from './tickAnchor';
import { timeTicks } from './timeTicks';

/**
 * Dot-and-line chart of reported areas over time, one series per reporter. Series differ by
 * shape and colour and are named in a legend drawn inside the SVG. x is a UTC time scale,
 * y is linear from 0.
 *
 * Aggregation: reporters are ranked by how many figures they gave (then by name); above
 * `maxSeries` (default 12) the top maxSeries − 1 keep their own series and the rest merge into
 * one "others" series, drawn as dots without a line (a line across different sources would
 * suggest a trend that is not there). Above `maxPoints` (default 400) marks, each series keeps
 * one mark per day, week, month or year (the finest that fits), placed at the largest figure
 * of that period and titled with how many figures it stands for.
 */
export interface TimePoint {
  date: string;
  km2: number;
  reportedBy: string;
  label: string;
  href?: string;
}

export interface FiguresOverTimeOptions {
  unit: AreaUnit;
  title: string;
  description: string;
  width?: number;
  id?: string;
  maxSeries?: number;
  maxPoints?: number;
}

interface Point {
  date: Date;
  value: number;
  source: TimePoint;
}

interface Mark extends Point {
  count: number;
  period?: string;
}

interface Series {
  name: string;
  others: boolean;
  points: Point[];
  marks: Mark[];
}

const PLOT_HEIGHT = 280;
const MARGIN = { top: 8, right: 24, bottom: 30 };
const LEGEND_ROW = 22;
const PERIODS: { interval: CountableTimeInterval; format: string }[] = [
  { interval: utcDay, format: '%-d %b %Y' },
  { interval: utcWeek, format: 'week of %-d %b %Y' },
  { interval: utcMonth, format: '%b %Y' },
  { interval: utcYear, format: '%Y' },
];

export function figuresOverTime(points: TimePoint[], options: FiguresOverTimeOptions): string {
  const id = chartId(options.title, options.id);
  const width = chartWidth(options.width);
  const frame = { id, title: options.title, description: options.description, width, className: 'chart-over-time' };
  const usable: Point[] = [];
  for (const source of points) {
    const day = parseDay(source.date);
    if (day && Number.isFinite(source.km2) && source.km2 >= 0) usable.push({ date: day.date, value: toUnit(source.km2, options.unit), source });
  }
  if (usable.length === 0) return noDataChart(frame);

  const series = groupSeries(usable, Math.max(2, Math.floor(options.maxSeries ?? 12)));
  thin(series, Math.max(series.length, Math.floor(options.maxPoints ?? 400)));

  const markerId = (i: number) => `${id}-m${i}`;
  const defs = series.map((_, i) => markerDef(seriesStyle(i), markerId(i))).join('');
  const legend = legendRows(series, width, markerId);
  const plotTop = MARGIN.top + legend.height + 6;
  const plotBottom = plotTop + PLOT_HEIGHT;
  const y = scaleLinear().domain([0, max(usable, (p) => p.value) || 1]).range([plotBottom, plotTop]).nice(6);
  const yTicks = y.ticks(6);
  const yLabel = (v: number) => (v === 0 ? '0' : `${formatNumber(v, 2)} ${unitSymbol(options.unit)}`);
  const left = 16 + (max(yTicks, (t) => textWidth(yLabel(t))) ?? 20);
  const [t0 = 0, t1 = 0] = extent(usable, (p) => p.date.getTime());
  const pad = t0 === t1 ? 15 * 86_400_000 : (t1 - t0) * 0.04;
  const x = scaleUtc().domain([new Date(t0 - pad), new Date(t1 + pad)]).range([left, width - MARGIN.right]);

  const parts: string[] = [legend.svg];
  const grid = yTicks.map(
    (t) =>
      `<line x1="${px(left)}" y1="${px(y(t))}" x2="${px(width - MARGIN.right)}" y2="${px(y(t))}"/>` +
      `<text x="${px(left - 6)}" y="${px(y(t) + 4)}" text-anchor="end" stroke="none" fill="${TEXT_FILL}">${escapeXml(yLabel(t))}</text>`,
  );
  const dates = timeTicks(x, 90);
  const anchors = tickAnchors(dates.map((t) => ({ x: x(t.date), label: t.label })), 2, width - 2);
  const xTicks = dates.map(
    (t, i) =>
      `<line x1="${px(x(t.date))}" y1="${px(plotBottom)}" x2="${px(x(t.date))}" y2="${px(plotBottom + 5)}"/>` +
      (anchors[i] ? `<text x="${px(x(t.date))}" y="${px(plotBottom + 19)}" text-anchor="${anchors[i]}" stroke="none" fill="${TEXT_FILL}">${escapeXml(t.label)}</text>` : ''),
  );
  parts.push(`<g class="axis" stroke="${GRID_STROKE}">${grid.join('')}${xTicks.join('')}</g>\n`);

  const path = line<Mark>()
    .x((m) => x(m.date))
    .y((m) => y(m.value));
  series.forEach((s, i) => {
    const style = seriesStyle(i);
    const body: string[] = [];
    if (!s.others && s.marks.length > 1) {
      body.push(`<path d="${roundPath(path(s.marks) ?? '')}" fill="none" stroke="${style.colour}" stroke-width="1.5"/>`);
    }
    for (const m of s.marks) body.push(markElement(m, s.name, markerId(i), x(m.date), y(m.value), options.unit));
    parts.push(`<g class="series series-${style.shape}" data-series="${escapeXml(s.name)}">${body.join('')}</g>\n`);
  });
  return svgRoot({ ...frame, height: plotBottom + MARGIN.bottom, defs, body: parts.join('') });
}

function groupSeries(points: Point[], maxSeries: number): Series[] {
  const byName = new Map<string, Point[]>();
  for (const p of points) {
    const name = p.source.reportedBy.trim() || 'unattributed';
    const list = byName.get(name);
    if (list) list.push(p);
    else byName.set(name, [p]);
  }
  const ranked = [...byName.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const own = ranked.length > maxSeries ? ranked.slice(0, maxSeries - 1) : ranked;
  const merged = ranked.slice(own.length);
  const series: Series[] = own.map(([name, pts]) => ({ name, others: false, points: pts, marks: [] }));
  if (merged.length > 0) {
    series.push({ name: `others (${formatNumber(merged.length)} sources)`, others: true, points: merged.flatMap(([, pts]) => pts), marks: [] });
  }
  const order = (a: Point, b: Point) =>
    a.date.getTime() - b.date.getTime() || a.value - b.value || (a.source.label < b.source.label ? -1 : a.source.label > b.source.label ? 1 : 0);
  for (const s of series) s.points.sort(order);
  return series;
}

/** One mark per point, or per period when there are too many; see the module comment. */
function thin(series: Series[], maxPoints: number): void {
  const total = series.reduce((n, s) => n + s.points.length, 0);
  if (total <= maxPoints) {
    for (const s of series) s.marks = s.points.map((p) => ({ ...p, count: 1 }));
    return;
  }
  for (const [i, period] of PERIODS.entries()) {
    const grouped = series.map((s) => bucket(s.points, period.interval, utcFormat(period.format)));
    if (grouped.reduce((n, g) => n + g.length, 0) <= maxPoints || i === PERIODS.length - 1) {
      series.forEach((s, j) => (s.marks = grouped[j] ?? []));
      return;
    }
  }
}

function bucket(points: Point[], interval: CountableTimeInterval, format: (d: Date) => string): Mark[] {
  const marks = new Map<number, Mark>();
  for (const p of points) {
    const key = interval.floor(p.date).getTime();
    const seen = marks.get(key);
    if (!seen) marks.set(key, { ...p, count: 1, period: format(new Date(key)) });
    else marks.set(key, p.value > seen.value ? { ...p, count: seen.count + 1, period: seen.period } : { ...seen, count: seen.count + 1 });
  }
  return [...marks.values()];
}

function markElement(m: Mark, seriesName: string, defId: string, cx: number, cy: number, unit: AreaUnit): string {
  const day = utcFormat('%-d %b %Y')(m.date);
  const tip =
    m.count > 1
      ? `${seriesName}: ${formatNumber(m.count)} figures in ${m.period ?? day}, largest ${formatArea(m.value, unit)} (${m.source.label}, ${day})`
      : `${m.source.label}: ${formatArea(m.value, unit)}, ${m.source.reportedBy.trim() || 'unattributed'}, ${day}`;
  const mark = `<g>${markerUse(defId, px(cx), px(cy))}<title>${escapeXml(tip)}</title></g>`;
  const href = safeHref(m.source.href);
  return href ? `<a href="${escapeXml(href)}">${mark}</a>` : mark;
}

/** Legend items flow left to right and wrap; each is marker + "name (count)". */
function legendRows(series: Series[], width: number, markerId: (i: number) => string): { svg: string; height: number } {
  const items: string[] = [];
  let cx = 12;
  let row = 0;
  const maxText = width / 2 - 40;
  series.forEach((s, i) => {
    const count = ` (${formatNumber(s.points.length)})`;
    const text = truncate(s.name, maxText - textWidth(count)) + count;
    const itemWidth = 18 + textWidth(text) + 18;
    if (cx + itemWidth > width - 8 && cx > 12) {
      row += 1;
      cx = 12;
    }
    const cy = MARGIN.top + row * LEGEND_ROW + 10;
    items.push(
      `<g>${markerUse(markerId(i), px(cx + 6), px(cy))}` +
        `<text x="${px(cx + 18)}" y="${px(cy + 4)}" fill="${TEXT_FILL}">${escapeXml(text)}</text></g>`,
    );
    cx += itemWidth;
  });
  const height = (row + 1) * LEGEND_ROW + 10;
  return { svg: `<g class="legend" fill="${MUTED_FILL}">${items.join('')}</g>\n`, height };
}

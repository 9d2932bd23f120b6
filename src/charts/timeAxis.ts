import { max } from 'd3-array';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonday, utcMonth, type CountableTimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { escapeXml } from './escapeXml';
import { formatNumber } from './formatNumber';
import { formatDay, parseDay } from './parseDay';
import { px } from './px';
import { safeHref } from './safeHref';
import { BAR_FILL, GRID_STROKE, MUTED_FILL, TEXT_FILL, chartId, chartWidth, noDataChart, svgRoot } from './svgRoot';
import { tickAnchors } from './tickAnchor';
import { textWidth, truncate } from './textWidth';
import { timeTicks } from './timeTicks';

/**
 * A horizontal time axis showing where events cluster. Date ranges are bars from the first to
 * the end of the last day (inclusive), single days are dots; events are packed greedily into
 * lanes so nothing overlaps, with labels beside their marks. When labels would need more than
 * `maxLanes` lanes the events are packed again without labels (each mark keeps its <title>).
 * With more than `maxEvents` events (default 200), or when even unlabelled marks need over
 * 60 lanes, the chart draws a density strip instead: per week (per month when weekly bars
 * would be thinner than 3 px), the number of events whose dates touch that period.
 */
export interface AxisEvent {
  start: string;
  end: string;
  id: string;
  label: string;
  href?: string;
}

export interface TimeAxisOptions {
  title: string;
  description: string;
  width?: number;
  id?: string;
  maxEvents?: number;
  maxLanes?: number;
}

interface Item {
  event: AxisEvent;
  start: Date;
  /** Exclusive end: the day after the last day. */
  end: Date;
  single: boolean;
}

interface Placed {
  item: Item;
  lane: number;
  x0: number;
  x1: number;
  label?: { text: string; x: number; anchor: 'start' | 'end' };
}

const MARGIN = { top: 8, right: 16, bottom: 30, left: 16 };
const LABEL_MAX = 170;
/** Less room than this beside a mark (a few words) and it goes without a label: its <title> and the list below still say it. */
const LABEL_MIN = 60;
const GAP = 8;
const HARD_MAX_LANES = 60;
const DENSITY_HEIGHT = 120;
const DAY_FORMAT = utcFormat('%-d %b %Y');

export function timeAxis(events: AxisEvent[], options: TimeAxisOptions): string {
  const id = chartId(options.title, options.id);
  const width = chartWidth(options.width);
  const frame = { id, title: options.title, description: options.description, width, className: 'chart-time-axis' };
  const items = events.flatMap((e) => toItem(e) ?? []);
  if (items.length === 0) return noDataChart(frame);
  items.sort((a, b) => +a.start - +b.start || +a.end - +b.end || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));

  const t0 = +items[0]!.start;
  const t1 = max(items, (i) => +i.end) ?? t0;
  const pad = Math.max(86_400_000, (t1 - t0) * 0.02);
  const x = scaleUtc().domain([new Date(t0 - pad), new Date(t1 + pad)]).range([MARGIN.left, width - MARGIN.right]);

  const maxLanes = Math.max(1, Math.floor(options.maxLanes ?? 24));
  let placed = items.length <= (options.maxEvents ?? 200) ? pack(items, x, width, true) : null;
  if (placed && laneCount(placed) > maxLanes) placed = pack(items, x, width, false);
  if (placed && laneCount(placed) > HARD_MAX_LANES) placed = null;

  const body = placed ? lanes(placed, x, width) : density(items, x, width);
  return svgRoot({ ...frame, height: body.height, body: body.svg });
}

function toItem(event: AxisEvent): Item | null {
  const a = parseDay(event.start);
  const b = parseDay(event.end) ?? a;
  if (!a || !b) return null;
  const [first, last] = +a.date <= +b.date ? [a.date, b.date] : [b.date, a.date];
  return { event, start: first, end: utcDay.offset(last, 1), single: +first === +last };
}

function laneCount(placed: Placed[]): number {
  return (max(placed, (p) => p.lane) ?? -1) + 1;
}

/** Greedy first-fit lanes over each item's pixel extent (mark plus label). */
function pack(items: Item[], x: ScaleTime<number, number>, width: number, withLabels: boolean): Placed[] {
  const laneEnds: number[] = [];
  return items.map((item) => {
    const x0 = x(item.start);
    const x1 = item.single ? x0 : Math.max(x(item.end), x0 + 3);
    let lo = item.single ? x0 - 4 : x0;
    let hi = item.single ? x0 + 4 : x1;
    let label: Placed['label'];
    if (withLabels) {
      // Right of the mark if it fits, else left; a mark spanning most of the axis gets the wider
      // side's room, its label shortened to fit or, with hardly any room, left out (never drawn past
      // the chart's edge).
      const right = width - 2 - (hi + 4);
      const left = lo - 4 - 2;
      const room = Math.max(right, left);
      const full = truncate(item.event.label, LABEL_MAX);
      const text = textWidth(full) <= room ? full : room >= LABEL_MIN ? truncate(full, room) : '';
      const w = textWidth(text);
      if (text && w <= right) {
        label = { text, x: hi + 4, anchor: 'start' };
        hi += 4 + w;
      } else if (text) {
        label = { text, x: lo - 4, anchor: 'end' };
        lo -= 4 + w;
      }
    }
    const gap = withLabels ? GAP : 2;
    let lane = laneEnds.findIndex((end) => end + gap <= lo);
    if (lane === -1) lane = laneEnds.push(hi) - 1;
    else laneEnds[lane] = hi;
    return { item, lane, x0, x1, label };
  });
}

function axisTicks(x: ScaleTime<number, number>, top: number, bottom: number, width: number): string {
  const [d0, d1] = x.domain() as [Date, Date];
  const monthsAtLeast = utcDay.count(d0, d1) >= 60 ? 28 : 0; // month ticks whenever the span allows
  const all = timeTicks(x, 80, monthsAtLeast);
  const anchors = tickAnchors(all.map((t) => ({ x: x(t.date), label: t.label })), 2, width - 2);
  const ticks = all.map((t, i) => {
    const tx = px(x(t.date));
    return (
      `<line x1="${tx}" y1="${px(top)}" x2="${tx}" y2="${px(bottom + 5)}"/>` +
      (anchors[i] ? `<text x="${tx}" y="${px(bottom + 19)}" text-anchor="${anchors[i]}" stroke="none" fill="${TEXT_FILL}">${escapeXml(t.label)}</text>` : '')
    );
  });
  const [r0, r1] = x.range() as [number, number];
  const baseline = `<line x1="${px(r0)}" y1="${px(bottom)}" x2="${px(r1)}" y2="${px(bottom)}" stroke="${MUTED_FILL}"/>`;
  return `<g class="axis" stroke="${GRID_STROKE}">${ticks.join('')}${baseline}</g>\n`;
}

function describe(item: Item): string {
  const when = item.single ? formatDay(item.event.start) : `${DAY_FORMAT(item.start)} – ${DAY_FORMAT(utcDay.offset(item.end, -1))}`;
  return `${item.event.label} (${when})`;
}

function lanes(placed: Placed[], x: ScaleTime<number, number>, width: number): { svg: string; height: number } {
  const labelled = placed.some((p) => p.label);
  const laneHeight = labelled ? 22 : 12;
  const top = MARGIN.top;
  const bottom = top + laneCount(placed) * laneHeight + 4;
  const marks = placed.map((p) => {
    const cy = top + p.lane * laneHeight + laneHeight / 2;
    const mark = p.item.single
      ? `<circle cx="${px(p.x0)}" cy="${px(cy)}" r="4" fill="${BAR_FILL}"/>`
      : `<rect x="${px(p.x0)}" y="${px(cy - 4)}" width="${px(p.x1 - p.x0)}" height="8" rx="2" fill="${BAR_FILL}" fill-opacity="0.85"/>`;
    const label = p.label
      ? `<text x="${px(p.label.x)}" y="${px(cy + 4)}"${p.label.anchor === 'end' ? ' text-anchor="end"' : ''} fill="${TEXT_FILL}">${escapeXml(p.label.text)}</text>`
      : '';
    const cls = p.item.single ? 'event event-day' : 'event event-range';
    const group = `<g class="${cls}" data-id="${escapeXml(p.item.event.id)}"><title>${escapeXml(describe(p.item))}</title>${mark}${label}</g>`;
    const href = safeHref(p.item.event.href);
    return href ? `<a href="${escapeXml(href)}">${group}</a>` : group;
  });
  return { svg: axisTicks(x, top, bottom, width) + marks.join('\n') + '\n', height: bottom + MARGIN.bottom };
}

/** Count of events touching each week (or month), drawn as bars; a difference array keeps it O(n + bins). */
function density(items: Item[], x: ScaleTime<number, number>, width: number): { svg: string; height: number } {
  const [d0, d1] = x.domain() as [Date, Date];
  const [r0, r1] = x.range() as [number, number];
  const weeks = utcMonday.count(d0, d1) + 1;
  const monthly = (r1 - r0) / weeks < 3;
  const interval: CountableTimeInterval = monthly ? utcMonth : utcMonday;
  const bins = interval.range(interval.floor(d0), utcDay.offset(d1, 1));
  const counts = new Array<number>(bins.length + 1).fill(0);
  const indexOf = (d: Date) => Math.max(0, Math.min(bins.length - 1, interval.count(bins[0]!, d)));
  for (const item of items) {
    counts[indexOf(item.start)]! += 1;
    counts[indexOf(utcDay.offset(item.end, -1)) + 1]! -= 1;
  }
  for (let i = 1; i < counts.length; i++) counts[i]! += counts[i - 1]!;

  const top = MARGIN.top + 18;
  const bottom = top + DENSITY_HEIGHT;
  const tallest = max(counts.slice(0, bins.length)) || 1;
  const period = monthly ? 'month' : 'week';
  const caption =
    `${formatNumber(items.length)} events; bar height = events per ${period} (tallest ${formatNumber(tallest)})`;
  const bars = bins.flatMap((b, i) => {
    const n = counts[i] ?? 0;
    if (n === 0) return [];
    const bx0 = Math.max(r0, x(b));
    const bx1 = Math.min(r1, x(interval.offset(b, 1)));
    const h = Math.max(1, (n / tallest) * DENSITY_HEIGHT);
    const tip = `${formatNumber(n)} ${n === 1 ? 'event' : 'events'}, ${monthly ? utcFormat('%B %Y')(b) : `week of ${DAY_FORMAT(b)}`}`;
    return [`<rect x="${px(bx0)}" y="${px(bottom - h)}" width="${px(Math.max(0.5, bx1 - bx0 - 0.5))}" height="${px(h)}"><title>${escapeXml(tip)}</title></rect>`];
  });
  const svg =
    axisTicks(x, top, bottom, width) +
    `<text x="${px(r0)}" y="${px(MARGIN.top + 10)}" fill="${MUTED_FILL}">${escapeXml(caption)}</text>\n` +
    `<g class="density" fill="${BAR_FILL}">${bars.join('')}</g>\n`;
  return { svg, height: bottom + MARGIN.bottom };
}

import { bin, extent, max, median } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { escapeXml } from './escapeXml';
import { formatArea, formatNumber, toUnit, unitSymbol, type AreaUnit } from './formatNumber';
import { formatDay } from './parseDay';
import { px } from './px';
import { safeHref } from './safeHref';
import { BAR_FILL, GRID_STROKE, MUTED_FILL, REF_COLOUR, TEXT_FILL, chartId, chartWidth, noDataChart, svgRoot } from './svgRoot';
import { truncate } from './textWidth';
import { tickAnchors } from './tickAnchor';

/**
 * Horizontal bar chart of reported areas, with reference areas ("the size of Devon") drawn
 * for scale in a hatched, dashed-outline style labelled "reference". Bars are sorted by size,
 * largest first; each row has a caption line (label, who reported it, when, the comparison)
 * above its bar and the value at the bar's end.
 *
 * Above `maxBars` rows the chart aggregates rather than growing: reference areas are
 * de-duplicated (same name and size) and kept, the largest reported figures are shown one
 * bar each, and all remaining reported figures become one summary row: a small histogram of
 * their sizes on the same x scale, captioned with their count, reporters, range and median.
 * So the output size is bounded by `maxBars`, not by the number of figures.
 */
export interface AreaBar {
  id: string;
  label: string;
  km2: number;
  kind: 'reported' | 'reference';
  reportedBy?: string;
  date?: string;
  comparison?: string;
  href?: string;
}

export interface AreaChartOptions {
  unit: AreaUnit;
  title: string;
  description: string;
  width?: number;
  /** Id prefix for title/desc/pattern ids; defaults to a slug of the title. */
  id?: string;
  /** Most rows drawn before aggregating (default 40). */
  maxBars?: number;
}

const DEFAULT_MAX_BARS = 40;
const MARGIN = { top: 12, right: 96, bottom: 36, left: 12 };
const ROW_HEIGHT = 38;
const CAPTION_Y = 12; // baseline of the caption inside a row
const BAR_Y = 18;
const BAR_HEIGHT = 14;
const SUMMARY_HEIGHT = 64;
const SUMMARY_BINS = 30;

interface Row {
  bar: AreaBar;
  value: number;
}

export function areaChart(bars: AreaBar[], options: AreaChartOptions): string {
  const id = chartId(options.title, options.id);
  const width = chartWidth(options.width);
  const frame = { id, title: options.title, description: options.description, width, className: 'chart-area' };
  const usable = bars.filter((b) => Number.isFinite(b.km2) && b.km2 > 0);
  if (usable.length === 0) return noDataChart(frame);

  const maxBars = Math.max(2, Math.floor(options.maxBars ?? DEFAULT_MAX_BARS));
  const { shown, rest } = selectRows(usable, options.unit, maxBars);
  const hatchId = `${id}-hatch`;

  const x = scaleLinear()
    .domain([0, max([...shown, ...rest], (r) => r.value) ?? 1])
    .range([MARGIN.left, width - MARGIN.right])
    .nice();
  const plotTop = MARGIN.top;
  const rowsHeight = shown.length * ROW_HEIGHT + (rest.length > 0 ? SUMMARY_HEIGHT : 0);
  const plotBottom = plotTop + rowsHeight;
  const height = plotBottom + MARGIN.bottom;

  const parts: string[] = [axis(x, plotTop, plotBottom, width, options.unit)];
  shown.forEach((row, i) => parts.push(barRow(row, x, plotTop + i * ROW_HEIGHT, width, options.unit, hatchId)));
  if (rest.length > 0) parts.push(summaryRow(rest, x, plotTop + shown.length * ROW_HEIGHT, width, options.unit));

  const defs =
    `<pattern id="${hatchId}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="var(--chart-bg, transparent)"/>` +
    `<line x1="0" y1="0" x2="0" y2="6" stroke="${REF_COLOUR}" stroke-width="2"/></pattern>`;
  return svgRoot({ ...frame, height, defs, body: parts.join('') });
}

/** Sort largest first (ties by id) and split into drawn rows and the aggregated remainder. */
function selectRows(bars: AreaBar[], unit: AreaUnit, maxBars: number): { shown: Row[]; rest: Row[] } {
  const bySize = (a: Row, b: Row) => b.value - a.value || (a.bar.id < b.bar.id ? -1 : a.bar.id > b.bar.id ? 1 : 0);
  const rows = bars.map((bar) => ({ bar, value: toUnit(bar.km2, unit) }));
  if (rows.length <= maxBars) return { shown: rows.sort(bySize), rest: [] };

  const refs = new Map<string, Row>();
  for (const row of rows.filter((r) => r.bar.kind === 'reference')) {
    const key = `${row.bar.label.trim().toLowerCase()}|${row.bar.km2}`;
    const seen = refs.get(key);
    if (!seen || bySize(row, seen) < 0) refs.set(key, row);
  }
  // At most half the rows go to references, so reported figures always keep room.
  const keptRefs = [...refs.values()].sort(bySize).slice(0, Math.floor(maxBars / 2));
  const reported = rows.filter((r) => r.bar.kind === 'reported').sort(bySize);
  const individual = Math.max(1, maxBars - keptRefs.length - 1);
  const shown = [...keptRefs, ...reported.slice(0, individual)].sort(bySize);
  return { shown, rest: reported.slice(individual) };
}

function axis(x: ReturnType<typeof scaleLinear<number, number>>, top: number, bottom: number, width: number, unit: AreaUnit): string {
  const [x0, x1] = x.range() as [number, number];
  const ticks = x.ticks(Math.max(2, Math.floor((x1 - x0) / 110))).map((t) => ({ x: x(t), label: t === 0 ? '0' : `${formatNumber(t, 2)} ${unitSymbol(unit)}` }));
  const anchors = tickAnchors(ticks, 2, width - 2);
  const lines = ticks.map(({ x: at, label }, i) => {
    const tx = px(at);
    return (
      `<line x1="${tx}" y1="${px(top)}" x2="${tx}" y2="${px(bottom)}"/>` +
      (anchors[i] ? `<text x="${tx}" y="${px(bottom + 18)}" text-anchor="${anchors[i]}" stroke="none" fill="${TEXT_FILL}">${escapeXml(label)}</text>` : '')
    );
  });
  return `<g class="axis" stroke="${GRID_STROKE}" stroke-width="1">${lines.join('')}</g>\n`;
}

/** Caption: "label — reporter, 12 Sep 2022, “the size of Devon”" or "reference: label". */
function caption(bar: AreaBar): string {
  if (bar.kind === 'reference') return `reference: ${bar.label}`;
  const meta = [bar.reportedBy?.trim() || 'unattributed'];
  if (bar.date) meta.push(formatDay(bar.date));
  if (bar.comparison) meta.push(`“${bar.comparison}”`);
  return `${bar.label} — ${meta.join(', ')}`;
}

function barRow(row: Row, x: ReturnType<typeof scaleLinear<number, number>>, top: number, width: number, unit: AreaUnit, hatchId: string): string {
  const { bar, value } = row;
  const x0 = x(0);
  const barWidth = Math.max(1, x(value) - x0);
  const full = caption(bar);
  const shown = truncate(full, width - MARGIN.left - 8);
  const valueText = formatArea(value, unit);
  const isRef = bar.kind === 'reference';
  const rect = isRef
    ? `<rect x="${px(x0)}" y="${px(top + BAR_Y)}" width="${px(barWidth)}" height="${BAR_HEIGHT}" fill="url(#${hatchId})" stroke="${REF_COLOUR}" stroke-width="1.5" stroke-dasharray="4 2"/>`
    : `<rect x="${px(x0)}" y="${px(top + BAR_Y)}" width="${px(barWidth)}" height="${BAR_HEIGHT}" fill="${BAR_FILL}"/>`;
  const inner =
    `<title>${escapeXml(`${full}: ${valueText}`)}</title>` +
    `<text x="${px(x0)}" y="${px(top + CAPTION_Y)}" fill="${isRef ? MUTED_FILL : TEXT_FILL}"${isRef ? ' font-style="italic"' : ''}>${escapeXml(shown)}</text>` +
    rect +
    `<text x="${px(x0 + barWidth + 4)}" y="${px(top + BAR_Y + BAR_HEIGHT - 3)}" fill="${TEXT_FILL}">${escapeXml(valueText)}</text>`;
  const cls = isRef ? 'bar bar-reference' : 'bar bar-reported';
  const group = `<g class="${cls}" data-id="${escapeXml(bar.id)}">${inner}</g>`;
  const href = isRef ? undefined : safeHref(bar.href);
  return (href ? `<a href="${escapeXml(href)}">${group}</a>` : group) + '\n';
}

/** One row standing for many figures: a histogram of their sizes on the chart's x scale. */
function summaryRow(rest: Row[], x: ReturnType<typeof scaleLinear<number, number>>, top: number, width: number, unit: AreaUnit): string {
  const values = rest.map((r) => r.value);
  const [lo = 0, hi = 0] = extent(values);
  const reporters = new Set(rest.map((r) => r.bar.reportedBy?.trim() || 'unattributed')).size;
  const text =
    `${formatNumber(rest.length)} more reported figures from ${formatNumber(reporters)} ` +
    `${reporters === 1 ? 'source' : 'sources'}: ${formatArea(lo, unit)} to ${formatArea(hi, unit)}, median ${formatArea(median(values) ?? 0, unit)}`;
  const bins = bin()
    .domain([0, hi])
    .thresholds(Array.from({ length: SUMMARY_BINS - 1 }, (_, i) => ((i + 1) * hi) / SUMMARY_BINS))(values);
  const tallest = max(bins, (b) => b.length) ?? 1;
  const base = top + SUMMARY_HEIGHT - 6;
  const maxH = SUMMARY_HEIGHT - 26;
  const marks = bins
    .filter((b) => b.length > 0)
    .map((b) => {
      const bx0 = x(b.x0 ?? 0);
      const bw = Math.max(1, x(b.x1 ?? 0) - bx0 - 1);
      const h = Math.max(1, (b.length / tallest) * maxH);
      const tip = `${formatNumber(b.length)} figures from ${formatArea(b.x0 ?? 0, unit)} to ${formatArea(b.x1 ?? 0, unit)}`;
      return `<rect x="${px(bx0)}" y="${px(base - h)}" width="${px(bw)}" height="${px(h)}"><title>${escapeXml(tip)}</title></rect>`;
    });
  return (
    `<g class="bar-summary">` +
    `<text x="${px(x(0))}" y="${px(top + CAPTION_Y)}" fill="${TEXT_FILL}">${escapeXml(truncate(text, width - MARGIN.left - 8))}</text>` +
    `<g fill="${BAR_FILL}" fill-opacity="0.6">${marks.join('')}</g>` +
    `<text x="${px(width - MARGIN.right + 4)}" y="${px(base - maxH + 10)}" fill="${MUTED_FILL}">max ${formatNumber(tallest)}</text>` +
    `</g>\n`
  );
}

/**
 * The text descriptions of the figures charts, in the chart's unit: what a reader who cannot see
 * the chart needs to know (how many, who, the range, the references drawn for scale).
 */
import { formatArea, formatNumber, toUnit, type AreaUnit } from '../charts/formatNumber';
import { formatDay } from '../charts/parseDay';
import type { FigureSeries, ReportedArea } from './figureSeries';

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;
const who = (a: ReportedArea) => (a.reportedBy === 'unknown' ? 'unattributed' : a.reportedBy);

function extremes(areas: readonly ReportedArea[]): [ReportedArea, ReportedArea] {
  const sorted = [...areas].sort((x, y) => x.km2 - y.km2);
  return [sorted[0]!, sorted.at(-1)!];
}

export function describeAreas(series: FigureSeries, unit: AreaUnit): string {
  const area = (km2: number) => formatArea(toUnit(km2, unit), unit);
  const { areas, references } = series;
  const refs = references.length
    ? ` Drawn for scale: ${references.map((r) => `${r.name} (${area(r.km2)})`).join(', ')}.`
    : '';
  if (areas.length === 0) return `No reported areas yet.${refs}`;
  const reporters = new Set(areas.map(who)).size;
  const [small, large] = extremes(areas);
  const span =
    areas.length === 1
      ? `: ${area(large.km2)} (${large.label}, ${who(large)})`
      : `, from ${area(small.km2)} (${small.label}, ${who(small)}) to ${area(large.km2)} (${large.label}, ${who(large)})`;
  return `${plural(areas.length, 'reported area', 'reported areas')} from ${plural(reporters, 'reporter', 'reporters')}${span}.${refs}`;
}

/** Why the figures-over-time chart is not drawn, or undefined when it is (two or more dated figures). */
export function overTimeMissing(areas: readonly ReportedArea[]): string | undefined {
  if (areas.length >= 2) return undefined;
  return areas.length === 0
    ? 'Not drawn: no reported area has a date yet.'
    : 'Not drawn: there is only one dated figure so far, and a chart over time needs at least two.';
}

export function describeOverTime(areas: readonly ReportedArea[], unit: AreaUnit): string {
  if (areas.length === 0) return 'No dated figures.';
  const dates = areas.map((a) => a.published).sort();
  const reporters = [...new Set(areas.map(who))];
  const [first, last] = [formatDay(dates[0]!), formatDay(dates.at(-1)!)];
  const when = first === last ? `all dated ${first}` : `between ${first} and ${last}`;
  const [, large] = extremes(areas);
  return (
    `${plural(areas.length, 'figure', 'figures')} ${when}, by the date of the article, from ${plural(reporters.length, 'reporter', 'reporters')}` +
    `${reporters.length <= 6 ? ` (${reporters.join(', ')})` : ''}; the largest is ${formatArea(toUnit(large.km2, unit), unit)} (${large.label}, ${who(large)}).`
  );
}

/**
 * Says a date the way a reader would: "14 September 2022", "5–11 September 2022",
 * "early March 2022", "March 2022", "spring 2022".
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(iso: string) {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** "2022-09-05/2022-09-11" → { start, end }; a single day has start === end. */
export function splitDate(date: string): { start: string; end: string } {
  const [start, end] = date.split('/');
  return { start, end: end ?? start };
}

export function describeDate(date: string, precision?: string): string {
  const { start, end } = splitDate(date);
  const a = parts(start);
  const b = parts(end);
  const month = (p: { m: number }) => MONTHS[p.m - 1];
  if (start === end) return `${a.d} ${month(a)} ${a.y}`;
  const sameMonth = a.y === b.y && a.m === b.m;
  if (sameMonth && a.d === 1 && b.d === lastDay(b.y, b.m)) return `${month(a)} ${a.y}`;
  if (precision === 'part-of-month' && sameMonth) {
    const part = a.d === 1 && b.d === 10 ? 'early' : a.d === 11 && b.d === 20 ? 'mid' : a.d === 21 && b.d === lastDay(b.y, b.m) ? 'late' : '';
    if (part) return `${part} ${month(a)} ${a.y}`;
  }
  if (precision === 'season' && a.y === b.y && a.d === 1 && b.d === lastDay(b.y, b.m)) {
    const season = { 3: 'spring', 6: 'summer', 9: 'autumn', 12: 'winter' }[a.m];
    if (season && b.m - a.m === 2) return `${season} ${a.y}`;
  }
  if (a.y === b.y && a.m === 1 && a.d === 1 && b.m === 12 && b.d === 31) return `${a.y}`;
  if (sameMonth) return `${a.d}–${b.d} ${month(a)} ${a.y}`;
  if (a.y === b.y) return `${a.d} ${month(a)} – ${b.d} ${month(b)} ${a.y}`;
  return `${a.d} ${month(a)} ${a.y} – ${b.d} ${month(b)} ${b.y}`;
}

/**
 * Lays annotated spans out as a properly nested tree of text and elements over one stretch of
 * text, so that they can become nested MDX elements. Spans are placed widest first; a span that
 * would cross one already placed tries its fallbacks (e.g. an event falls back to its date
 * expression) and is left out only if every fallback crosses too. A fallback outside the stretch
 * (a digest item's date, given in the header line above it) is never drawn in it.
 */
export interface SpanLike {
  start: number;
  end: number;
}

export type Inline<T> = string | { item: T; children: Inline<T>[] };

interface Placed<T> {
  item: T;
  start: number;
  end: number;
  inner: Placed<T>[];
}

const crosses = (a: SpanLike, b: SpanLike) => a.start < b.end && b.start < a.end && !(a.start >= b.start && a.end <= b.end) && !(b.start >= a.start && b.end <= a.end);

function insert<T>(level: Placed<T>[], node: Placed<T>): boolean {
  if (level.some((p) => crosses(p, node))) return false;
  // Spans come widest first, so a new span can only sit inside one already placed, never around it.
  const parent = level.find((p) => node.start >= p.start && node.end <= p.end);
  if (parent) return insert(parent.inner, node);
  level.push(node);
  return true;
}

function render<T>(text: string, start: number, end: number, placed: Placed<T>[]): Inline<T>[] {
  const out: Inline<T>[] = [];
  let at = start;
  for (const p of [...placed].sort((a, b) => a.start - b.start)) {
    if (p.start > at) out.push(text.slice(at, p.start));
    out.push({ item: p.item, children: render(text, p.start, p.end, p.inner) });
    at = p.end;
  }
  if (at < end) out.push(text.slice(at, end));
  return out;
}

export function layoutSpans<T extends SpanLike>(
  text: string,
  start: number,
  end: number,
  items: T[],
  candidates: (item: T) => SpanLike[] = (item) => [item],
): Inline<T>[] {
  const root: Placed<T>[] = [];
  const widestFirst = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const item of widestFirst) {
    for (const span of candidates(item)) {
      if (span.end <= span.start || span.start < start || span.end > end) continue;
      if (insert(root, { item, start: span.start, end: span.end, inner: [] })) break;
    }
  }
  return render(text, start, end, root);
}

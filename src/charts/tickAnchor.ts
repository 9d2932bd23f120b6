import { textWidth } from './textWidth';

/** text-anchor for an axis label centred on x, shifted so it stays inside [min, max]. */
export function tickAnchor(x: number, label: string, min: number, max: number): 'start' | 'middle' | 'end' {
  const half = textWidth(label) / 2;
  if (x - half < min) return 'start';
  if (x + half > max) return 'end';
  return 'middle';
}

/** Space kept between two axis labels, in pixels. */
const LABEL_GAP = 6;

/**
 * The text-anchor of each of an axis's labels (in order along the axis), or null for a label that
 * would run into the one before it (its tick line stays): a label shifted inward at the chart's
 * edge can reach its neighbour ("Feb 2022Mar 2022").
 */
export function tickAnchors(ticks: readonly { x: number; label: string }[], min: number, max: number): ('start' | 'middle' | 'end' | null)[] {
  let end = -Infinity;
  return ticks.map(({ x, label }) => {
    const anchor = tickAnchor(x, label, min, max);
    const w = textWidth(label);
    const from = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    if (from < end + LABEL_GAP) return null;
    end = from + w;
    return anchor;
  });
}

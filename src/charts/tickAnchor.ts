import { textWidth } from './textWidth';

/** text-anchor for an axis label centred on x, shifted so it stays inside [min, max]. */
export function tickAnchor(x: number, label: string, min: number, max: number): 'start' | 'middle' | 'end' {
  const half = textWidth(label) / 2;
  if (x - half < min) return 'start';
  if (x + half > max) return 'end';
  return 'middle';
}

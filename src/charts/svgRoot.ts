import { escapeXml } from './escapeXml';
import { px } from './px';

/**
 * The frame every chart shares: a responsive <svg> (viewBox only, no width/height) whose
 * first children are <title> and <desc>, referenced by aria-labelledby. Ids come from the
 * `id` option or a slug of the title, so several charts can sit on one page.
 */
export const DEFAULT_WIDTH = 720;
export const FONT_SIZE = 12;
export const TEXT_FILL = 'var(--chart-text, #1a1a1a)';
export const MUTED_FILL = 'var(--chart-muted, #555)';
export const GRID_STROKE = 'var(--chart-grid, #ccc)';
export const BAR_FILL = 'var(--chart-bar, #2b6cb0)';
export const REF_COLOUR = 'var(--chart-ref, #666)';

const NON_SLUG = /[^a-z0-9]+/g;

/** "Territory reported (km²)" → "territory-reported-km2"; prefixed "chart-" unless it starts with a letter. */
export function chartId(title: string, id?: string): string {
  const slug = (id ?? title)
    .normalize('NFKD')
    .toLowerCase()
    .replace(NON_SLUG, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return /^[a-z]/.test(slug) ? slug : `chart-${slug}`.replace(/-$/, '');
}

export interface SvgFrame {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  /** Extra class names after "chart" (e.g. "chart-area"). */
  className?: string;
  /** <defs> content, if any. */
  defs?: string;
  body: string;
}

export function svgRoot(frame: SvgFrame): string {
  const { id, width, height } = frame;
  const cls = frame.className ? `chart ${frame.className}` : 'chart';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${px(width)} ${px(height)}" role="img"` +
    ` aria-labelledby="${id}-title ${id}-desc" class="${escapeXml(cls)}"` +
    ` font-family="inherit" font-size="${FONT_SIZE}">\n` +
    `<title id="${id}-title">${escapeXml(frame.title)}</title>\n` +
    `<desc id="${id}-desc">${escapeXml(frame.description)}</desc>\n` +
    (frame.defs ? `<defs>${frame.defs}</defs>\n` : '') +
    frame.body +
    `</svg>\n`
  );
}

/** The short chart shown when there is nothing to plot; it keeps its title and description. */
export function noDataChart(options: { id: string; title: string; description: string; width: number; className?: string }): string {
  const height = 48;
  return svgRoot({
    ...options,
    height,
    body: `<text x="${px(options.width / 2)}" y="${px(height / 2 + 4)}" text-anchor="middle" fill="${MUTED_FILL}">No data to chart</text>\n`,
  });
}

/** Clamp a requested width to something a chart can lay out in. */
export function chartWidth(width: number | undefined): number {
  if (width === undefined || !Number.isFinite(width)) return DEFAULT_WIDTH;
  return Math.max(320, Math.min(4000, Math.round(width)));
}

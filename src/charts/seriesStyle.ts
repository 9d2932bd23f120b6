import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';

/**
 * How a chart tells series apart without relying on colour alone: each series gets a shape
 * AND a colour (Okabe–Ito palette, colour-blind safe, each overridable by a CSS custom
 * property --chart-series-N). Shapes cycle through seven d3 symbols, then repeat hollow.
 */
const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#7a6a00', '#444444'];
const SHAPES: SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolCross, symbolStar, symbolWye];
const SHAPE_NAMES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star', 'wye'];

export interface SeriesStyle {
  /** CSS colour with fallback, e.g. var(--chart-series-1, #0072b2). */
  colour: string;
  /** SVG path data of the marker centred on 0,0. */
  path: string;
  /** Shape name, for class names and tests. */
  shape: string;
  hollow: boolean;
}

/** Style of the i-th series (0-based); `size` is the marker area in px². */
export function seriesStyle(index: number, size = 64): SeriesStyle {
  const colourIndex = index % PALETTE.length;
  const shapeIndex = index % SHAPES.length;
  const shapeType = SHAPES[shapeIndex] ?? symbolCircle;
  const path = roundPath(symbol(shapeType, size)() ?? '');
  return {
    colour: `var(--chart-series-${colourIndex + 1}, ${PALETTE[colourIndex]})`,
    path,
    shape: SHAPE_NAMES[shapeIndex] ?? 'circle',
    hollow: Math.floor(index / SHAPES.length) % 2 === 1,
  };
}

/** The marker of a series as a reusable <path> for <defs>, centred on 0,0, filled or hollow. */
export function markerDef(style: SeriesStyle, defId: string): string {
  const paint = style.hollow
    ? `fill="var(--chart-bg, #fff)" stroke="${style.colour}" stroke-width="1.5"`
    : `fill="${style.colour}"`;
  return `<path id="${defId}" d="${style.path}" ${paint}/>`;
}

/** An instance of a marker defined with markerDef, placed at x,y. */
export function markerUse(defId: string, x: string, y: string): string {
  return `<use href="#${defId}" x="${x}" y="${y}"/>`;
}

const NUMBER = /-?\d+(?:\.\d+)?(?:e-?\d+)?/g;

/** Round every number in path data to one decimal (deterministic, compact). */
export function roundPath(d: string): string {
  return d.replace(NUMBER, (n) => {
    const r = Math.round(Number(n) * 10) / 10;
    return r === 0 ? '0' : String(r);
  });
}

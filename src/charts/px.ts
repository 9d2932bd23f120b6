/** A coordinate rounded to one decimal, as printed in SVG (never "-0"). Keeps output deterministic and small. */
export function px(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? '0' : String(rounded);
}

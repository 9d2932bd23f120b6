/** Says a figure in normalised units: "6,000 km² (some)", "48.3 km", "half the size of Wales (10,390 km²)". */
const nf = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export interface FigureLike {
  kind: string;
  value?: string | number;
  unit: string;
  km2?: string | number | null;
  km?: string | number | null;
  qualifier?: string;
}

const num = (v: string | number | null | undefined) => (v === undefined || v === null || v === '' ? undefined : Number(v));

export function formatFigure(f: FigureLike): string {
  const km2 = num(f.km2);
  const km = num(f.km);
  const q = f.qualifier ? `${f.qualifier} ` : '';
  if (f.value === undefined || f.value === '') return `an amount the text does not give as a number${km2 !== undefined ? ` (≈ ${nf.format(km2)} km²)` : ''}`;
  const value = Number(f.value);
  if (f.unit.startsWith('reference:')) {
    const times = value === 1 ? 'the size of' : value === 0.5 ? 'half the size of' : `${nf.format(value)} × the size of`;
    return `${times} ${f.unit.slice('reference:'.length)}${km2 !== undefined ? ` (≈ ${nf.format(km2)} km²)` : ''}`;
  }
  if (f.kind === 'distance') return `${q}${nf.format(km ?? value)} km${f.unit === 'mi' ? ` (${nf.format(value)} miles)` : ''}`;
  if (f.kind === 'share') return `${q}${nf.format(value * 100)}%${km2 !== undefined ? ` (≈ ${nf.format(km2)} km²)` : ''}`;
  if (f.kind === 'count') return `${q}${nf.format(value)}`;
  return `${q}${nf.format(km2 ?? value)} km²${f.unit === 'km2' ? '' : ` (${nf.format(value)} ${f.unit.replace('_', ' ')})`}`;
}

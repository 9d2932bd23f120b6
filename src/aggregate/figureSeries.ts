/**
 * The territory figures of every article, shaped for the figures page: reported areas in km²
 * (each with who reported it, when and the comparison the text used), the reference areas those
 * comparisons name (drawn for scale), the dated figures by reporter, distances, and the rest.
 *
 * A comparison figure (unit "reference:Devon") in the same sentence as a plain area figure is
 * that figure's gloss ("some 6,000 square kilometres – an area the size of Devon"): it becomes
 * the figure's comparison, not a second bar. A comparison standing alone ("Melitopol, an area
 * half the size of Wales") is a reported area of its own: value × the reference area.
 */
import { KM2_PER_UNIT, KM_PER_UNIT } from '../annotations/units';
import type { FigureRecord } from '../annotations/collect';
import type { ArticleData } from './parseArticle';
import { byId, byText } from './order';
import type { ItemSource } from './itemSource';

/** Where a figure came from. */
export interface FigureSource extends ItemSource {
  /** The figure as written: "some 6,000 square kilometres". */
  text: string;
  reportedBy: string;
}

export interface ReportedArea extends FigureSource {
  /** What it measures: the annotation's `about`, else its text. */
  label: string;
  km2: number;
  /** The comparison the text used: "an area the size of Devon". */
  comparison?: string;
}

export interface ReferenceArea {
  name: string;
  km2: number;
  /** How many reported areas compare themselves with it. */
  comparisons: number;
}

export interface Distance extends FigureSource {
  label: string;
  km: number;
  /** The distance as written in miles, when the text used miles. */
  miles?: number;
}

export interface OtherFigure extends FigureSource {
  kind: string;
  label: string;
  /** null for an amount the text does not give as a number. */
  value: number | null;
  unit: string;
}

export interface FigureSeries {
  areas: ReportedArea[];
  references: ReferenceArea[];
  distances: Distance[];
  /** Counts, and shares with no area worked out: listed, not charted. */
  others: OtherFigure[];
}

const REFERENCE = 'reference:';
/** Kilometres in a mile. */

const isReference = (f: FigureRecord) => f.unit.startsWith(REFERENCE);
const referenceName = (f: FigureRecord) => f.unit.slice(REFERENCE.length).trim();

/** A figure's area in km²: as annotated, else worked out from its value and unit. */
export function figureKm2(f: FigureRecord, referenceArea: (name: string) => number | undefined): number | undefined {
  if (f.km2 !== undefined) return f.km2;
  if (f.value === undefined) return undefined;
  if (f.unit in KM2_PER_UNIT) return f.value * KM2_PER_UNIT[f.unit];
  if (isReference(f)) {
    const area = referenceArea(referenceName(f));
    return area === undefined ? undefined : f.value * area;
  }
  return undefined;
}

/** A distance in km: as annotated, else from its value and unit. */
function figureKm(f: FigureRecord): number | undefined {
  if (f.km !== undefined) return f.km;
  return f.value !== undefined && f.unit in KM_PER_UNIT ? f.value * KM_PER_UNIT[f.unit] : undefined;
}

export function figureSeries(articles: readonly ArticleData[], referenceArea: (name: string) => number | undefined): FigureSeries {
  const out: FigureSeries = { areas: [], references: [], distances: [], others: [] };
  const references = new Map<string, ReferenceArea>();

  for (const a of articles) {
    const source = (f: FigureRecord): FigureSource => ({
      key: `${a.slug}#${f.id}`, slug: a.slug, id: f.id, sentence: f.sentence, article: a.title, outlet: a.outlet, published: a.published, text: f.text, reportedBy: f.by,
    });
    const isPlainArea = (f: FigureRecord) => (f.kind === 'area' || f.kind === 'share') && !isReference(f) && figureKm2(f, referenceArea) !== undefined;
    const glosses = new Map<FigureRecord, FigureRecord>(); // plain area → its comparison
    const glossed = new Set<FigureRecord>();
    for (const f of a.figures.filter(isReference)) {
      // The nearest plain area figure in the same sentence written before it (else after it).
      const peers = a.figures.filter((g) => g.sentence === f.sentence && isPlainArea(g) && !glosses.has(g));
      const before = peers.filter((g) => g.line < f.line || (g.line === f.line && g.column < f.column));
      const target = before.at(-1) ?? peers[0];
      if (target) {
        glosses.set(target, f);
        glossed.add(f);
      }
      // The table's area; failing that, the one the annotation implies (km2 ÷ multiplier).
      const name = referenceName(f);
      const km2 = referenceArea(name) ?? (f.km2 !== undefined && f.value ? f.km2 / f.value : undefined);
      if (km2 === undefined) continue;
      const ref = references.get(name) ?? { name, km2, comparisons: 0 };
      ref.comparisons += 1;
      references.set(name, ref);
    }

    for (const f of a.figures) {
      if (glossed.has(f)) continue;
      const km2 = f.kind === 'area' || f.kind === 'share' ? figureKm2(f, referenceArea) : undefined;
      if (km2 !== undefined && km2 > 0) {
        const comparison = isReference(f) ? f.text : glosses.get(f)?.text;
        out.areas.push({ ...source(f), label: f.about ?? f.text, km2, ...(comparison ? { comparison } : {}) });
        continue;
      }
      const km = f.kind === 'distance' ? figureKm(f) : undefined;
      if (km !== undefined) {
        out.distances.push({ ...source(f), label: f.about ?? f.text, km, ...(f.unit === 'mi' && f.value !== undefined ? { miles: f.value } : {}) });
        continue;
      }
      out.others.push({ ...source(f), kind: f.kind, label: f.about ?? f.text, value: f.value ?? null, unit: f.unit });
    }
  }
  const order = (x: FigureSource, y: FigureSource) => byText(x.published, y.published) || byText(x.slug, y.slug) || byId(x.id, y.id);
  out.areas.sort(order);
  out.distances.sort(order);
  out.others.sort(order);
  out.references = [...references.values()].sort((x, y) => y.km2 - x.km2 || byText(x.name, y.name));
  return out;
}

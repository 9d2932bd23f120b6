/** Turns an ingest result into the JSON the extraction scorer reads (see ../shared/eval/README.md). */
import type { IngestResult } from './ingest';
import type { DateRange } from './types';

const dateOf = (d: DateRange) => (d.start === d.end ? d.start : { start: d.start, end: d.end });

export function toEvalJson(result: IngestResult) {
  const { events, claims, figures, places } = result;
  return {
    events: events.map((e) => ({
      text: e.summary, date: dateOf(e.date), precision: e.precision, evidence: e.text, sentence: e.sentence, when: e.when.text,
    })),
    claims: claims.map((c) => ({
      evidence: c.text, claimant: c.claimant, claimant_kind: c.claimantKind, verb: c.verb, status: c.status,
      sentence: c.sentence, ...(c.confirms !== undefined ? { confirms: claims[c.confirms]?.text } : {}),
    })),
    figures: figures.map((f) => ({
      evidence: f.text, kind: f.figureKind, value: f.value, unit: f.unit, km2: f.km2, km: f.km,
      reported_by: f.reportedBy, refers_to: f.refersTo, sentence: f.sentence, ...(f.qualifier ? { qualifier: f.qualifier } : {}),
    })),
    places: places.map((p) => ({ text: p.text, name: p.name, lat: p.lat, lon: p.lon, sentence: p.sentence })),
  };
}

/**
 * What each annotation element of an article page may say. Every attribute is written as a
 * string in the MDX (value="6000"); these schemas check and convert them. One schema per
 * element; `ELEMENTS` maps element names to schemas for the remark plugin.
 */
import { z } from 'zod';
import { isIsoDate } from '../ingest/isoDate';
import { CLAIM_STATUSES, CLAIMANT_KINDS, FIGURE_KINDS } from '../ingest/types';
import { FIGURE_UNITS } from './units';

const id = (example: string) =>
  z.string().regex(/^[A-Za-z][\w-]*$/, `must be a short id of letters, digits and dashes, e.g. id="${example}"`);

const number = (example: string) =>
  z.string().trim().regex(/^-?\d+(?:\.\d+)?$/, `must be a plain number, e.g. "${example}"`).transform(Number);

/** A claim on this page ("c3") or on another article ("kharkiv-border#c3"). */
const claimRef = z.string().regex(/^(?:[a-z0-9-]+#)?[A-Za-z][\w-]*$/, 'must be a claim id such as "c3", or "other-article#c3" for a claim on another page');

const yesNo = z.enum(['yes', 'no']);

/** A single day "2022-09-14", or an inclusive range "2022-09-05/2022-09-11". */
export const dateValue = z.string().superRefine((v, ctx) => {
  const [start, end, extra] = v.split('/');
  if (extra !== undefined || !isIsoDate(start) || (end !== undefined && !isIsoDate(end)) || (end !== undefined && end < start)) {
    ctx.addIssue({ code: 'custom', message: 'must be a day written YYYY-MM-DD or a range start/end, e.g. date="2022-09-05/2022-09-11"' });
  }
});

export const sentenceSchema = z.strictObject({
  /** Sentence anchor, e.g. id="s12". */
  id: z.string().regex(/^s\d+$/, 'must be "s" followed by a number, e.g. id="s12"'),
});

export const captionSchema = z.strictObject({
  /** Picture credit, e.g. credit="Getty". */
  credit: z.string().optional(),
});

export const claimSchema = z.strictObject({
  /** Unique on the page, e.g. id="c3". */
  id: id('c3'),
  /** Who makes the claim, as written: by="Serhiy Hayday"; "unknown" when unattributed. */
  by: z.string().trim().min(1).default('unknown'),
  /** person | org | state | media | unknown, e.g. kind="person". */
  kind: z.enum(CLAIMANT_KINDS).default('unknown'),
  /** The attribution as written, e.g. verb="confirmed". */
  verb: z.string().optional(),
  /** claimed | confirmed | denied | disputed | unverified, e.g. status="claimed". */
  status: z.enum(CLAIM_STATUSES).default('claimed'),
  /** The claim this one confirms, e.g. confirms="c2" or confirms="kharkiv-border#c5". */
  confirms: claimRef.optional(),
  /** The claim this one denies or disputes, e.g. disputes="c2". */
  disputes: claimRef.optional(),
  /** yes once an editor has checked this claim, e.g. reviewed="yes". */
  reviewed: yesNo.optional(),
});

export const eventSchema = z.strictObject({
  /** Unique on the page, e.g. id="e1". */
  id: id('e1'),
  /** When it happened: date="2022-09-14" or date="2022-09-05/2022-09-11". */
  date: dateValue,
  /** How exact the date is, e.g. precision="week". */
  precision: z.enum(['day', 'range', 'week', 'month', 'part-of-month', 'season', 'year']).optional(),
  /** Short label for the timeline, e.g. summary="Ukraine retakes Izium". */
  summary: z.string().trim().min(1).optional(),
  reviewed: yesNo.optional(),
});


export const figureSchema = z.strictObject({
  /** Unique on the page, e.g. id="f1". */
  id: id('f1'),
  /** area | distance | share | count, e.g. kind="area". */
  kind: z.enum(FIGURE_KINDS),
  /** The number as written; for comparisons the multiplier, e.g. value="0.5". Left out for vague amounts ("tens of thousands"). */
  value: number('6000').optional(),
  /** km2 | sq_mi | ha | acre | km | mi | nmi | m | share | count | reference:<area name>, e.g. unit="reference:Wales". */
  unit: z.string().refine((u) => FIGURE_UNITS.includes(u) || /^reference:\S.*$/.test(u), {
    message: `must be one of ${FIGURE_UNITS.join(', ')} or reference:<area> (e.g. reference:Wales)`,
  }),
  /** The area in km², e.g. km2="6000" (worked out from value and unit when left out). */
  km2: number('6000').optional(),
  /** The distance in km, e.g. km="48.3". */
  km: number('48.3').optional(),
  /** How the text hedges it, e.g. qualifier="some". */
  qualifier: z.string().optional(),
  /** Who gave the number, e.g. by="Ukraine". */
  by: z.string().trim().min(1).default('unknown'),
  /** What the number measures, e.g. about="territory liberated". */
  about: z.string().optional(),
  reviewed: yesNo.optional(),
});

export const placeSchema = z.strictObject({
  /** Unique on the page, e.g. id="p1". */
  id: id('p1'),
  /** Canonical name from content/data/places.json, e.g. name="Izium". */
  name: z.string().trim().min(1),
  /** Latitude and longitude in degrees, e.g. lat="49.21" lon="37.26". */
  lat: number('49.21').pipe(z.number().min(-90).max(90)),
  lon: number('37.26').pipe(z.number().min(-180).max(180)),
});

export const ELEMENTS = {
  S: sentenceSchema,
  Caption: captionSchema,
  Claim: claimSchema,
  Event: eventSchema,
  Figure: figureSchema,
  Place: placeSchema,
} as const;

export type ElementName = keyof typeof ELEMENTS;
export type ClaimAttrs = z.infer<typeof claimSchema>;
export type EventAttrs = z.infer<typeof eventSchema>;
export type FigureAttrs = z.infer<typeof figureSchema>;
export type PlaceAttrs = z.infer<typeof placeSchema>;

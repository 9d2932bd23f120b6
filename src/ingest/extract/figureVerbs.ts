/**
 * Verbs of territorial control near a figure, for its refersTo: "liberated some 6,000 sq km" →
 * "territory liberated", "capturing 28 villages" → "villages captured".
 */
const CONTROL = String.raw`liberated|liberating|recaptured|recapturing|retaken|retook|regained|regaining|captured|capturing|seized|seizing|taken|took|taking|occupied|occupies|occupy|occupying|controls?|controlled|controlling|freed|freeing|lost|losing|cleared|clearing|reclaimed|gained|won\s+back|annexed|de-?occupied|evacuated`;

/** The nearest control verb shortly before a figure (same clause). */
export const CONTROL_BEFORE = new RegExp(String.raw`\b(?<verb>${CONTROL})\b[^.;:–—]{0,40}$`, 'i');
/** A passive control verb just after a figure: "4,000 square miles had been retaken". */
export const CONTROL_AFTER = new RegExp(
  String.raw`^[^.;:–—]{0,20}?\b(?:has|have|had|was|were|is|are)\s+(?:now\s+)?(?:been\s+)?(?<verb>${CONTROL})\b`,
  'i',
);

const PARTICIPLE: Record<string, string> = {
  liberating: 'liberated', recapturing: 'recaptured', retook: 'retaken', regaining: 'regained', capturing: 'captured',
  seizing: 'seized', took: 'taken', taking: 'taken', occupies: 'occupied', occupy: 'occupied', occupying: 'occupied',
  control: 'controlled', controls: 'controlled', controlling: 'controlled', freeing: 'freed', losing: 'lost',
  clearing: 'cleared', deoccupied: 'de-occupied',
};

/** "capturing" → "captured", "won  back" → "won back". */
export function participle(verb: string): string {
  const v = verb.toLowerCase().replace(/\s+/g, ' ');
  return PARTICIPLE[v.replace('-', '')] ?? v;
}

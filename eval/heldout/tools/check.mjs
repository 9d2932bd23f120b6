// Mechanical checks of the held-out gold: evidence substrings, dates, unit arithmetic, enums.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
const dir = process.argv[2] ?? new URL('..', import.meta.url).pathname;
const REF = { Portugal: 92212, 'Greater London': 1572, 'Rhode Island': 3144, Pennsylvania: 119280, Cyprus: 9251, Luxembourg: 2586, Devon: 6707, Wales: 20779 };
const KINDS = ['person', 'org', 'state', 'media', 'unknown'];
const STATUS = ['claimed', 'confirmed', 'denied', 'disputed', 'unverified'];
let errors = 0;
const err = (m) => { errors++; console.log('ERROR', m); };
const validDate = (s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(s + 'T00:00:00Z').toISOString().slice(0, 10) === s;
for (const f of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
  const name = f.replace('.gold.json', '');
  const text = readFileSync(join(dir, name + '.txt'), 'utf8');
  const side = JSON.parse(readFileSync(join(dir, name + '.json'), 'utf8'));
  const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const D = side.published;
  if (!validDate(D) || !side.outlet) err(`${name}: bad sidecar`);
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < 500 || words > 900) err(`${name}: ${words} words`);
  const sub = (s, what) => { if (typeof s !== 'string' || !text.includes(s)) err(`${name}: ${what} not a substring: ${s}`); };
  for (const e of gold.events) {
    sub(e.evidence, 'event evidence');
    const iv = typeof e.date === 'string' ? { start: e.date, end: e.date } : e.date;
    if (!validDate(iv.start) || !validDate(iv.end) || iv.start > iv.end) err(`${name}: bad date ${JSON.stringify(e.date)}`);
    if (iv.start > D && !e.optional) console.log(`note ${name}: event starts after publication: ${e.evidence}`);
  }
  for (const c of gold.claims) {
    sub(c.evidence, 'claim evidence');
    if (c.confirms) sub(c.confirms, 'confirms');
    if (!KINDS.includes(c.claimant_kind)) err(`${name}: kind ${c.claimant_kind}`);
    if (!STATUS.includes(c.status) || (c.status_alt && !STATUS.includes(c.status_alt))) err(`${name}: status ${c.status}`);
    if ((c.status === 'confirmed') !== !!c.confirms && c.status === 'confirmed') console.log(`note ${name}: confirmed without link: ${c.evidence.slice(0, 60)}`);
    if (!c.claimant) err(`${name}: no claimant`);
  }
  const close = (a, b) => a != null && Math.abs(a - b) <= 0.06 + 1e-9 * Math.abs(b);
  for (const g of gold.figures) {
    sub(g.evidence, 'figure evidence');
    if (!['area', 'distance', 'share', 'count'].includes(g.kind)) err(`${name}: figure kind ${g.kind}`);
    const u = g.unit;
    if (g.kind === 'area') {
      if (g.value == null) { if (g.km2 != null) err(`${name}: vague area with km2`); continue; }
      const want = u === 'km2' ? g.value : u === 'sq_mi' ? g.value * 2.58999 : u.startsWith('reference:') ? g.value * REF[u.slice(10)] : NaN;
      if (!close(g.km2, Math.round(want * 10) / 10)) err(`${name}: km2 ${g.km2} != ${want} (${g.evidence})`);
    } else if (g.kind === 'distance') {
      const want = u === 'km' ? g.value : u === 'mi' ? g.value * 1.609344 : NaN;
      if (!close(g.km, Math.round(want * 10) / 10)) err(`${name}: km ${g.km} != ${want} (${g.evidence})`);
    } else if (g.kind === 'share') {
      if (!(g.value > 0 && g.value <= 100)) err(`${name}: share value ${g.value}`);
    }
    // the number as written must appear in the evidence (comparisons and shares excepted)
    if (['km2', 'sq_mi', 'km', 'mi'].includes(u) && g.value != null) {
      const num = g.value.toLocaleString('en-US');
      const words = { 6: 'six' };
      if (!g.evidence.includes(num) && !g.evidence.includes(String(g.value)) && !g.evidence.includes(words[g.value] ?? '@@')) err(`${name}: value ${g.value} not in ${g.evidence}`);
    }
  }
  console.log(`${name} (${D} ${new Date(D + 'T00:00:00Z').toUTCString().slice(0, 3)}, ${words} words): ` +
    `events ${gold.events.length}, claims ${gold.claims.length}, figures ${gold.figures.length}`);
}
console.log(errors ? `${errors} error(s)` : 'all checks passed');
process.exit(errors ? 1 : 0);

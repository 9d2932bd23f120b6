import { extractEvents } from './src/ingest/extract/events';
const D = '2023-06-14';
const ss = [
 "Russian forces captured the village of Krasnohorivka on Tuesday, the defence ministry said.",
 "Officials said on Tuesday that the town had fallen.",
 "In a televised address on Monday, the president praised the troops.",
 "The governor said yesterday that two people were killed in the strike.",
 "Two people were killed in a missile strike on the city overnight, officials said.",
 "The dam was destroyed in the early hours of June 6.",
 "Ukraine launched its long-awaited counteroffensive last week.",
 "He will visit Kyiv next week.",
 "The talks are expected to resume on Friday.",
 "Kherson was liberated in November.",
 "Since February, more than 8 million people have fled the country.",
 "Fighting has raged around Bakhmut since last summer.",
 "The town has been under Russian control since 2014.",
 "Moscow annexed Crimea in March 2014.",
 "The prisoner exchange took place on 3 June, and the next day both sides accused each other of violations.",
 "A spokesman said the army now controls the bridge.",
 "The Sunday Times reported the blast.",
 "He has not attacked since May.",
 "Residents fled in early May as shelling intensified.",
 "Troops could advance within days, analysts believe.",
 "Kyiv was hit by a wave of drones this morning.",
 "Ukrainian forces may have lost dozens of tanks earlier this month.",
 "“We destroyed three tanks yesterday,” the commander said.",
 "The meeting, held in Vilnius last month, ended without agreement.",
 "Wagner fighters marched on Moscow on Saturday.",
 "It may be too early to tell whether the march will succeed.",
 "Protesters gathered in March to march on the capital.",
 "The ministry published a report on Tuesday.",
 "The strike on the port happened two days ago.",
 "Read More on The Sun",
 "Russia's invasion began on 24 February 2022.",
 "Russia has lost about 200,000 troops so far, according to estimates.",
 "The bridge has been closed for 40 days.",
 "He was detained for two weeks last month.",
];
const text = ss.join('\n');
let pos = 0;
const sentences = ss.map((t, i) => { const s = { id: `s${i+1}`, start: pos, end: pos + t.length, text: t, paragraph: i }; pos += t.length + 1; return s; });
// skip first-sentence headline rule by inserting a dummy
const evs = extractEvents({ text, sentences, published: D });
for (const s of sentences) {
  const e = evs.filter(e => e.sentence === s.id);
  console.log((e.length ? 'EVT ' : '--- ') + s.text);
  for (const x of e) console.log('     ', JSON.stringify(x.date), x.precision, '|', x.when.text, '|', x.text);
}

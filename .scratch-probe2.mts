import { extractEvents } from './src/ingest/extract/events';
const D = '2023-06-14';
const ss = [
 "Intro sentence.",
 "Last month, Russia launched 300 drones at the capital.",
 "Earlier on Monday, a missile hit a school in the city centre.",
 "He was speaking in Brussels on Tuesday.",
 "Speaking on Monday, the general said troops had pushed forward.",
 "Wednesday's attack killed 12 people.",
 "In the past, Russia has denied targeting civilians.",
 "That same day, Ukraine struck a bridge near the border.",
 "In recent weeks, the fighting has intensified around the town.",
 "For months, Russian troops have besieged the city.",
 "The offensive began on 4 June, officials confirmed on Monday.",
 "A week ago, Russian troops entered the town.",
 "The bodies were found on Sunday in a forest near the village.",
 "Prosecutors opened an investigation on Friday.",
 "The EU agreed a new package of sanctions last week.",
 "Zelensky met Biden at the White House in December.",
 "Heavy rain fell on Tuesday, slowing the advance.",
 "Moscow has repeatedly denied the claims since the start of the war.",
 "In 2014, Russia annexed Crimea and backed separatists in the Donbas.",
 "The town, which Russia captured in May, was retaken on Sunday.",
 "Ukraine's army said on its Telegram channel that it had repelled 15 attacks over the past day.",
 "Satellite images taken on June 3 show damage to the airfield.",
 "The video, posted on Monday, shows soldiers raising a flag.",
 "He was born in 1975 in Donetsk.",
 "The strikes continued into the night, officials said on Thursday.",
 "It is the third attack this week.",
 "Russian forces have made gains in recent days, the ISW said.",
];
const text = ss.join('\n');
let pos = 0;
const sentences = ss.map((t, i) => { const s = { id: `s${i+1}`, start: pos, end: pos + t.length, text: t, paragraph: i }; pos += t.length + 1; return s; });
const evs = extractEvents({ text, sentences, published: D });
for (const s of sentences) {
  const e = evs.filter(e => e.sentence === s.id);
  console.log((e.length ? 'EVT ' : '--- ') + s.text);
  for (const x of e) console.log('     ', JSON.stringify(x.date), x.precision, '|', x.when.text, '|', x.text);
}

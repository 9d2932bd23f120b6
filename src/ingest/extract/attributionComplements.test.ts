import { describe, expect, it } from 'vitest';
import { complementOk, namedPredicate, statusOf } from './attributionComplements';
import { REPORTING_VERBS } from './claimVerbs';
import { claimsOf, pick } from './claimTestContext';

const verb = (form: string) => REPORTING_VERBS.get(form)!;

describe('namedPredicate', () => {
  it('finds what an object is called: a pronoun or a short noun phrase, then the name', () => {
    expect(namedPredicate(' it a cynical stunt.')).toBe('a cynical stunt');
    expect(namedPredicate(' the shelling deliberate terror against civilians.')).toBe('deliberate terror against civilians');
  });

  it('declines calls that name nothing', () => {
    expect(namedPredicate(' the ambassador on Friday.')).toBeNull();
    expect(namedPredicate(' the Polish premier to discuss the border.')).toBeNull();
    expect(namedPredicate(' for calm.')).toBeNull();
    expect(namedPredicate(' a snap election.')).toBeNull();
    expect(namedPredicate(' the envoy in for talks.')).toBeNull();
  });
});

describe('complementOk', () => {
  it('accepts a time phrase between a clause verb and "that": "noted on 14 May that …"', () => {
    expect(complementOk(verb('noted'), ' on 14 May that the dam was intact.')).toBe(true);
    expect(complementOk(verb('concluded'), ' last week that the shells came from the east.')).toBe(true);
    expect(complementOk(verb('noted'), ' the damage to the dam on Monday.')).toBe(false);
  });

  it('accepts a rejection judged "as …" but not a sacking "as commander"', () => {
    expect(complementOk(verb('rejected'), ' the referendum as illegitimate.')).toBe(true);
    expect(complementOk(verb('dismissed'), ' the general as commander of the fleet.')).toBe(false);
    expect(complementOk(verb('rejected'), ' the proposal as soon as it arrived.')).toBe(false);
  });

  it('accepts more claim nouns after a rejection: a figure, a boast, an announcement', () => {
    expect(complementOk(verb('disputed'), ' the official figure.')).toBe(true);
    expect(complementOk(verb('rejected'), ' the general’s boast.')).toBe(true);
  });

  it('reads "declared" as reporting only before a clause or "victory"', () => {
    expect(complementOk(verb('declared'), ' martial law in the region.')).toBe(false);
    expect(complementOk(verb('declared'), ' the island a protected zone.')).toBe(false);
    expect(complementOk(verb('declared'), ' that the siege was over.')).toBe(true);
    expect(complementOk(verb('declared'), ' victory in the valley.')).toBe(true);
  });

  it('declines "claimed to <act>" but keeps "claimed to have …"', () => {
    expect(complementOk(verb('claimed'), ' to speak for the whole province.')).toBe(false);
    expect(complementOk(verb('claimed'), ' to have shot down four drones.')).toBe(true);
  });

  it('keeps "claims to control" and "claimed to hold" as reports of a state of affairs', () => {
    expect(complementOk(verb('claims'), ' to control most of the valley.')).toBe(true);
    expect(complementOk(verb('claimed'), ' to hold the bridge.')).toBe(true);
    expect(complementOk(verb('claimed'), ' to annex the valley.')).toBe(false);
    const [c] = claimsOf('The rebels claim to control most of the valley.');
    expect(pick(c)).toEqual({ claimant: 'rebels', kind: 'person', verb: 'claim', status: 'claimed' });
  });

  it('takes a content clause without "that" after a clause verb', () => {
    expect(complementOk(verb('suggested'), ' it had been a mistake.')).toBe(true);
    expect(complementOk(verb('added'), ' the depot was empty.')).toBe(true);
    expect(complementOk(verb('noted'), ' the weather.')).toBe(false);
  });

  it('takes a content clause opened by a name and its auxiliary: "suggested Norland may have …"', () => {
    expect(complementOk(verb('suggested'), ' Norland may have moved its reserves.')).toBe(true);
    expect(complementOk(verb('suggested'), ' New Harbour would fall by spring.')).toBe(true);
    expect(complementOk(verb('suggested'), ' Norland and the talks.')).toBe(false);
  });
});

describe('statusOf', () => {
  it('denies what is called a lie, and keeps a plain name as a claim', () => {
    expect(statusOf(verb('called'), ' the video “an outright fake”.')).toBe('denied');
    expect(statusOf(verb('called'), ' it a turning point.')).toBe('claimed');
    expect(statusOf(verb('described'), ' the report as propaganda.')).toBe('denied');
    expect(statusOf(verb('called'), ' the allegations politically motivated.')).toBe('disputed');
  });
});

describe('extractClaims: more reporting verbs', () => {
  it('reads "X called it …" as a claim and "called the claims lies" as a denial', () => {
    const claims = claimsOf('The opposition called it a stolen vote. The ministry called the claims lies.');
    expect(claims.map((c) => c.text)).toEqual(['The opposition called it a stolen vote.', 'The ministry called the claims lies.']);
    expect(claims.map((c) => [c.verb, c.status])).toEqual([['called', 'claimed'], ['called', 'denied']]);
  });

  it('reads a rejection "as propaganda", quoted or not, as a denial', () => {
    const claims = claimsOf('The navy rejected the report as "propaganda". The army dismissed the footage as fake.');
    expect(claims.map((c) => c.status)).toEqual(['denied', 'denied']);
  });

  it('reads a plural verdict in plain single quotes as a denial: "as \'fakes\'"', () => {
    const [c] = claimsOf("The consulate dismissed the harbour rumours as 'fakes'.");
    expect(c.status).toBe('denied');
  });

  it('reads an intelligence judgement "judges that …" as a claim', () => {
    const [c] = claimsOf('The watchdog judged that the reservoir could hold until spring.');
    expect(pick(c)).toEqual({ claimant: 'watchdog', kind: 'org', verb: 'judged', status: 'claimed' });
  });

  it('reads rejections and dismissals judged "as …" as disputes', () => {
    const [c] = claimsOf('Several neighbouring states have rejected the referendum as illegitimate.');
    expect(c.text).toBe('Several neighbouring states have rejected the referendum as illegitimate.');
    expect(pick(c)).toMatchObject({ verb: 'rejected', status: 'disputed' });
  });

  it('reads "cautioned that", "accused … of", "blamed"', () => {
    const claims = claimsOf(
      'Economists cautioned that the harvest could fail. Mr Lom Adder, whose farm was shelled, has accused the army of looting. The mayor blamed the drought for the fires.',
    );
    expect(claims.map((c) => [c.claimant, c.verb])).toEqual([['Economists', 'cautioned'], ['Lom Adder', 'accused'], ['mayor', 'blamed']]);
  });

  it('does not read a rejecting verb as inverted: "X, an envoy, rejected Y’s account"', () => {
    const [c] = claimsOf('Mira Holt, an envoy to the region, rejected the governor’s account, saying the road was open.');
    expect(pick(c)).toEqual({ claimant: 'Mira Holt', kind: 'person', verb: 'rejected', status: 'disputed' });
  });

  it('reads what data show, and who "put the figure lower"', () => {
    const text = 'Shipping traffic fell by a third in May, port authority data show. Some traders put the figure higher, saying many ships went dark.';
    const claims = claimsOf(text);
    expect(claims.map((c) => c.text)).toEqual(text.split(/(?<=\.) /u));
    expect(claims.map(pick)).toEqual([
      { claimant: 'port authority', kind: 'org', verb: 'show', status: 'claimed' },
      { claimant: 'Some traders', kind: 'person', verb: 'put the figure higher', status: 'disputed' },
    ]);
  });

  it('skips "declared martial law", "claimed to represent", "called the envoy on Friday" and data that "showed" nothing', () => {
    const text = 'The junta declared martial law. The militia claimed to represent the valley. '
      + 'The premier called the envoy on Friday. Troops showed no sign of leaving.';
    expect(claimsOf(text)).toEqual([]);
  });

  it('reads "according to" a state’s estimates after a dash', () => {
    const [c] = claimsOf('The enclave still holds about 9,000 people — roughly half its pre-war population — according to Norwegian estimates.');
    expect(pick(c)).toMatchObject({ verb: 'according to', status: 'claimed' });
    expect(c.claimant).toBe('Norwegian estimates');
  });
});

describe('statusOf: denials worded around the verb', () => {
  it('denies with "…, calling them lies" after a rejection', () => {
    expect(statusOf(verb('rejected'), ' reports that the dam had burst, calling them “pure fiction”.')).toBe('denied');
    expect(statusOf(verb('rejected'), ' the claim, calling it “a provocation”.')).toBe('disputed');
  });

  it('denies with "called … a staged …", "… a hoax", as a government names pictures it rejects', () => {
    expect(statusOf(verb('called'), ' the photographs a “staged show” meant to shame the navy.')).toBe('denied');
    expect(statusOf(verb('called'), ' the recording a hoax.')).toBe('denied');
  });

  it('denies with a false name given last: "called the claims that … “fake news”"', () => {
    expect(statusOf(verb('called'), ' the claims that its sappers had mined the port “fake news”.')).toBe('denied');
    expect(statusOf(verb('called'), ' the claims that its sappers had mined the port “a distraction”.')).toBe('disputed');
  });

  it('denies with "told reporters that the reports were fabricated"', () => {
    expect(statusOf(verb('told'), ' journalists that the reports were fabricated.')).toBe('denied');
    expect(statusOf(verb('told'), ' journalists that the ferry was late.')).toBe('claimed');
  });

  it('denies when the figures are said to be fabricated, quoted or not', () => {
    expect(statusOf(verb('told'), ' the council that the figures were “fabricated by the rebels.”')).toBe('denied');
    expect(statusOf(verb('said'), ' the toll was false.')).toBe('denied');
    expect(statusOf(verb('said'), ' the figures were rising.')).toBe('claimed');
  });
});

describe('complementOk: doubting a fact', () => {
  it('takes "questioned the scale of …" and "challenged the accuracy of …" as scepticism', () => {
    expect(complementOk(verb('questioned'), ' the scale of the flooding in the south.')).toBe(true);
    expect(complementOk(verb('challenged'), ' the accuracy of the casualty count.')).toBe(true);
    expect(complementOk(verb('questioned'), ' the two suspects for hours.')).toBe(false);
  });
});

describe('statusOf: "no such"', () => {
  it('denies with "said no such …" and "said there had been no such …"', () => {
    expect(statusOf(verb('said'), ' no such order had ever been given.')).toBe('denied');
    expect(statusOf(verb('said'), ' there had been no such raid on the depot.')).toBe('denied');
    expect(statusOf(verb('said'), ' no ferries had sailed since Friday.')).toBe('claimed');
  });
});

describe('complementOk: a passive naming participle', () => {
  it('gives no claim for "a … often described as …" in apposition', () => {
    expect(claimsOf('The ferry was built by Ole Brandt, an engineer widely described as "the father of the fjord lines".')).toEqual([]);
  });
});

describe('statusOf: a claim named with what it is about', () => {
  it('doubts "reports of …" called exaggerated and denies a possessive claim called a provocation', () => {
    expect(claimsOf('The port authority insisted rumours of a fuel shortage were wildly exaggerated.').map(pick)[0].status).toBe('disputed');
    expect(claimsOf('The envoy said Berlin\'s claim was "a provocation".').map(pick)[0].status).toBe('denied');
  });
});

describe('a statement that calls an account a fabrication', () => {
  it('denies a witness\'s account called "a fabrication" or "a hoax" by the one who told it to a paper', () => {
    expect(claimsOf('A ministry aide told this paper that the pilot\'s account was "a fabrication from start to finish".').map(pick)[0].status).toBe('denied');
    expect(claimsOf('The governor said the refugees\' story was a hoax.').map(pick)[0].status).toBe('denied');
  });
});


describe('statusOf / closingStatus: denials in plurals and in the quote itself', () => {
  it('reads "called the photos fakes" as a denial (plural "fakes")', () => {
    const [c] = claimsOf('The regional council called the leaked photos fakes.');
    expect(pick(c)).toMatchObject({ claimant: 'regional council', status: 'denied' });
  });

  it('reads a quote that is only a verdict of falsehood, said of a report, as a denial', () => {
    const claims = claimsOf('“It is a lie,” Mr Dunmore said of the newspaper report. “That is complete nonsense,” the harbour master said. '
      + '“We will rebuild,” Mr Dunmore said of the pier.');
    expect(claims.map((c) => c.status)).toEqual(['denied', 'denied', 'claimed']);
  });

  it('reads "said the claims were categorically untrue" as a denial under any adverb of degree', () => {
    const claims = claimsOf('A port authority spokeswoman said the reports were "categorically untrue". The harbour master said the stories were wholly false.');
    expect(claims.map((c) => c.status)).toEqual(['denied', 'denied']);
  });

  it('does not read "said there was no sign that …" as doubt of a claim', () => {
    const [c] = claimsOf('The envoy said there was no sign that the rebels intended to negotiate.');
    expect(pick(c)).toMatchObject({ claimant: 'envoy', status: 'claimed' });
  });
});

import { describe, expect, it } from 'vitest';
import { findHedges } from './claimHedges';
import { claimsOf, pick } from './claimTestContext';

describe('findHedges: verification', () => {
  it('names an outlet that could not verify, and marks it as the outlet’s own voice', () => {
    const s = 'AFP was unable to verify the footage.';
    const [h] = findHedges(s, 'The Northern Courier');
    expect([h.start, h.end]).toEqual([4, s.indexOf(' the footage')]);
    expect(h).toMatchObject({ kind: 'verify', own: true, subject: 'AFP', hasContent: false });
  });

  it('knows "we" and the outlet’s own short name without naming them', () => {
    expect(findHedges('We could not confirm the toll.', 'The Northern Courier')[0]).toMatchObject({ own: true });
    expect(findHedges('The Courier could not confirm the toll.', 'The Northern Courier')[0]).toMatchObject({ own: true });
    expect(findHedges('We could not confirm the toll.')[0].subject).toBeUndefined();
    expect(findHedges('The Courier has not been able to confirm the scale of the flooding.', 'The Northern Courier')[0]).toMatchObject({ own: true, refersBack: true });
    expect(findHedges('CourierOnline could not verify the footage.', 'The Northern Courier')[0]).toMatchObject({ own: true });
    expect(findHedges('Courier Online has not been able to confirm the toll.', 'The Northern Courier')[0]).toMatchObject({ own: true });
  });

  it('knows the outlet’s website by its domain name: "Courier.co.uk could not verify …"', () => {
    expect(findHedges('Courier.co.uk could not independently verify the claim.', 'The Northern Courier')[0]).toMatchObject({ own: true, refersBack: true });
    const claims = claimsOf('A ranger told a local radio station that the dam had been mined. Courier.co.uk could not independently verify the claim.');
    expect(claims.map(pick)).toEqual([{ claimant: 'ranger', kind: 'person', verb: 'told', status: 'unverified' }]);
  });

  it('reads "could not be confirmed" as passive, and notes a report as its subject', () => {
    const [h] = findHedges('Reports that the ferry had sunk could not be confirmed.');
    expect(h).toMatchObject({ kind: 'verify', label: 'could not be confirmed', reports: true });
    expect(h.own).toBeUndefined();
    expect(findHedges('The footage could not be confirmed.')[0].reports).toBeUndefined();
  });

  it('reads a demonstrative "that" after "verify" as pointing back, not as opening content: "… verify that tally"', () => {
    const [h] = findHedges('The Courier has not been able to independently verify that tally.', 'The Northern Courier');
    expect(h).toMatchObject({ kind: 'verify', own: true, hasContent: false, refersBack: true });
    expect(findHedges('The Courier could not verify that reports were false.', 'The Northern Courier')[0].hasContent).toBe(true);
    const claims = claimsOf('The port authority said it had rescued 14 of the 20 sailors. The Courier has not been able to verify that figure.');
    expect(claims.map((c) => [c.claimant, c.status])).toEqual([['port authority', 'unverified']]);
  });

  it('lets the outlet\'s "could not verify the recordings" fall on the claim before, the material it rests on', () => {
    const claims = claimsOf('The border guards said the smugglers had admitted the plot. The Courier could not verify the recordings.');
    expect(claims.map((c) => [c.claimant, c.status])).toEqual([['border guards', 'unverified']]);
  });

  it('reads "was not able to verify" and "could not immediately be confirmed", as wire copy words them', () => {
    expect(findHedges('The AP was not able to independently verify the footage.', 'The Northern Courier')[0])
      .toMatchObject({ kind: 'verify', label: 'was not able to independently verify', own: true, subject: 'AP' });
    const claims = claimsOf('The navy said the strait was open. That could not immediately be confirmed.');
    expect(claims.map((c) => [c.claimant, c.status])).toEqual([['navy', 'unverified']]);
  });

  it('reads "It was not possible to verify the claim" as a hedge on the claim before, "… to verify whether …" as the outlet’s own', () => {
    const claims = claimsOf('The rebels said they had sunk a patrol boat. It was not possible to verify the claim independently.');
    expect(claims.map(pick)).toEqual([{ claimant: 'rebels', kind: 'person', verb: 'said', status: 'unverified' }]);
    const [c] = claimsOf('It is impossible to confirm whether the patrol boat sank.');
    expect(pick(c)).toMatchObject({ claimant: 'The Northern Courier', kind: 'media', status: 'unverified' });
  });

  it('reads a negated passive "has not been confirmed by X" as a hedge on the claim before, not X’s confirmation', () => {
    const claims = claimsOf('The rebels said 40 sailors had been rescued. That figure has not been confirmed by the navy.');
    expect(claims.map(pick)).toEqual([{ claimant: 'rebels', kind: 'person', verb: 'said', status: 'unverified' }]);
  });

  it('lets "There was no independent confirmation of the claim." fall on the claim before', () => {
    const claims = claimsOf('The navy said it had sunk a landing craft. There was no independent confirmation of the claim.');
    expect(claims.map(pick)).toEqual([{ claimant: 'navy', kind: 'org', verb: 'said', status: 'unverified' }]);
  });

  it('reads the perfect "has not verified" as the outlet’s hedge, as wire copy words it', () => {
    const [h] = findHedges('AFP has not independently verified the drone footage.', 'The Northern Courier');
    expect(h).toMatchObject({ kind: 'verify', label: 'has not independently verified', own: true, subject: 'AFP' });
    expect(findHedges('The governor hasn’t confirmed the toll.')).toEqual([]);
  });

  it('leaves a source’s own "could not confirm" out', () => {
    expect(findHedges('The mayor could not confirm the toll.')).toEqual([]);
  });
});

describe('extractClaims: the reporter’s verdict on an attributed claim', () => {
  it('reads "falsely claimed" as the reporter’s rejection (disputed) and "without evidence" as a hedge (unverified)', () => {
    const [a] = claimsOf('The interior ministry falsely claimed last year that the border post had been shelled.');
    expect(pick(a)).toEqual({ claimant: 'interior ministry', kind: 'org', verb: 'claimed', status: 'disputed' });
    const [b] = claimsOf('The interior ministry alleged, without offering evidence, that saboteurs had crossed the lake.');
    expect(pick(b)).toEqual({ claimant: 'interior ministry', kind: 'org', verb: 'alleged', status: 'unverified' });
  });
});

describe('extractClaims: the reporter’s verification hedges', () => {
  it('emits "X could not verify …" as the outlet’s claim when it names no claim, and leaves the claims before it alone', () => {
    const text = 'A local commander said 30 men had crossed. AFP could not independently verify where the men had gone.';
    const claims = claimsOf(text);
    expect(claims.map((c) => c.start)).toEqual([0, text.indexOf('AFP')]);
    expect(claims.map(pick)).toEqual([
      { claimant: 'local commander', kind: 'person', verb: 'said', status: 'claimed' },
      { claimant: 'AFP', kind: 'media', verb: 'could not independently verify', status: 'unverified' },
    ]);
  });

  it('lets the outlet’s "could not verify the accounts" fall on the claims before it (both, for "either side")', () => {
    const claims = claimsOf('The rebels said they had shot down a helicopter. The army said the aircraft had landed safely. '
      + 'AFP could not independently verify the accounts from either side.');
    expect(claims.map((c) => [c.claimant, c.status])).toEqual([['rebels', 'unverified'], ['army', 'unverified']]);
  });

  it('keeps "these claims" to the claims of its own paragraph', () => {
    const claims = claimsOf('The navy said the convoy had reached the strait.\n'
      + 'Local bloggers claimed that two escorts had turned back. The CSR cannot independently confirm these claims.', 'Centre for Strategic Research');
    expect(claims.map((c) => [c.claimant, c.status])).toEqual([['navy', 'claimed'], ['Local bloggers', 'unverified']]);
  });

  it('reads the outlet’s "has not observed confirmation of this claim" as a hedge on the claim before', () => {
    const claims = claimsOf('Pro-government bloggers claimed that marines had landed on the spit. '
      + 'The CSR has not observed visual confirmation of this claim.', 'Centre for Strategic Research');
    expect(claims.map(pick)).toEqual([{ claimant: 'Pro-government bloggers', kind: 'person', verb: 'claimed', status: 'unverified' }]);
  });

  it('reads the wire’s "could not immediately verify" as "could not independently verify"', () => {
    const [c] = claimsOf('Reuters could not immediately verify the accounts from either side.');
    expect(pick(c)).toEqual({ claimant: 'Reuters', kind: 'media', verb: 'could not immediately verify', status: 'unverified' });
    const [d] = claimsOf('The rebels said they had downed nine drones, a figure that could not be immediately confirmed.');
    expect(d.status).toBe('unverified');
  });

  it('knows the outlet by its initials: "ISW cannot independently verify this claim" hedges the claim before it', () => {
    const [c] = claimsOf('Local bloggers claimed that the ferry had sunk, though the CSR cannot independently verify this claim.', 'Centre for Strategic Research');
    expect(pick(c)).toEqual({ claimant: 'Local bloggers', kind: 'person', verb: 'claimed', status: 'unverified' });
  });

  it('lets the outlet’s "could not verify the reports of <noun>" fall on the claim before it, as a given report', () => {
    const claims = claimsOf('The harbour master said two trawlers had been holed by mines. '
      + 'The Courier was unable to verify the reports of damage.');
    expect(claims.map((c) => [c.claimant, c.status])).toEqual([['harbour master', 'unverified']]);
    const [d] = claimsOf('The Courier could not confirm reports of looting in the harbour district.');
    expect(pick(d)).toMatchObject({ claimant: 'unknown', status: 'unverified' });
  });

  it('gives an outlet’s "could not confirm reports that …" to the unnamed reports, not to the outlet', () => {
    const [c] = claimsOf('The Courier could not confirm reports that the lighthouse had been shelled.');
    expect(pick(c)).toEqual({ claimant: 'unknown', kind: 'unknown', verb: 'could not confirm', status: 'unverified' });
  });

  it('emits an unattributed report that "could not be confirmed" as unknown and unverified', () => {
    const text = 'Reports that the ferry had sunk near the cape, some 40km offshore, could not be confirmed.';
    const [c] = claimsOf(text);
    expect([c.start, c.end]).toEqual([0, text.length]);
    expect(pick(c)).toEqual({ claimant: 'unknown', kind: 'unknown', verb: 'could not be confirmed', status: 'unverified' });
  });

  it('makes the claims of its own sentence unverified: "…, a figure that could not be verified"', () => {
    const [c] = claimsOf('The rebels said they had downed nine drones, a figure that could not be independently verified.');
    expect(pick(c)).toMatchObject({ claimant: 'rebels', status: 'unverified' });
  });

  it('keeps a claim claimed when its source hedges, and when an unrelated report after it is unconfirmed', () => {
    const [c, d] = claimsOf(
      'The defence ministry said in its daily update that the enemy had probably moved two brigades to the coast. '
      + 'Reports that marines had also landed at the port could not be confirmed.',
    );
    expect(pick(c)).toEqual({ claimant: 'defence ministry', kind: 'org', verb: 'said', status: 'claimed' });
    expect(pick(d)).toMatchObject({ claimant: 'unknown', status: 'unverified' });
  });

  it('makes a claim unverified when the reporter says the speaker only "appeared to" say it', () => {
    const text = 'There was alarm in the chamber when Premier Otto Varga, pressed on the cuts, appeared to suggest the hospitals would close.';
    const [c] = claimsOf(text);
    expect([c.start, c.end]).toEqual([0, text.length]);
    expect(pick(c)).toEqual({ claimant: 'Otto Varga', kind: 'person', verb: 'appeared to suggest', status: 'unverified' });
  });

  it('lets a bare passive about footage fall on no claim, and one about "the figures" on the claim before', () => {
    const claims = claimsOf(
      'The mayor said the dam was intact. Videos posted on social media showed water over the road. The footage could not be independently verified. '
      + 'The navy said it had sunk two boats. The figures could not be independently verified.',
    );
    expect(claims.map((c) => [c.claimant, c.status])).toEqual([['mayor', 'claimed'], ['navy', 'unverified']]);
  });

  it('hedges the claim before, and leaves a claim in another clause alone: "X’s claims could not be verified, and Y disputed …"', () => {
    const claims = claimsOf('The navy said it had sunk two boats. Its claims could not be verified, and the rebels have disputed similar reports.');
    expect(claims.map((c) => [c.claimant, c.status])).toEqual([['navy', 'unverified'], ['rebels', 'disputed']]);
    const [navy, kyiv] = claimsOf('The navy said it had sunk two boats. That could not be verified, and the rebels said both boats were afloat.');
    expect([navy.status, kyiv.status, kyiv.text]).toEqual(['unverified', 'claimed', 'the rebels said both boats were afloat.']);
  });

  it('makes nothing of a question in the reporter’s voice', () => {
    expect(claimsOf('What has the council announced?')).toEqual([]);
  });
});

describe('extractClaims: the outlet’s own verdict', () => {
  it('reads "The clip is misleading." as the outlet disputing, but not a verdict someone is quoted giving', () => {
    const [c] = claimsOf('This photo is not genuine.');
    expect(pick(c)).toEqual({ claimant: 'The Northern Courier', kind: 'media', verb: 'this photo is not genuine', status: 'disputed' });
    const [d] = claimsOf('The video is fake, the mayor said.');
    expect(pick(d)).toMatchObject({ claimant: 'mayor', kind: 'person' });
    expect(claimsOf('The photo was taken on Monday.')).toEqual([]);
  });
});

describe('extractClaims: the reporter\'s own inference', () => {
  it('reads a present "appears to have" as the outlet\'s unverified claim, and leaves a narrated "appeared to" alone', () => {
    const [c] = claimsOf('The storm appears to have cut the coastal railway in two places.');
    expect(pick(c)).toMatchObject({ claimant: 'The Northern Courier', kind: 'media', status: 'unverified' });
    expect(claimsOf('The ferry appeared to slow as it neared the harbour.')).toEqual([]);
  });

  it('reads a present "It appears that …" / "It seems likely that …" as the outlet\'s unverified claim', () => {
    for (const text of ['It appears that the pumping station was shut down overnight.', 'It seems likely that the lock gates will stay closed.']) {
      const [c, ...rest] = claimsOf(text);
      expect(rest).toEqual([]);
      expect(pick(c)).toMatchObject({ claimant: 'The Northern Courier', kind: 'media', status: 'unverified' });
    }
  });
});

describe('extractClaims: pictures that seem to show', () => {
  it('reads "Footage shared online appeared to show …" as an unverified claim of no named source', () => {
    const text = 'Footage posted on a messaging app appeared to show marines unfurling a banner above the harbour office.';
    const [c, ...rest] = claimsOf(text);
    expect(rest).toEqual([]);
    expect(pick(c)).toEqual({ claimant: 'unknown', kind: 'unknown', verb: 'appeared to show', status: 'unverified' });
    expect([c.start, c.end]).toEqual([0, text.length]);
    expect(pick(claimsOf('Photographs purport to show the lighthouse in ruins.')[0])).toMatchObject({ claimant: 'unknown', status: 'unverified' });
  });

  it('reads pictures that seem to show something past an aside set off by commas', () => {
    const [c] = claimsOf('The clip, which circulated on a fishing forum, seems to show a trawler towing a mine.');
    expect(pick(c)).toEqual({ claimant: 'unknown', kind: 'unknown', verb: 'seems to show', status: 'unverified' });
  });

  it('lets the outlet’s "could not verify the footage" fall on the pictured claim just before, not make its own', () => {
    const claims = claimsOf('A clip seems to show a patrol boat sinking off the cape. The Northern Courier could not verify the video.');
    expect(claims.map(pick)).toEqual([{ claimant: 'unknown', kind: 'unknown', verb: 'seems to show', status: 'unverified' }]);
    // about something no claim before it shows, it stays the outlet's own
    const other = claimsOf('The harbour master said the pier was safe. The Northern Courier could not verify the video.');
    expect(other.map((c) => c.claimant)).toEqual(['harbour master', 'The Northern Courier']);
  });

  it('lets the outlet’s "could not confirm the size of …" fall on the claim just before, not make its own', () => {
    const claims = claimsOf('The dock company said 40 cranes had been damaged. The Northern Courier could not confirm the extent of the damage.');
    expect(claims.map(pick)).toEqual([{ claimant: 'dock company', kind: 'org', verb: 'said', status: 'unverified' }]);
  });

  it('keeps a long run before the hedge linear', () => {
    for (const line of [`Footage${' x'.repeat(2500)} appeared to show.`, `${'footage '.repeat(625)}seemed to`]) {
      const t = performance.now();
      findHedges(line);
      expect(performance.now() - t).toBeLessThan(200);
    }
  });
});

describe('extractClaims: the reporter’s unattributed fear', () => {
  it('reads "It is feared …" and "It is suspected that …" as unverified, with no one named', () => {
    const [c] = claimsOf('It is feared that several miners were still underground when the shaft collapsed.');
    expect(pick(c)).toMatchObject({ claimant: 'unknown', kind: 'unknown', status: 'unverified' });
    const [d] = claimsOf('It was suspected the convoy had taken the mountain road.');
    expect(pick(d)).toMatchObject({ kind: 'unknown', status: 'unverified' });
  });
});

describe('extractClaims: an unattributed consensus', () => {
  it('reads "By most estimates …" as an unverified claim of no named source', () => {
    const [c] = claimsOf('By most estimates the river has carried twice its usual load this spring.');
    expect(pick(c)).toEqual({ claimant: 'unknown', kind: 'unknown', verb: 'by most estimates', status: 'unverified' });
    expect(claimsOf('The bridge was built by most of the villagers.')).toEqual([]);
  });

  it('reads "reports from <place> suggest" as a hedge with no source', () => {
    expect(claimsOf('Reports from Tarvia suggest some guards of the dam fled in stolen uniforms.').map(pick)).toEqual([
      { claimant: 'unknown', kind: 'unknown', verb: 'reports from tarvia suggest', status: 'unverified' },
    ]);
  });
});

describe('extractClaims: an adverb inside the passive hedge', () => {
  it('reads "are still said to be" like "are said to be"', () => {
    expect(claimsOf('Several deckhands are still said to be trapped below the waterline.').map(pick)).toEqual([
      { claimant: 'unknown', kind: 'unknown', verb: 'are still said to be', status: 'unverified' },
    ]);
  });
});

describe('extractClaims: hearsay nobody is named for', () => {
  it('reads a columnist’s "we are told" as an unattributed, unverified claim, but not "we were told by …"', () => {
    expect(claimsOf('We are told that the ferry tolls will fall by spring.').map(pick)).toEqual([
      { claimant: 'unknown', kind: 'unknown', verb: 'we are told', status: 'unverified' },
    ]);
    expect(claimsOf('The new dock, we are told, is already half built.').map(pick)).toEqual([
      { claimant: 'unknown', kind: 'unknown', verb: 'we are told', status: 'unverified' },
    ]);
    expect(claimsOf('We were told by harbour officials that the dock was closed.').map((c) => c.claimant)).toEqual(['harbour officials']);
  });

  it('reads "the court heard" and "the jury was told" as evidence nobody in the sentence gives', () => {
    expect(claimsOf('The court heard that the two clerks had burned the ledgers.').map(pick)).toEqual([
      { claimant: 'unknown', kind: 'unknown', verb: 'court heard', status: 'unverified' },
    ]);
    expect(claimsOf('The jury was told the van had been stolen a week earlier.').map(pick)).toEqual([
      { claimant: 'unknown', kind: 'unknown', verb: 'jury was told', status: 'unverified' },
    ]);
  });

  it('reads "reports on social media suggest" like "reports from <place> suggest"', () => {
    expect(claimsOf('Reports on social media suggest that the ferry has run aground.').map(pick)).toEqual([
      { claimant: 'unknown', kind: 'unknown', verb: 'reports on social media suggest', status: 'unverified' },
    ]);
  });
});

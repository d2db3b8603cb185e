/**
 * Claims by slot conflict (detectors/claimSlots.ts): two outlets filling one role of one statement
 * with incompatible things, and what must not be reported (a paraphrase, one outlet more specific,
 * different times, a reported future). Invented events, names and places.
 */
import assert from 'node:assert/strict';
import type { Discrepancy } from '../../src/core/common/analysisFormat';
import type { EntityMention } from '../../src/core/common/types';
import { CorpusMatcher } from '../../src/core/corpus';
import { anchored, slotsOf } from '../../src/core/corpus/detectors/claimSlots';
import { relatedWords } from '../../src/core/corpus/detectors/claimTopics';

type Names = [string, EntityMention['type']][];

/** Entity mentions of the given names (every occurrence, canonical as written). */
function entities(text: string, names: Names): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [n, type] of names) for (const m of text.matchAll(new RegExp(n, 'g'))) out.push({ start: m.index!, end: m.index! + n.length, text: n, type, canonical: n });
  return out.sort((a, b) => a.start - b.start);
}

/** The names every report of the story shares (so that the articles are one story). */
const STORY: Names = [['Harbour Authority', 'organization'], ['Lenna Ostrova', 'person'], ['Port Velda', 'place'], ['Marrow Bay', 'place'], ['Norland', 'place']];
const LEAD = 'Lenna Ostrova of the Harbour Authority spoke in Norland.';

function claims(a: string, b: string, names: Names = []): Discrepancy[] {
  const m = new CorpusMatcher();
  m.upsert('a.txt', a, { quotes: [], entities: entities(a, [...STORY, ...names]) });
  m.upsert('b.txt', b, { quotes: [], entities: entities(b, [...STORY, ...names]) });
  return m.discrepancies().filter((d) => d.kind === 'claim');
}

const texts = (d: Discrepancy) => d.members.map((m) => `${m.doc}:${m.text}`);

describe('claims by slot conflict', () => {
  it('opposite directions from one place at one distance', () => {
    const found = claims(
      `${LEAD}\n\nThe freighter Ardent was boarded 40 nautical miles north of Port Velda on Sunday.`,
      `${LEAD}\n\nGunmen stormed a cargo ship sailing 40 nautical miles south of Port Velda, the crew said.`,
    );
    assert.equal(found.length, 1);
    assert.deepEqual(texts(found[0]!), ['a.txt:40 nautical miles north of Port Velda', 'b.txt:40 nautical miles south of Port Velda']);
    assert.match(found[0]!.label, /position relative to Port Velda: 40 nautical miles north of Port Velda · 40 nautical miles south of Port Velda/);
  });

  it('not a direction close to the other, nor another distance (another place)', () => {
    assert.deepEqual(claims(`${LEAD}\n\nThe freighter was boarded 40 miles north of Port Velda.`, `${LEAD}\n\nThe freighter was boarded 40 miles northeast of Port Velda.`), []);
    assert.deepEqual(claims(`${LEAD}\n\nThe freighter was boarded 40 miles north of Port Velda.`, `${LEAD}\n\nA ferry was seen 90 miles south of Port Velda.`), []);
  });

  it('done against to be done, for the same verb between the same names', () => {
    const found = claims(
      `${LEAD}\n\nThe tanker Corvin will eventually replace the Astel on the northern route.`,
      `${LEAD}\n\nThe Corvin, a new tanker, replaced the Astel on the route last month.`,
      [['Corvin', 'organization'], ['Astel', 'organization']],
    );
    assert.equal(found.length, 1);
    assert.deepEqual(texts(found[0]!), ['a.txt:will eventually replace', 'b.txt:replaced']);
  });

  it('not a future reported in the past ("would replace"), nor the same verb between other names', () => {
    assert.deepEqual(claims(`${LEAD}\n\nOfficials said the Corvin would replace the Astel.`, `${LEAD}\n\nThe Corvin replaced the Astel last month.`), []);
    assert.deepEqual(claims(`${LEAD}\n\nThe Corvin will replace the Astel next year.`, `${LEAD}\n\nThe Dunmore replaced the Astel last month.`), []);
  });

  it('the make-up of a group of one size', () => {
    const found = claims(`${LEAD}\n\nThe coastguard detained 9 Kenyan and 4 Ugandan smugglers at dawn.`, `${LEAD}\n\nThe coastguard detained 13 Kenyan smugglers.`);
    assert.equal(found.length, 1);
    assert.deepEqual(texts(found[0]!), ['a.txt:9 Kenyan and 4 Ugandan smugglers', 'b.txt:13 Kenyan smugglers']);
    assert.match(found[0]!.label, /^make-up of the 13: /);
  });

  it('not the same make-up said two ways, nor groups of other sizes', () => {
    assert.deepEqual(claims(`${LEAD}\n\nThe coastguard detained 9 Kenyan and 4 Ugandan smugglers.`, `${LEAD}\n\nThe coastguard detained 13 Kenyan and Ugandan smugglers.`), []);
    assert.deepEqual(claims(`${LEAD}\n\nThe coastguard detained 9 Kenyan and 4 Ugandan smugglers.`, `${LEAD}\n\nThe coastguard detained 9 Kenyan smugglers.`), []);
  });

  it('opposite sides in one statement ("inside" / "outside")', () => {
    const found = claims(
      `${LEAD}\n\nThe parcel bomb exploded inside the central ticket hall at the ferry terminal.`,
      `${LEAD}\n\nThe parcel bomb exploded outside the central ticket hall at the ferry terminal.`,
    );
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.members.map((m) => m.text.split(' ')[0]), ['inside', 'outside']);
  });

  it('two kinds of place, and two named places, for one statement', () => {
    const home = claims(`${LEAD}\n\nThe veteran harbour pilot Anders Kell died at home on Sunday aged 81.`, `${LEAD}\n\nThe veteran harbour pilot Anders Kell died in hospital on Sunday aged 81.`);
    assert.equal(home.length, 1);
    assert.deepEqual(home[0]!.members.map((m) => m.text), ['at home', 'in hospital']);
    const named = claims(`${LEAD}\n\nThe two undersea power cables were severed off Port Velda early on Friday.`, `${LEAD}\n\nThe two undersea power cables were severed off Marrow Bay early on Friday.`);
    assert.equal(named.length, 1);
    assert.deepEqual(named[0]!.members.map((m) => m.text), ['off Port Velda', 'off Marrow Bay']);
  });

  it('not one outlet more specific, nor a place nested in the other', () => {
    assert.deepEqual(claims(`${LEAD}\n\nThe two undersea power cables were severed off Port Velda early on Friday.`, `${LEAD}\n\nThe two undersea power cables were severed off Port Velda in Norland early on Friday.`), []);
    assert.deepEqual(claims(`${LEAD}\n\nThe veteran harbour pilot Anders Kell died in hospital on Sunday aged 81.`, `${LEAD}\n\nThe veteran harbour pilot Anders Kell died in a hospital in Norland on Sunday aged 81.`), []);
  });

  it('a negated against an affirmed verb with the same words around it', () => {
    const found = claims(`${LEAD}\n\nThe fire alarm in the Tolvin warehouse sounded before the explosion.`, `${LEAD}\n\nThe fire alarm in the Tolvin warehouse did not sound before the explosion.`);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.members.map((m) => m.text), ['sounded', 'did not sound']);
  });

  it('a subject denied with "no" ("no shots were fired at …") against the event affirmed with the same words around it', () => {
    const found = claims(`${LEAD}\n\nNo shots were fired at the Tolvin ferry during the chase.`, `${LEAD}\n\nShots were fired at the Tolvin ferry during the chase.`);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.members.map((m) => m.text), ['No shots were fired', 'were fired']);
    // Not against the same denial said again.
    assert.deepEqual(claims(`${LEAD}\n\nNo shots were fired at the Tolvin ferry during the chase.`, `${LEAD}\n\nNo shots were fired at the Tolvin ferry in the chase.`), []);
  });

  it('not a negation of knowing or saying, nor statements of different days (relative times)', () => {
    assert.deepEqual(claims(`${LEAD}\n\nThe harbour police confirmed the warehouse fire was arson.`, `${LEAD}\n\nThe harbour police did not confirm the warehouse fire was arson.`), []);
    assert.deepEqual(claims(`${LEAD}\n\nThe fire alarm in the Tolvin warehouse sounded on Monday.`, `${LEAD}\n\nThe fire alarm in the Tolvin warehouse did not sound on Tuesday.`), []);
    assert.deepEqual(claims(`${LEAD}\n\nThe fire alarm in the Tolvin warehouse sounded before the explosion.`, `${LEAD}\n\nThe fire siren at the Tolvin warehouse went off before the blast.`), []);
  });

  it('an act said to be deliberate and said to be accidental, about one named person', () => {
    const names: Names = [['Tomas Rell', 'person']];
    const found = claims(
      `${LEAD}\n\nThe death of Tomas Rell, 17, at the Port Velda docks sparked three nights of protests after witnesses said a guard deliberately fired at the boy.`,
      `${LEAD}\n\nPost-mortem results on Tomas Rell, whose death at the docks sparked three nights of protests, show he was hit by a ricochet.`,
      names,
    );
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.members.map((m) => m.text), ['deliberately', 'ricochet']);
  });

  it('not a negated intent, nor acts of one person that share no statement', () => {
    const names: Names = [['Tomas Rell', 'person']];
    assert.deepEqual(
      claims(
        `${LEAD}\n\nThe death of Tomas Rell, 17, at the Port Velda docks sparked three nights of protests; the guard said he had not deliberately fired at the boy.`,
        `${LEAD}\n\nPost-mortem results on Tomas Rell, whose death at the docks sparked three nights of protests, show he was hit by a ricochet.`,
        names,
      ),
      [],
    );
    assert.deepEqual(
      claims(`${LEAD}\n\nTomas Rell deliberately skipped the ceremony in March.`, `${LEAD}\n\nLater, Tomas Rell accidentally deleted the harbour files from the server.`, names),
      [],
    );
  });

  it('what a named person aimed a weapon at: people against nobody ("at the driver" / "at the ground"), across the whole of two articles', () => {
    const names: Names = [['Edvin Marsk', 'person']];
    const found = claims(
      `${LEAD}\n\nThe guard said Edvin Marsk walked up to the van and pointed a shotgun at the driver before the shots.`,
      `${LEAD}\n\nWitnesses insist the march was calm.\n\nEdvin Marsk had his shotgun pointed at the ground the whole time, a neighbour said.`,
      names,
    );
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.members.map((m) => m.text), ['pointed a shotgun at the driver', 'pointed at the ground']);
    assert.match(found[0]!.label, /^pointed at: /);
  });

  it('not two aims at people, another person\'s act, an act told by its speaker, an unnamed shooter, a negated aim, nor pointing against firing', () => {
    const names: Names = [['Edvin Marsk', 'person'], ['Ona Brell', 'person']];
    const a = `${LEAD}\n\nEdvin Marsk walked up to the van and pointed a shotgun at the driver.`;
    // At people both times ("at the driver" / "toward him").
    assert.deepEqual(claims(a, `${LEAD}\n\nEdvin Marsk raised the weapon and pointed it toward him, the driver said.`, names), []);
    // Another person's act.
    assert.deepEqual(claims(a, `${LEAD}\n\nOna Brell kept her shotgun pointed at the ground.`, names), []);
    // The act of whoever the speaker tells of, not the speaker's.
    assert.deepEqual(claims(a, `${LEAD}\n\nEdvin Marsk told reporters a guard fired into the air.`, names), []);
    // No name: an unnamed shooter may be another.
    assert.deepEqual(claims(a, `${LEAD}\n\nA man in the crowd pointed his shotgun at the ground.`, names), []);
    // Negated.
    assert.deepEqual(claims(a, `${LEAD}\n\nEdvin Marsk never pointed his shotgun at the ground.`, names), []);
    // Pointing is not firing.
    assert.deepEqual(claims(a, `${LEAD}\n\nEdvin Marsk later fired into the air.`, names), []);
  });

  it('the conditions one act happened in, two ends of one scale ("capsized in rough seas" / "in a calm sea"), across the whole of two articles', () => {
    const found = claims(
      `${LEAD}\n\nNine people drowned when the ferry Solmi capsized in rough seas off Marrow Bay on Friday.`,
      `${LEAD}\n\nRescuers searched all night.\n\nThe wooden ferry capsized in a calm sea a short way out of Marrow Bay, the coast guard said.`,
    );
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.members.map((m) => m.text), ['in rough seas', 'in a calm sea']);
    assert.match(found[0]!.label, /^the sea when it capsized: /);
  });

  it('not one end said two ways, another act, two things described, statements that share too little, nor a past event', () => {
    const a = `${LEAD}\n\nNine people drowned when the ferry Solmi capsized in rough seas off Marrow Bay on Friday.`;
    // One end ("rough" / "choppy").
    assert.deepEqual(claims(a, `${LEAD}\n\nThe ferry Solmi capsized in choppy waters off Marrow Bay.`), []);
    // Another act: the search, not the capsizing.
    assert.deepEqual(claims(a, `${LEAD}\n\nDivers resumed the search in calm seas off Marrow Bay on Saturday.`), []);
    // The weather is not the sea.
    assert.deepEqual(claims(a, `${LEAD}\n\nThe ferry Solmi capsized in clear weather off Marrow Bay.`), []);
    // One shared word besides the verb: not shown to be one act.
    assert.deepEqual(claims(a, `${LEAD}\n\nA fishing boat capsized in calm seas.`), []);
    // Another time: a past capsizing the article recalls.
    assert.deepEqual(claims(a, `${LEAD}\n\nLast year the ferry Solmi capsized in calm seas off Marrow Bay.`), []);
  });

  it('whether a named person left: left against did not come out, across the whole of two articles', () => {
    const names: Names = [['Mira Tolvane', 'person']];
    const found = claims(
      `${LEAD}\n\nHarbour officials said Mira Tolvane exited the customs building shortly after noon.`,
      `${LEAD}\n\nThe dockers waited all day.\n\nMira Tolvane, a ferry pilot, "did not come back out" of the building, her union said.`,
      names,
    );
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.members.map((m) => m.text), ['Mira Tolvane exited', 'Mira Tolvane, a ferry pilot, "did not come back out']);
    const sign = claims(
      `${LEAD}\n\nHarbour officials said Mira Tolvane left soon after the meeting.`,
      `${LEAD}\n\nCameras showed no sign of Mira Tolvane leaving the customs building.`,
      names,
    );
    assert.equal(sign.length, 1);
    assert.deepEqual(sign[0]!.members.map((m) => m.text), ['Mira Tolvane left', 'no sign of Mira Tolvane leaving']);
  });

  it('not two leavings said two ways, another person, an unnamed one, nor a leaving at another time', () => {
    const names: Names = [['Mira Tolvane', 'person'], ['Ansel Dorn', 'person']];
    const a = `${LEAD}\n\nHarbour officials said Mira Tolvane exited the customs building shortly after noon.`;
    assert.deepEqual(claims(a, `${LEAD}\n\nMira Tolvane left the building an hour later.`, names), []);
    assert.deepEqual(claims(a, `${LEAD}\n\nAnsel Dorn did not come out of the building.`, names), []);
    assert.deepEqual(claims(a, `${LEAD}\n\nHer driver never came out of the building.`, names), []);
    assert.deepEqual(claims(a, `${LEAD}\n\nMira Tolvane never left Norland until last year.`, names), []);
    // Another sense: a passive ("was left"), against a denial.
    assert.deepEqual(claims(`${LEAD}\n\nMira Tolvane was left stranded on the pier.`, `${LEAD}\n\nMira Tolvane did not leave the customs building.`, names), []);
  });

  it('a result said whole and in part ("destroyed the clinic" / "was “partially destroyed”"), across the whole of two articles', () => {
    const found = claims(
      `${LEAD}\n\nA rocket destroyed the clinic on Saturday, killing four nurses.`,
      `${LEAD}\n\nThe charity said the clinic was “partially destroyed” in the attack. Its staff were moved to a school.`,
    );
    assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.label)));
    assert.deepEqual(texts(found[0]!), ['a.txt:destroyed', 'b.txt:partially destroyed']);
    assert.match(found[0]!.label, /^destroyed whole or in part: /);
  });

  it('not a result said whole twice, the verb as an adjective, hedged, negated, told both ways in one article, nor of another year', () => {
    const other = `${LEAD}\n\nA rocket destroyed the clinic on Saturday, killing four nurses.`;
    for (const b of [
      'The clinic was completely destroyed in the attack.',
      'Firefighters entered a partially destroyed house nearby.',
      'The clinic was virtually destroyed in the attack.',
      'The clinic was not partially destroyed, the charity said.',
      'The east wing was destroyed and the chapel was partly destroyed.',
      'A fire partially destroyed the clinic in 2009.',
    ]) assert.deepEqual(claims(other, `${LEAD}\n\n${b}`).map((d) => d.label), [], b);
  });

  it('two glosses of one name, or of two spellings of it ("X, or father of all the Y" / "X, or leader of all the Y")', () => {
    const found = claims(
      `${LEAD}\n\nThe old ruler styled himself Velkabashi, or father of all Velks, and built statues of himself.`,
      `${LEAD}\n\nDelegates were loyal to the late ruler, known as Velkabaschi, or leader of all Velks.`,
    );
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.members.map((m) => m.text), ['father of all Velks', 'leader of all Velks']);
  });

  it('not the same gloss, glosses of two names, nor an alternative that is a name', () => {
    assert.deepEqual(
      claims(`${LEAD}\n\nHe styled himself Velkabashi, or father of all Velks, and built statues.`, `${LEAD}\n\nDelegates loved Velkabashi, or the father of all Velks.`),
      [],
    );
    assert.deepEqual(claims(`${LEAD}\n\nHe styled himself Velkabashi, or father of all Velks.`, `${LEAD}\n\nDelegates met Dornomir, or leader of all Velks.`), []);
    assert.deepEqual(claims(`${LEAD}\n\nThe ferry leaves from Port Velda, or Marrow Bay in winter.`, `${LEAD}\n\nThe ferry leaves from Port Velda, or Norland in a storm.`), []);
  });

  it('the nationality of what a named subject\'s act was done to ("Kestrel sank a Velish trawler" / "sunk a Greek vessel")', () => {
    const found = claims(
      `${LEAD}\n\nLast month the patrol boat Kestrel sank a Greek fishing trawler that smugglers had seized.`,
      `${LEAD}\n\nOn Monday, Kestrel had sunk a Turkish smuggling vessel after a chase.`,
    );
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.members.map((m) => m.text), ['sank a Greek', 'sunk a Turkish']);
  });

  it('not one nationality said two ways, another subject\'s act, nor a negated act', () => {
    assert.deepEqual(claims(`${LEAD}\n\nThe patrol boat Kestrel sank a Somali skiff.`, `${LEAD}\n\nKestrel sank the Somalian skiff at dawn.`), []);
    assert.deepEqual(claims(`${LEAD}\n\nThe patrol boat Kestrel sank a Greek trawler.`, `${LEAD}\n\nThe frigate Osprey sank a Turkish vessel.`), []);
    assert.deepEqual(claims(`${LEAD}\n\nThe patrol boat Kestrel sank a Greek trawler.`, `${LEAD}\n\nKestrel never sank a Turkish vessel, the navy said.`), []);
  });

});

describe('slots shared by the copies of a sentence', () => {
  const S = 'The freighter Ardent was boarded 40 nautical miles north of Port Velda on Sunday.';
  /** The slots kept for the sentence S of an article (the one starting where S does). */
  function keptOf(m: CorpusMatcher, path: string, text: string) {
    const doc = m.index.doc(path)!;
    for (let k = 0; k < doc.sentences.length / 2; k++) if (doc.tokens.starts[doc.sentences[2 * k]!] === text.indexOf(S)) return doc.kept.claims?.slots?.sentences[k];
    return undefined;
  }

  it('one list for the same sentence with the same entities in two articles, at other places in each; each member where its article has it', () => {
    const a = `${LEAD}\n\n${S}`;
    const b = `${LEAD}\n\nThe crew of nine were unharmed, the owners said. A second ship turned back.\n\n${S}`;
    const c = `${LEAD}\n\nGunmen stormed a cargo ship sailing 40 nautical miles south of Port Velda, the crew said.`;
    const m = new CorpusMatcher();
    for (const [p, t] of [['a.txt', a], ['b.txt', b], ['c.txt', c]] as const) m.upsert(p, t, { quotes: [], entities: entities(t, STORY) });
    const found = m.discrepancies().filter((d) => d.kind === 'claim');
    assert.equal(found.length, 1);
    const phrase = '40 nautical miles north of Port Velda';
    assert.deepEqual(found[0]!.members.map((x) => [x.doc, x.start, x.text]), [
      ['a.txt', a.indexOf(phrase), phrase],
      ['b.txt', b.indexOf(phrase), phrase],
      ['c.txt', c.indexOf('40 nautical miles south of Port Velda'), '40 nautical miles south of Port Velda'],
    ]);
    const ka = keptOf(m, 'a.txt', a);
    assert.ok(ka?.anchored?.length);
    assert.equal(keptOf(m, 'b.txt', b), ka);
  });

  it('not shared when the entities at its words differ (a place read as an organisation is no place to be north of)', () => {
    const a = `${LEAD}\n\n${S}`;
    const b = `Lenna Ostrova of the Harbour Authority spoke in Norland on Monday.\n\n${S}`;
    const m = new CorpusMatcher();
    m.upsert('a.txt', a, { quotes: [], entities: entities(a, STORY) });
    m.upsert('b.txt', b, { quotes: [], entities: entities(b, [...STORY.filter(([n]) => n !== 'Port Velda'), ['Port Velda', 'organization']]) });
    m.discrepancies();
    const [ka, kb] = [keptOf(m, 'a.txt', a), keptOf(m, 'b.txt', b)];
    assert.ok(ka?.anchored?.length && kb?.anchored?.length);
    assert.notEqual(ka, kb);
    assert.match(ka.anchored[0]!.role, /^direction:port velda:/);
    assert.match(kb.anchored[0]!.role, /^direction:port:/);
  });
});

describe('slots of one class', () => {
  it('a sentence\'s anchored slots, and its others, are those of all its slots (each class looked for alone skips the kinds never of it)', () => {
    const text = [
      LEAD,
      'The Corvin will replace the Astel, and Lenna Ostrova said the alarm did not sound inside the station.',
      'The freighter was boarded 40 miles north of Port Velda by Harbour Authority officers and the crew died of burns in hospital.',
      'Gunmen deliberately seized a Norlandic trawler and 12 Norlandic and 11 Vessish sailors, Velda, or the home of all the tides, said.',
    ].join('\n\n');
    const m = new CorpusMatcher();
    m.upsert('a.txt', text, { quotes: [], entities: entities(text, [...STORY, ['Corvin', 'organization'], ['Astel', 'organization']]) });
    const doc = m.index.doc('a.txt')!;
    let both = 0;
    for (let k = 0; k < doc.sentences.length / 2; k++) {
      const st = { doc, sentence: k, t0: doc.sentences[2 * k]!, t1: doc.sentences[2 * k + 1]! };
      const all = slotsOf(m.index, st);
      const a = all.filter(anchored);
      const u = all.filter((x) => !anchored(x));
      assert.deepEqual(slotsOf(m.index, st, undefined, 'anchored').filter(anchored), a);
      assert.deepEqual(slotsOf(m.index, st, undefined, 'unanchored').filter((x) => !anchored(x)), u);
      if (a.length && u.length) both++;
    }
    // (The text has sentences with slots of both classes.)
    assert.ok(both >= 2);
  });
});

describe('claims by cue: the words of a denied claim', () => {
  // One wire paragraph both reports carry, so that they are one story.
  const WIRE = `${LEAD}\n\nThe Harbour Authority closed Port Velda and Marrow Bay to all shipping on Sunday after the storm damaged the piers.`;
  it('words with an ending of one word match ("investigate" / "investigation", "Velda" / "Veldan"); words that only begin alike do not', () => {
    assert.ok(relatedWords('investigate', 'investigation'));
    assert.ok(relatedWords('velda', 'veldan'));
    assert.ok(relatedWords('attacked', 'attacker'));
    assert.ok(!relatedWords('mission', 'missing'));
    assert.ok(!relatedWords('contest', 'content'));
  });

  it('an irregular verb\'s forms are one word ("sank" / "sunk" / "sink", "flew" / "flown"); other words beginning alike are not', () => {
    assert.ok(relatedWords('sank', 'sunk'));
    assert.ok(relatedWords('sunk', 'sink'));
    assert.ok(relatedWords('flew', 'flown'));
    assert.ok(!relatedWords('sank', 'sanctions'));
    assert.ok(!relatedWords('flew', 'flex'));
    assert.ok(!relatedWords('left', 'leftist'));
  });

  it('an unconfirmed claim and the statement of it with another form of an irregular verb ("had sunk" / "sank")', () => {
    const wire = `${WIRE}\n\nEarly reports from the coast were confused, and reports from the harbour were few.`;
    const found = claims(
      `${wire}\n\nSurvivors said the Orvel ferry had sunk off the cape, but this has not been officially confirmed.`,
      `${wire}\n\nThe Orvel ferry sank off the cape in heavy seas, the coastguard said.`,
    );
    assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.label)));
    assert.deepEqual(texts(found[0]!).map((t) => t.slice(0, 26)), ['a.txt:Survivors said the O', 'a.txt:but this has not bee', 'b.txt:The Orvel ferry sank']);
    // Another verb: nothing is said of the sinking.
    assert.deepEqual(claims(
      `${wire}\n\nSurvivors said the Orvel ferry had sunk off the cape, but this has not been officially confirmed.`,
      `${wire}\n\nThe Orvel ferry sailed off the cape in heavy seas, the coastguard said.`,
    ), []);
  });

  it('a denial is not matched with a statement that shares a name and a word beginning alike ("at the mission" / "missing")', () => {
    const found = claims(
      `${WIRE}\n\nA Velda official denied that Tomas Ardell had been detained at the mission. Police detained two sailors at the piers.`,
      `${WIRE}\n\nTomas Ardell has been missing for six days, his brother said. Two sailors were detained at the piers.`,
      [['Tomas Ardell', 'person']],
    );
    assert.deepEqual(found, []);
  });

  it('a denial and the statement it denies, a word in another form ("Veldan" / "Velda")', () => {
    const found = claims(
      `${WIRE}\n\nA Velda official denied that Tomas Ardell had been detained by the Veldan mission.`,
      `${WIRE}\n\nTomas Ardell was detained by the Velda mission on Monday, his brother said.`,
      [['Tomas Ardell', 'person']],
    );
    assert.equal(found.length, 1);
  });

  it('an attributive "innocent" ("police shot an innocent man") denies nothing; said of someone ("he was innocent") it denies', () => {
    const found = claims(
      `${WIRE}\n\nCampaigners said the account was right, and police killed an innocent man.`,
      `${WIRE}\n\nPolice killed Tomas Ardell at the quay on Sunday as officers looked for another man.`,
      [['Tomas Ardell', 'person']],
    );
    assert.deepEqual(found.map((d) => d.label), []);
    const denied = claims(
      `${WIRE}\n\nHis lawyer said Tomas Ardell was innocent of smuggling the crates through the piers.`,
      `${WIRE}\n\nTomas Ardell was caught smuggling the crates through the piers on Sunday.`,
      [['Tomas Ardell', 'person']],
    );
    assert.equal(denied.length, 1, JSON.stringify(denied.map((d) => d.label)));
  });

  it('"deny" that withholds ("to deny the Velda Rovers the cup", "was denied bail") disputes nothing; with a clause or a report it disputes', () => {
    const names: Names = [['Tomas Ardell', 'person']];
    const b = `${WIRE}\n\nTomas Ardell saved two penalties at the quay ground. His saves cost the Velda Rovers their cup, and bail was set for their captain.`;
    for (const a of [
      'Tomas Ardell saved two penalties at the quay ground to deny the Velda Rovers the cup.',
      'Two saves by Tomas Ardell denied the Velda Rovers their cup.',
      'The Velda Rovers captain was denied bail after the cup.',
    ]) assert.deepEqual(claims(`${WIRE}\n\n${a}`, b, names).map((d) => d.label), [], a);
    const denied = claims(`${WIRE}\n\nThe club denied that Tomas Ardell saved two penalties at the quay ground.`, b, names);
    assert.equal(denied.length, 1, JSON.stringify(denied.map((d) => d.label)));
  });

  it('a denial is not against a statement left open ("may or may not have …", "whether …")', () => {
    const denial = `${WIRE}\n\nTomas Ardell previously had denied that he discussed the harbour fees with the Velda minister.`;
    for (const open of [
      'Now Tomas Ardell says he may or may not have discussed the harbour fees with the Velda minister.',
      'Officials are investigating whether Tomas Ardell discussed the harbour fees with the Velda minister.',
    ]) assert.deepEqual(claims(denial, `${WIRE}\n\n${open}`, [['Tomas Ardell', 'person']]).map((d) => d.label), [], open);
    const asserted = claims(denial, `${WIRE}\n\nSources said Tomas Ardell discussed the harbour fees with the Velda minister in December.`, [['Tomas Ardell', 'person']]);
    assert.equal(asserted.length, 1, JSON.stringify(asserted.map((d) => d.label)));
  });

  it('a claim said to be unconfirmed in its own sentence ("… but this has not been officially confirmed", "…, which could not be independently verified") against the claim stated', () => {
    for (const unconfirmed of [
      'Witnesses said the freighter Ardent had rammed the northern pier but this has not been officially confirmed.',
      'Dockers said the freighter Ardent had rammed the northern pier, which could not be independently verified.',
    ]) {
      const found = claims(`${WIRE}\n\n${unconfirmed}`, `${WIRE}\n\nThe freighter Ardent rammed the northern pier before dawn, the coastguard said.`);
      assert.equal(found.length, 1, unconfirmed);
      assert.deepEqual(found[0]!.members.map((m) => m.doc).sort(), ['a.txt', 'b.txt']);
    }
  });

  it('not an unconfirmed claim against a statement of something else, and "it had not been proven that …" is about what follows', () => {
    const unconfirmed = `${WIRE}\n\nWitnesses said the freighter Ardent had rammed the northern pier but this has not been officially confirmed.`;
    assert.deepEqual(claims(unconfirmed, `${WIRE}\n\nThe freighter Ardent was unloaded at the southern quay on Monday.`).map((d) => d.label), []);
    const unproven = claims(
      `${WIRE}\n\nThe judge said it had not been proven that the freighter Ardent rammed the northern pier.`,
      `${WIRE}\n\nThe freighter Ardent rammed the northern pier before dawn, the coastguard said.`,
    );
    assert.equal(unproven.length, 1);
    assert.match(unproven[0]!.members.find((m) => m.doc === 'a.txt')!.text, /not been proven that the freighter/);
  });

  // Two outlets' own reports of one event: no wire paragraph, no shared quote.
  const OWN_A = 'Lenna Ostrova of the Harbour Authority spoke to reporters in Norland on Sunday evening.';
  const OWN_B = 'In Norland, officials at the Harbour Authority gave few details about the arrest at the quay.';
  const DENIAL = `${OWN_A}\n\nThe Harbour Authority denied that Tomas Ardell was handcuffed when the officers shot him at the quay.`;
  const ASSERTION = `${OWN_B}\n\nWitnesses said Tomas Ardell was handcuffed when the officers shot him near the quay.`;

  it('reports written apart that name two of the event\'s people, places or organisations: the denial and what it denies', () => {
    const found = claims(DENIAL, ASSERTION, [['Tomas Ardell', 'person']]);
    assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.label)));
    assert.deepEqual(found[0]!.members.map((m) => m.doc).sort(), ['a.txt', 'b.txt']);
  });

  it('reports that share no passage at all, in a folder of one event: the denial and what it denies', () => {
    const found = claims(
      `${OWN_A}\n\nThe Harbour Authority denied that Tomas Ardell was handcuffed when the officers shot him at the quay.`,
      `${OWN_B}\n\nTomas Ardell was handcuffed and unarmed, a cousin insisted, when officers shot him.`,
      [['Tomas Ardell', 'person']],
    );
    assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.label)));
    assert.deepEqual(found[0]!.members.map((m) => m.doc).sort(), ['a.txt', 'b.txt']);
  });

  it('a remark set off by commas inside a claim is not its topic: the claim is found told without it, and the remark\'s words alone are not the claim', () => {
    const a = `${OWN_A}\n\nSurvivors said the Orvel ferry, carrying 40 passengers and 6 crew, had sunk off the cape, but this has not been officially confirmed.`;
    const found = claims(a, `${OWN_B}\n\nThe Orvel ferry sank off the cape in heavy seas.`);
    assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.label)));
    assert.ok(found[0]!.members.some((m) => m.doc === 'b.txt' && m.text.startsWith('The Orvel ferry sank')));
    assert.deepEqual(claims(a, `${OWN_B}\n\nThe captain told passengers and crew to put on life jackets.`), []);
  });

  it('not reports that share one rare name only', () => {
    // (Only Tomas Ardell in common: another story about him, as far as the names tell.)
    const m = new CorpusMatcher();
    const a = 'The Harbour Authority denied that Tomas Ardell was handcuffed when the officers shot him at the quay.';
    const b = 'Witnesses in Marrow Bay said Tomas Ardell was handcuffed when the officers shot him near the quay.';
    m.upsert('a.txt', a, { quotes: [], entities: entities(a, [['Harbour Authority', 'organization'], ['Tomas Ardell', 'person']]) });
    m.upsert('b.txt', b, { quotes: [], entities: entities(b, [['Marrow Bay', 'place'], ['Tomas Ardell', 'person']]) });
    assert.deepEqual(m.discrepancies().filter((d) => d.kind === 'claim' && d.label.startsWith('disputed')), []);
  });
});

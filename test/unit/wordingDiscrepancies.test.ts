/**
 * Quote wording (detectors/wording.ts): the versions of one utterance in several outlets differ by
 * words added, dropped or changed inside the quote; not by trimming its start or end, case,
 * punctuation, British / US spelling or "per cent" / "percent". Invented speakers and quotes.
 */
import assert from 'node:assert/strict';
import type { Discrepancy } from '../../src/core/common/analysisFormat';
import type { Quote } from '../../src/core/common/types';
import { CorpusMatcher } from '../../src/core/corpus';

function quotesOf(text: string, speaker: string): Quote[] {
  const out: Quote[] = [];
  for (const m of text.matchAll(/“([^”]+)”/g)) {
    const start = m.index! + 1;
    out.push({ start, end: start + m[1]!.length, text: m[1]!, speaker, kind: /[.,!?]$/.test(m[1]!) ? 'direct' : 'partial' });
  }
  return out;
}

function wording(...texts: string[]): Discrepancy[] {
  const m = new CorpusMatcher();
  texts.forEach((t, i) => m.upsert(`${String.fromCharCode(97 + i)}.txt`, t, { quotes: quotesOf(t, 'Orla Finch'), entities: [] }));
  assert.equal(m.quoteClusters().length, 1, 'the two renderings are one cluster');
  return m.discrepancies().filter((d) => d.kind === 'wording');
}

const members = (d: Discrepancy) => d.members.map((m) => `${m.doc}:${m.text}`);

describe('quote wording', () => {
  it('words added inside the quote ("what we could" / "everything that we could")', () => {
    const found = wording(
      'The rescue chief said: “We did what we could for the families on the ridge that night.”',
      '“We did everything that we could for the families on the ridge that night,” Orla Finch said.',
    );
    assert.equal(found.length, 1);
    assert.deepEqual(members(found[0]!), ['a.txt:what', 'b.txt:everything that']);
  });

  it('a function word added inside the quote that changes its grammar ("the cost the council pays" / "the cost of the council pays")', () => {
    const found = wording(
      'Orla Finch said: “Our protest is tiny in comparison to the cost the council pays to the banks every year.”',
      'Orla Finch said: “Our protest is tiny in comparison to the cost of the council pays to the banks every year.”',
    );
    assert.equal(found.length, 1);
    assert.deepEqual(members(found[0]!), ['a.txt:cost the', 'b.txt:cost of the']);
  });

  it('one word for another inside the quote ("supply ship" / "supply vessel")', () => {
    const found = wording(
      'Orla Finch said: “The supply ship was carrying fuel and engine parts for the northern fleet.”',
      'Orla Finch said: “The supply vessel was carrying fuel and engine parts for the northern fleet.”',
    );
    assert.equal(found.length, 1);
    assert.deepEqual(members(found[0]!), ['a.txt:ship', 'b.txt:vessel']);
  });

  it('not a trimmed rendering, nor an article or "that" more or less', () => {
    assert.deepEqual(
      wording(
        'Orla Finch said: “Frankly, the repairs to the sea wall will take the whole winter and most of the spring.”',
        'She said “the repairs to the sea wall will take the whole winter” before leaving.',
      ),
      [],
    );
    assert.deepEqual(
      wording(
        'Orla Finch said: “We know that the repairs to the sea wall will take the whole winter and the spring.”',
        'Orla Finch said: “We know the repairs to the sea wall will take the whole winter and spring.”',
      ),
      [],
    );
  });

  it('not a contraction written out ("the valley\'s flooding" / "the valley is flooding", "didn\'t" / "did not")', () => {
    assert.deepEqual(
      wording(
        'Orla Finch said: “The whole valley is flooding and we did not get any warning from the dam operators.”',
        'Orla Finch said: “The whole valley\'s flooding and we didn\'t get any warning from the dam operators.”',
      ),
      [],
    );
  });

  it('one sentence of one person said in other words, keeping a phrase ("no information on the motive" / "no leads … as far as the motive")', () => {
    const story = 'The warehouse on Quarry Lane burned down on Sunday night while the night watchman was away.';
    const found = wording(
      `${story} The fire chief said: “We have no information on the motive or the intent.”`,
      `${story} “We just do not have any leads at all as far as the motive or the intent in this,” Orla Finch said.`,
    );
    assert.equal(found.length, 1);
    assert.deepEqual(members(found[0]!), ['a.txt:We have no information on', 'b.txt:We just do not have any leads at all as far as']);
  });

  it('one sentence of one person in other words with no phrase kept: the whole of each ("70% of the flow" / "70 percent of all the water")', () => {
    const story = 'The warehouse on Quarry Lane burned down on Sunday night while the night watchman was away.';
    const found = wording(
      `${story} “These four gates carry 70% of the flow and the lower fields will be flooded within days,” Orla Finch said.`,
      `${story} Orla Finch said: “Nearly 70 percent of all the water leaving the reservoir in winter passes through these four spillway gates.”`,
    );
    assert.equal(found.length, 1);
    assert.equal(found[0]!.members.length, 2);
  });

  it('not two renderings trimmed at opposite ends, though one person said them', () => {
    assert.deepEqual(
      wording(
        'Orla Finch said the repairs “will take the whole winter and most of the spring” at the sea wall.',
        'Orla Finch said: “Frankly, the repairs will take the whole winter.”',
      ),
      [],
    );
  });

  it('not a verb in the reporter\'s tense or person inside a quote woven into the sentence (she “no longer had …” / “I no longer have …”)', () => {
    assert.deepEqual(
      wording(
        'Orla Finch said: “I know that I no longer have the votes to pass the harbour budget this year.”',
        'The mayor conceded that she “no longer had the votes to pass the harbour budget this year” on Tuesday.',
      ),
      [],
    );
    assert.deepEqual(
      wording(
        'Orla Finch said: “I know what the harbour budget takes and I know the council will not pass it this year.”',
        'The mayor said she “knows what the harbour budget takes and I know the council will not pass it this year”.',
      ),
      [],
    );
  });

  it('but a verb inflected differently in a quote that stands on its own is other words ("the mayor I want to be" / "… I wanted to be")', () => {
    const found = wording(
      'Orla Finch said: “My conduct last night was not that of the mayor I want to be, and I am sorry.”',
      'Orla Finch said: “My conduct last night was not that of the mayor I wanted to be, and I am sorry.”',
    );
    assert.equal(found.length, 1);
    assert.deepEqual(members(found[0]!), ['a.txt:want', 'b.txt:wanted']);
  });

  it('not a quote against the reporter\'s own words after another outlet\'s partial quote of it (“… in the tank” to do the job)', () => {
    const found = wording(
      '“I know that I no longer have enough in the tank to do it justice,” Orla Finch told the harbour council.',
      'Orla Finch said she “no longer had enough in the tank” to do the job, and left the harbour council.',
    );
    assert.deepEqual(found.map((d) => d.label), []);
  });

  it('not case, punctuation, British / US spelling or "per cent" / "percent"', () => {
    assert.deepEqual(
      wording(
        'Orla Finch said: “The harbour centre lost 40 per cent of its trade, and the colour of the water changed.”',
        'Orla Finch said: “The harbour center lost 40 percent of its trade and the color of the Water changed.”',
      ),
      [],
    );
  });

  it('not a number in figures or words, nor a word cut short ("eight" / "8", "December" / "Dec", "defibrillator" / "defib"); but a word that only begins alike is', () => {
    assert.deepEqual(
      wording(
        'Orla Finch said: “For eight years the old defibrillator sat in the hall until the storm of December 7 took the roof and the pier with it.”',
        'Orla Finch said: “For 8 years the old defib sat in the hall until the storm of Dec 7 took the roof and the pier with it.”',
      ),
      [],
    );
    const found = wording(
      'Orla Finch said: “For eight years the old car sat in the hall until the storm of December 7 took the roof and the pier with it.”',
      'Orla Finch said: “For nine years the old cargo sat in the hall until the storm of December 7 took the roof and the pier with it.”',
    );
    assert.deepEqual(found.map((d) => members(d)), [['a.txt:eight', 'b.txt:nine'], ['a.txt:car', 'b.txt:cargo']]);
    const inflected = wording('Orla Finch said: “We were warm and ready when the boats came back in after the storm.”', 'Orla Finch said: “We were warming and ready when the boats came back in after the storm.”');
    assert.deepEqual(inflected.map((d) => members(d)), [['a.txt:warm', 'b.txt:warming']]);
  });

  it('not an initialism for the words it stands for ("HM the Queen" / "Her Majesty the Queen"); but other capitals are', () => {
    assert.deepEqual(
      wording(
        'Orla Finch said: “Throughout the long winter, Her Majesty the Queen wrote to every family on the island and thanked them.”',
        'Orla Finch said: “Throughout the long winter, HM the Queen wrote to every family on the island and thanked them.”',
      ),
      [],
    );
    const found = wording(
      'Orla Finch said: “Throughout the long winter, Her Majesty the Queen wrote to every family on the island and thanked them.”',
      'Orla Finch said: “Throughout the long winter, the UN Envoy wrote to every family on the island and thanked them.”',
    );
    assert.equal(found.length, 1);
  });

  it('not a sentence more in one rendering against its other ending ("… the quay. We will be back" / "… the quay, as we promised")', () => {
    assert.deepEqual(
      wording(
        'Orla Finch said: “We will rebuild the harbour wall and the old ferry quay. We will need the whole town to help us.”',
        'Orla Finch said: “We will rebuild the harbour wall and the old ferry quay, as we promised the fishermen,” she said.',
      ),
      [],
    );
    // A clause inserted after a sentence break, the rest shared, is still reported.
    const inserted = wording(
      'Orla Finch said: “It stopped us all in our tracks on the quay this morning. I could not understand what was happening to the boats.”',
      'Orla Finch said: “It stopped us all in our tracks on the quay. This morning, like many neighbours, I could not understand what was happening to the boats.”',
    );
    assert.ok(inserted.some((d) => members(d).some((m) => m.includes('like many neighbours'))), JSON.stringify(inserted.map(members)));
    // Other words at the end of one sentence are still reported.
    const found = wording(
      'Orla Finch said: “We will rebuild the harbour wall and the old ferry quay before the spring tides.”',
      'Orla Finch said: “We will rebuild the harbour wall and the old ferry quay after the summer fair.”',
    );
    assert.equal(found.length, 1);
  });
});

describe('quote wording: short quotes', () => {
  // Two articles of one story (entities in common), each quoting a short phrase.
  function short(speakers: [string, string], ...texts: string[]): Discrepancy[] {
    const m = new CorpusMatcher();
    texts.forEach((t, i) => {
      const entities = [...t.matchAll(/Kerrow Navy|Port Sella/g)].map((x) => ({ start: x.index!, end: x.index! + x[0].length, text: x[0], type: 'organization' as const, canonical: x[0] }));
      m.upsert(`${String.fromCharCode(97 + i)}.txt`, t, { quotes: quotesOf(t, speakers[i % 2]!), entities });
    });
    return m.discrepancies().filter((d) => d.kind === 'wording');
  }
  const navy: [string, string] = ['Kerrow Navy', 'Kerrow Navy'];

  it('one word changed in a short quote: a pirate “mother ship” / a pirate “mother vessel”', () => {
    const found = short(
      navy,
      'The Kerrow Navy said it had sunk a pirate “mother ship” near Port Sella last month.',
      'Last month the Kerrow Navy sank what it called a pirate “mother vessel” off Port Sella.',
    );
    assert.equal(found.length, 1);
    assert.deepEqual(members(found[0]!), ['a.txt:mother ship', 'b.txt:mother vessel']);
    assert.equal(found[0]!.label, '"mother ship" / "mother vessel"');
  });

  it('not another form of one word, a spelling, nor the same words', () => {
    assert.deepEqual(short(navy, 'The Kerrow Navy warned of “cold calls” from Port Sella.', 'The Kerrow Navy warned of “cold calling” from Port Sella.'), []);
    assert.deepEqual(short(navy, 'The Kerrow Navy called it “armoured vehicles” at Port Sella.', 'The Kerrow Navy called it “armored vehicles” at Port Sella.'), []);
    assert.deepEqual(short(navy, 'The Kerrow Navy spoke of a “mother ship” at Port Sella.', 'The Kerrow Navy spoke of a “mother ships” at Port Sella.'), []);
  });

  it('not two speakers, nor two stories', () => {
    assert.deepEqual(short(['Kerrow Navy', 'Ines Moro'], 'The Kerrow Navy said it had sunk a “mother ship” near Port Sella.', 'Ines Moro said the Kerrow Navy had sunk a “mother vessel” near Port Sella.'), []);
    assert.deepEqual(short(navy, 'Officials spoke of a “mother ship” in the harbour.', 'Critics spoke of a “mother vessel” at the fair.'), []);
  });
});

import assert from 'node:assert/strict';
import { CorpusMatcher } from '../../src/core/corpus';
import { quotesOf, shape } from '../shared/quoteSnippets';

function corpus(docs: Record<string, string | [string, string | null | (string | null)[]]>): CorpusMatcher {
  const m = new CorpusMatcher();
  for (const [path, d] of Object.entries(docs)) {
    const [text, speaker] = typeof d === 'string' ? [d, null] : d;
    m.upsert(path, text, { quotes: quotesOf(text, speaker), entities: [] });
  }
  return m;
}

// Three outlets on one fictional story: a harbour strike.
const A =
  'Dock workers walked out at Port Elling on Monday.\n\n' +
  'Union leader Ada Brennan said: “We cannot accept this kind of deal, and we will not go back until it changes.”\n\n' +
  'The port authority called the strike a “clean break” with years of calm.';
const B =
  'Port Elling was silent on Monday as dock workers struck.\n\n' +
  '“We cannot accept this sort of deal,” union leader Ada Brennan told reporters.\n\n' +
  'Managers described the walkout as a “clean break” with the past.';
const C =
  'A strike closed Port Elling on Monday.\n\n' +
  'Ada Brennan, who leads the union, said members “cannot accept this deal”.\n\n' +
  'Shipping lines said they would divert cargo to other ports.';

describe('quote clusters', () => {
  it('joins verbatim, trimmed and reworded renderings of one utterance, and short quotes by exact phrase', () => {
    const m = corpus({ 'a.txt': [A, 'Ada Brennan'], 'b.txt': [B, 'Ada Brennan'], 'c.txt': [C, 'Ada Brennan'] });
    assert.deepEqual(shape(m.quoteClusters()), [
      [
        'a.txt:We cannot accept this kind of deal, and we will not go back until it changes.',
        'b.txt:We cannot accept this sort of deal,',
        'c.txt:cannot accept this deal',
      ],
      ['a.txt:clean break', 'b.txt:clean break'],
    ]);
  });

  it('labels a cluster with a short representative text and compares every version with a reference', () => {
    const m = corpus({ 'a.txt': [A, 'Ada Brennan'], 'b.txt': [B, 'Ada Brennan'], 'c.txt': [C, 'Ada Brennan'] });
    const deal = m.quoteClusters().find((c) => c.members.length === 3)!;
    assert.ok(deal.label.split(' ').length <= 13);
    const ref = deal.members[deal.reference]!;
    assert.equal(ref.doc, 'a.txt');
    const b = deal.variants.find((v) => deal.members[v.member]!.doc === 'b.txt')!;
    const changed = b.ops.filter((o) => o.op !== 'equal');
    assert.deepEqual(changed.map((o) => [o.op, o.textA, o.textB]), [['replace', 'kind', 'sort']]);
    // Spans point into the two articles.
    const op = changed[0]!;
    assert.equal(A.slice(op.a.start, op.a.end), 'kind');
    assert.equal(B.slice(op.b.start, op.b.end), 'sort');
    const c = deal.variants.find((v) => deal.members[v.member]!.doc === 'c.txt')!;
    assert.deepEqual(
      c.ops.filter((o) => o.op !== 'equal').map((o) => [o.op, o.textA, o.textB]),
      [['delete', 'kind of', '']],
    );
  });

  it('puts a quote that strings two utterances together in both clusters, and keeps them apart', () => {
    const m = corpus({
      'a.txt': 'The governor said: “The bridge will reopen in May. Tolls will be scrapped for local drivers.”',
      'b.txt': 'The governor promised that “the bridge will reopen in May”. Later she added that “tolls will be scrapped for local drivers”.',
      'c.txt': 'According to the governor, “tolls will be scrapped for local drivers”.',
    });
    const clusters = shape(m.quoteClusters());
    assert.equal(clusters.length, 2);
    assert.deepEqual(clusters, [
      ['a.txt:The bridge will reopen in May. Tolls will be scrapped for local drivers.', 'b.txt:the bridge will reopen in May'],
      ['a.txt:The bridge will reopen in May. Tolls will be scrapped for local drivers.', 'b.txt:tolls will be scrapped for local drivers', 'c.txt:tolls will be scrapped for local drivers'],
    ]);
    const both = m.clustersAt('a.txt', 40);
    assert.equal(both.length, 2);
  });

  it('keeps apart the sentences after a shared one when all they share is function words ("do not")', () => {
    const speaker = 'Mara Lind';
    const m = corpus({
      'a.txt': ['Mayor Mara Lind spoke at the flood memorial. “Never give up on your neighbours. Do not forget the people who rebuilt this town,” she said.', speaker],
      'b.txt': ['At the memorial Mara Lind told residents: “You should never give up on your neighbours. I repeat, do not let anyone divide us.”', speaker],
      'c.txt': ['“I repeat: do not let anyone divide us, ever,” Mara Lind said at the flood memorial.', speaker],
    });
    assert.deepEqual(shape(m.quoteClusters()), [
      ['a.txt:Never give up on your neighbours. Do not forget the people who rebuilt this town,', 'b.txt:You should never give up on your neighbours. I repeat, do not let anyone divide us.'],
      ['b.txt:You should never give up on your neighbours. I repeat, do not let anyone divide us.', 'c.txt:I repeat: do not let anyone divide us, ever,'],
    ]);
  });

  it('cuts a quote at an ellipsis run into a capitalised word (words left out between two sentences), so its two sentences stay two clusters', () => {
    const speaker = 'Oren Vale';
    const joined = 'We may never see the old harbour full again, but as long as the sea wall stands, the town is safe…And I will ask the council to fund its repair before winter.';
    const m = corpus({
      'a.txt': [`Harbourmaster Oren Vale said: “${joined}”`, speaker],
      'b.txt': ['“As long as the sea wall stands, the town is safe,” Oren Vale told the meeting.', speaker],
      'c.txt': ['Oren Vale added: “I will ask the council to fund its repair before the storms of winter.”', speaker],
    });
    assert.deepEqual(shape(m.quoteClusters()), [
      [`a.txt:${joined}`, 'b.txt:As long as the sea wall stands, the town is safe,'],
      [`a.txt:${joined}`, 'c.txt:I will ask the council to fund its repair before the storms of winter.'],
    ]);
  });

  it('joins words one person quotes from another, in marks of their own inside the quote, to that other person\'s quote of them; not the same words said by the second', () => {
    const show = 'The city museum opened a show on the garden movement on Sunday, with plans, photographs and letters of the founders of the Greenhaven allotment society.\n\n';
    const coined = [show + 'Inventor Ivo Marek coined the slogan “every street a garden” in 1961, the city museum says.', 'Ivo Marek'] as [string, string];
    const inner = [show + 'At the museum, Mayor Sela Tran said: “‘Every street a garden’ still guides this city, and it will guide the next council too.”', 'Sela Tran'] as [string, string];
    assert.deepEqual(shape(corpus({ 'a.txt': coined, 'b.txt': inner }).quoteClusters()), [
      ['a.txt:every street a garden', 'b.txt:‘Every street a garden’ still guides this city, and it will guide the next council too.'],
    ]);
    // A short phrase too (step 3).
    const shortA = [show + 'The museum says Ivo Marek called the plan a “green city” in 1961.', 'Ivo Marek'] as [string, string];
    const shortB = [show + 'Mayor Sela Tran said: “The ‘green city’ is still our plan for the next council.”', 'Sela Tran'] as [string, string];
    assert.equal(corpus({ 'a.txt': shortA, 'b.txt': shortB }).quoteClusters().length, 1);
    // Without marks of their own the words are the mayor's: two people, two utterances.
    const own = [show + 'At the museum, Mayor Sela Tran said: “Every street a garden still guides this city, and it will guide the next council too.”', 'Sela Tran'] as [string, string];
    assert.deepEqual(corpus({ 'a.txt': coined, 'b.txt': own }).quoteClusters(), []);
    const ownShort = [show + 'Mayor Sela Tran said: “The green city is still our plan for the next council.”', 'Sela Tran'] as [string, string];
    assert.deepEqual(corpus({ 'a.txt': shortA, 'b.txt': ownShort }).quoteClusters(), []);
  });

  it('puts a statement two outlets quote whole in the cluster of each sentence, without chaining the sentences others quote alone', () => {
    const statement = 'I have decided to leave the orchestra after twelve years. The players deserve a conductor with fresh energy. I will stay until the spring tour is over.';
    const whole = (s: string) => [`Conductor Ilse Varga announced her departure on Friday.\n\n“${s}” Varga said in a statement.`, 'Ilse Varga'] as [string, string];
    const docs = {
      'c.txt': ['Ilse Varga is stepping down. “I have decided to leave the orchestra after twelve years,” she wrote.', 'Ilse Varga'] as [string, string],
      'd.txt': ['The conductor said she would stay on for now. “I will stay until the spring tour is over,” Ilse Varga said.', 'Ilse Varga'] as [string, string],
    };
    // Whole in the same words (one link per sentence) or with a word changed (aligned, cut at the sentences).
    for (const b of [statement, statement.replace('fresh energy', 'new energy')]) {
      const m = corpus({ 'a.txt': whole(statement), 'b.txt': whole(b), ...docs });
      const clusters = shape(m.quoteClusters());
      assert.deepEqual(clusters, [
        // The sentence nobody quotes alone: its own cluster of the two whole versions.
        [`a.txt:${statement}`, `b.txt:${b}`],
        [`a.txt:${statement}`, `b.txt:${b}`, 'c.txt:I have decided to leave the orchestra after twelve years,'],
        [`a.txt:${statement}`, `b.txt:${b}`, 'd.txt:I will stay until the spring tour is over,'],
      ]);
    }
  });

  it('keeps one cluster for a statement quoted whole by two outlets when nobody quotes its sentences apart, and compares it whole', () => {
    const a = 'Conductor Ilse Varga said: “I have decided to leave the orchestra after twelve years. The players deserve a conductor with fresh energy. I will stay until the spring tour is over.”';
    const b = '“I have decided to leave the orchestra after twelve years. I will stay until the spring tour is over,” Ilse Varga said.';
    const m = corpus({ 'a.txt': [a, 'Ilse Varga'], 'b.txt': [b, 'Ilse Varga'] });
    const clusters = m.quoteClusters();
    assert.equal(clusters.length, 1);
    const c = clusters[0]!;
    const other = c.variants.find((v) => v.member !== c.reference)!;
    // The sentence one outlet leaves out between the other two is a difference of the versions.
    assert.ok(other.ops.some((o) => o.op !== 'equal' && /fresh energy/.test(o.textA + o.textB)));
  });

  it('joins two quotes that each join several sentences when they share most of one sentence, a word changed; not a few words of it', () => {
    const a = ['Medic Tomas Reyl said: “Could the guard have been saved without the new machine by anyone else in the bank that night? I cannot say, but we got him back after one zap, so that’s quite fast.”', 'Tomas Reyl'] as [string, string];
    const b = ['“We got him back after one shock, so that’s quite fast. I am not an engineer, and the details of the lock I leave to the makers and to the police,” Tomas Reyl said.', 'Tomas Reyl'] as [string, string];
    assert.equal(corpus({ 'a.txt': a, 'b.txt': b }).quoteClusters().length, 1);
    const c = ['“We got him back in the end, and the bank will say whether that was fast. I am not an engineer, and the details of the lock I leave to the makers and to the police,” Tomas Reyl said.', 'Tomas Reyl'] as [string, string];
    assert.deepEqual(corpus({ 'a.txt': a, 'c.txt': c }).quoteClusters(), []);
  });

  it('joins a partial quote whose first verb the reporter re-inflected to the quote that holds the rest; not another verb', () => {
    const story = 'Tilda Rask resigned as mayor of Harbourside on Monday after nine years in office and two terms on the town council.';
    const speech = [`${story}\n\nMayor Tilda Rask said: “Leading the town means knowing when to stop, and to have the patience to do it well.”`, 'Tilda Rask'] as [string, string];
    const m = corpus({ 'a.txt': speech, 'b.txt': [`${story}\n\nTilda Rask praised leaders “having the patience to do it” in office.`, 'Tilda Rask'] });
    assert.deepEqual(shape(m.quoteClusters()), [['a.txt:Leading the town means knowing when to stop, and to have the patience to do it well.', 'b.txt:having the patience to do it']]);
    const n = corpus({ 'a.txt': speech, 'b.txt': [`${story}\n\nTilda Rask praised leaders “lacking the patience to do it” in office.`, 'Tilda Rask'] });
    assert.deepEqual(n.quoteClusters(), []);
  });

  it('joins one-word quotes only with support: quotes of the same sentence inside the same quote', () => {
    const m = corpus({
      'a.txt': ['Inspector Rhona Field said the plan was “reckless” and “unacceptable” for the village.', 'Rhona Field'],
      'b.txt': ['The inspector, Rhona Field, wrote: “This plan is reckless and unacceptable, and it must be withdrawn.”', 'Rhona Field'],
      'c.txt': ['A neighbour said the driving on the bypass was “reckless”.', 'Sam Ortiz'],
      'd.txt': ['Inspector Rhona Field said the new road was “reckless”.', 'Rhona Field'],
    });
    assert.deepEqual(shape(m.quoteClusters()), [['a.txt:reckless', 'a.txt:unacceptable', 'b.txt:This plan is reckless and unacceptable, and it must be withdrawn.']]);
  });

  it('joins a headline word to the body quote that contains it', () => {
    const m = corpus({
      'a.txt': 'Harbour talks at a “dead end”\n\nThe mediator said: “We have reached a dead end in these talks.”',
      'b.txt': 'Mediators gave up on Friday. “We have reached a dead end in these talks,” the mediator said.',
    });
    assert.deepEqual(shape(m.quoteClusters()), [
      ['a.txt:We have reached a dead end in these talks.', 'a.txt:dead end', 'b.txt:We have reached a dead end in these talks,'],
    ]);
  });

  it('joins a word quoted alone to its own article\'s quote that holds it, unless it is a word of every story', () => {
    const coach = 'Bram Velde';
    const season = 'The club finished bottom of the league after a long and difficult season in which it won only three of its thirty matches.';
    const m = corpus({
      'a.txt': [`${season}\n\nCoach Bram Velde said it was “time” to rebuild the squad.\n\nLater he added: “The club has given me time for reflection and I am grateful to the fans.”`, coach],
      'b.txt': [`${season}\n\nBram Velde said on Sunday that it was “time” to rebuild the squad after the defeat.`, coach],
    });
    assert.deepEqual(shape(m.quoteClusters()), [['a.txt:time', 'b.txt:time']]);
    const n = corpus({
      'a.txt': [`${season}\n\nIvo Marsh called the referee a “cheat” after the final.\n\nMarsh told reporters: “You took a point from us, you are a cheat and everyone in the ground saw it.”`, 'Ivo Marsh'],
      'b.txt': [`${season}\n\nIvo Marsh called the referee a “cheat” as he left the pitch.`, 'Ivo Marsh'],
    });
    assert.deepEqual(shape(n.quoteClusters()), [['a.txt:You took a point from us, you are a cheat and everyone in the ground saw it.', 'a.txt:cheat', 'b.txt:cheat']]);
  });

  it('joins one person\'s sentence translated back in other nouns, keeping a long run of its grammar; not another person\'s', () => {
    const season = 'The club finished bottom of the league after a long and difficult season in which it won only three of its thirty matches.';
    const a = `${season}\n\nLena Moritz said: “I am sorry that the attention of the past days has been on me and I hope that we can all now think about the players and the cup I love.”`;
    const b = `${season}\n\n“Sadly for the last few days the attention (of the press) has been on me and I hope that we can focus on the sport and the cup that I love,” said the coach.`;
    const m = corpus({ 'a.txt': [a, 'Lena Moritz'], 'b.txt': [b, 'Lena Moritz'] });
    assert.equal(m.quoteClusters().length, 1);
    const n = corpus({ 'a.txt': [a, 'Lena Moritz'], 'b.txt': [b, 'Ivo Marsh'] });
    assert.deepEqual(n.quoteClusters(), []);
  });

  it('keeps apart two statements that open with one short formula and go on with words of their own', () => {
    const season = 'The storm closed the harbour road for nine days and left the old quay under water for most of the week.';
    const m = corpus({
      'a.txt': [`${season}\n\nMayor Tilda Rask said: “We will rebuild Harbour Bridge because it is what the town expects.”`, 'Tilda Rask'],
      'b.txt': [`${season}\n\n“We will rebuild Harbour Bridge together,” Tilda Rask told residents.`, 'Tilda Rask'],
      'c.txt': [`${season}\n\n“We will rebuild Harbour Bridge because it is what the town expects,” the mayor, Tilda Rask, said.`, 'Tilda Rask'],
    });
    assert.deepEqual(shape(m.quoteClusters()), [['a.txt:We will rebuild Harbour Bridge because it is what the town expects.', 'c.txt:We will rebuild Harbour Bridge because it is what the town expects,']]);
  });

  it('does not join stock phrases said by different people in unrelated articles', () => {
    const m = corpus({
      'a.txt': ['The retailer said the merger was “the best of both worlds” for shoppers.', 'Jane Doyle'],
      'b.txt': ['The coach called the new stadium “the best of both worlds” for fans.', 'Marco Rossi'],
      'c.txt': ['“This offers the best of both worlds for families,” said the housing minister.', 'Li Wei'],
    });
    assert.deepEqual(m.quoteClusters(), []);
  });

  it('chooses the right utterance for a short phrase found in quotes of two', () => {
    const m = corpus({
      'a.txt': ['The minister said “the level of trust is very low”. Separately, the general said “the level of trust has degraded”.', ['Ola Berg', 'Ivo Marsh']],
      'b.txt': ['General Ivo Marsh warned that “the level of trust has degraded” since spring.', 'Ivo Marsh'],
      'c.txt': ['General Marsh, who said the “level of trust” had “degraded”, left early.', 'Ivo Marsh'],
    });
    const clusters = shape(m.quoteClusters());
    assert.deepEqual(clusters, [
      ['a.txt:the level of trust has degraded', 'b.txt:the level of trust has degraded', 'c.txt:degraded', 'c.txt:level of trust'],
    ]);
  });

  it('follows changes: a cluster appears when a second article quotes the utterance and goes when it is removed', () => {
    const m = corpus({ 'a.txt': [A, 'Ada Brennan'] });
    assert.equal(m.quoteClusters().length, 0);
    m.upsert('b.txt', B, { quotes: quotesOf(B, 'Ada Brennan') });
    assert.equal(m.quoteClusters().length, 2);
    m.rename('b.txt', 'b-renamed.txt');
    assert.ok(m.quoteClusters().every((c) => c.members.some((x) => x.doc === 'b-renamed.txt')));
    m.remove('b-renamed.txt');
    assert.equal(m.quoteClusters().length, 0);
  });
});

/**
 * Quote clusters of renderings that are not the same words: joined or split, trimmed, reworded,
 * spelled the other side's way, and short phrases; what must stay apart; and a text full of stray
 * quotation marks. Invented stories, one folder each.
 */
import assert from 'node:assert/strict';
import type { EntityMention, EntityType } from '../../src/core/common/types';
import { analyzeText, CorpusMatcher } from '../../src/core/corpus';
import { prng } from '../shared/prng';
import { quotesOf, shape } from '../shared/quoteSnippets';

interface Doc {
  text: string;
  /** Speaker of each quote in order (one name for all). */
  speakers?: string | null | (string | null)[];
}

/** Names the articles mention, with their type (speakers are matched against them). */
type Names = Record<string, EntityType>;

function entitiesOf(text: string, names: Names): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [name, type] of Object.entries(names)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) out.push({ start: at, end: at + name.length, text: name, type, canonical: name });
  }
  return out.sort((a, b) => a.start - b.start);
}

function corpus(docs: Record<string, Doc>, names: Names = {}): CorpusMatcher {
  const m = new CorpusMatcher();
  for (const [path, d] of Object.entries(docs)) m.upsert(path, d.text, { quotes: quotesOf(d.text, d.speakers), entities: entitiesOf(d.text, names) });
  return m;
}

/** A background paragraph both outlets of a story share in their own words. */
const DAM =
  'Engineers inspected the Caldor reservoir dam on Tuesday after a crack was found in its eastern spillway. ' +
  'Residents of the valley below were told to prepare for a possible evacuation while the county emergency office ' +
  'opened a shelter at the Brookfield school gymnasium and closed the river road to traffic.\n\n';
const DAM_B =
  'A crack in the eastern spillway of the Caldor reservoir dam brought engineers to the site on Tuesday. ' +
  'The county emergency office opened a shelter in the Brookfield school gymnasium, closed the river road and told ' +
  'valley residents to prepare for a possible evacuation.\n\n';

describe('quote clusters: renderings in other words', () => {
  it('a statement credited to its author by one outlet and to the spokesman who read it by another is one utterance, trimmed or whole', () => {
    const names: Names = { 'Ruth Okafor': 'person', 'Dev Malik': 'person', 'County Water Board': 'organization' };
    const m = corpus(
      {
        'a.txt': {
          text: DAM + 'In a statement, Ruth Okafor said: “The spillway will be drained and rebuilt before the spring floods arrive, and no family will be asked to pay for the damage to their homes.”',
          speakers: 'Ruth Okafor',
        },
        'b.txt': {
          text: DAM_B + 'Her spokesman Dev Malik read that “the spillway will be drained and rebuilt before the spring floods arrive”.',
          speakers: 'Dev Malik',
        },
        'c.txt': {
          text: DAM + 'The County Water Board said “no family will be asked to pay for the damage to their homes,” in a notice.',
          speakers: 'County Water Board',
        },
      },
      names,
    );
    assert.deepEqual(shape(m.quoteClusters()), [
      [
        'a.txt:The spillway will be drained and rebuilt before the spring floods arrive, and no family will be asked to pay for the damage to their homes.',
        'b.txt:the spillway will be drained and rebuilt before the spring floods arrive',
        'c.txt:no family will be asked to pay for the damage to their homes,',
      ],
    ]);
  });

  it('two sentences quoted as one by one outlet and as two by another: each sentence is a cluster, the joined quote in both', () => {
    // One outlet credits the farmer, the other her farm.
    const names: Names = { 'Anna Pryce': 'person', 'Pryce Dairy Farms': 'organization' };
    const m = corpus(
      {
        'a.txt': { text: DAM + '“We moved the cattle to higher ground overnight. The water has not reached the barns yet,” farmer Anna Pryce said.', speakers: 'Anna Pryce' },
        'b.txt': {
          text: DAM_B + '“We moved the cattle to higher ground overnight,” Pryce Dairy Farms said in a post. It added: “The water has not reached the barns yet.”',
          speakers: 'Pryce Dairy Farms',
        },
      },
      names,
    );
    const joined = 'a.txt:We moved the cattle to higher ground overnight. The water has not reached the barns yet,';
    assert.deepEqual(shape(m.quoteClusters()), [
      [joined, 'b.txt:The water has not reached the barns yet.'],
      [joined, 'b.txt:We moved the cattle to higher ground overnight,'],
    ]);
  });

  it('a quote of one content word in four words or more, alone in one outlet and joined to the next sentence in another, is one utterance', () => {
    const names: Names = { 'Anna Pryce': 'person' };
    const m = corpus(
      {
        'a.txt': { text: DAM + '“It is very hard,” Anna Pryce said. “We moved the cattle to higher ground overnight.”', speakers: 'Anna Pryce' },
        'b.txt': { text: DAM_B + '“It is very hard. We moved the cattle to higher ground overnight,” Anna Pryce said.', speakers: 'Anna Pryce' },
      },
      names,
    );
    const joined = 'b.txt:It is very hard. We moved the cattle to higher ground overnight,';
    assert.deepEqual(shape(m.quoteClusters()), [
      ['a.txt:It is very hard,', joined],
      ['a.txt:We moved the cattle to higher ground overnight.', joined],
    ]);
  });

  it('not a phrase of one content word said by another person, nor one in another story', () => {
    const names: Names = { 'Anna Pryce': 'person', 'Tom Baines': 'person' };
    const other = corpus(
      {
        'a.txt': { text: DAM + '“It is very hard,” Anna Pryce said.', speakers: 'Anna Pryce' },
        'b.txt': { text: DAM_B + '“It is very hard. Nobody here slept last night,” shopkeeper Tom Baines said.', speakers: 'Tom Baines' },
      },
      names,
    );
    assert.deepEqual(other.quoteClusters(), []);
    const apart = corpus({
      'a.txt': { text: DAM + '“It is very hard,” Anna Pryce said.', speakers: 'Anna Pryce' },
      'b.txt': { text: 'The league final went to extra time on Sunday. “It is very hard. We gave everything,” Anna Pryce said.', speakers: 'Anna Pryce' },
    }, names);
    assert.deepEqual(apart.quoteClusters(), []);
  });

  it('a whole sentence of a joined quote found as one run in another quote is in its cluster; not part of a sentence, nor another person', () => {
    const names: Names = { 'Petra Lund': 'person', 'Ivo Marsh': 'person' };
    const joined = corpus(
      {
        'a.txt': { text: DAM + '“We are back on the dam. Nobody sleeps until the spillway is drained,” Petra Lund said.', speakers: 'Petra Lund' },
        'b.txt': { text: DAM_B + '“We are back on the dam and we will stay here all week,” Petra Lund told reporters.', speakers: 'Petra Lund' },
      },
      names,
    );
    assert.equal(joined.quoteClusters().length, 1);
    const part = corpus(
      {
        'a.txt': { text: DAM + '“We are back on the dam, but the crews are exhausted. Nobody sleeps until the spillway is drained,” Petra Lund said.', speakers: 'Petra Lund' },
        'b.txt': { text: DAM_B + '“We are back on the dam and we will stay here all week,” Petra Lund told reporters.', speakers: 'Petra Lund' },
      },
      names,
    );
    assert.deepEqual(part.quoteClusters(), []);
    const other = corpus(
      {
        'a.txt': { text: DAM + '“We are back on the dam. Nobody sleeps until the spillway is drained,” Petra Lund said.', speakers: 'Petra Lund' },
        'b.txt': { text: DAM_B + '“We are back on the dam and we will stay here all week,” Ivo Marsh told reporters.', speakers: 'Ivo Marsh' },
      },
      names,
    );
    assert.deepEqual(other.quoteClusters(), []);
  });

  it('a short sentence that ends one joined quote and opens another is one utterance between them; not with another person', () => {
    const names: Names = { 'Petra Lund': 'person', 'Ivo Marsh': 'person' };
    // Long quotes sharing only the five words of that sentence (three word trigrams).
    const a = '“The crews have worked through three long nights to drain the eastern spillway, shore up the cracked wall and move the pumps from the river road to the upper car park. We feel deeply sorry today,” Petra Lund said.';
    const b = '“We feel deeply sorry today. Without the volunteers who came down from every farm in the valley the school shelter would never have opened its doors in time for the first families on Tuesday night,”';
    const m = corpus(
      {
        'a.txt': { text: DAM + a, speakers: 'Petra Lund' },
        'b.txt': { text: DAM_B + b + ' Petra Lund said.', speakers: 'Petra Lund' },
      },
      names,
    );
    assert.equal(m.quoteClusters().length, 1);
    const other = corpus(
      {
        'a.txt': { text: DAM + a, speakers: 'Petra Lund' },
        'b.txt': { text: DAM_B + b + ' Ivo Marsh said.', speakers: 'Ivo Marsh' },
      },
      names,
    );
    assert.deepEqual(other.quoteClusters(), []);
  });

  it('one speaker saying one thing in other words in two outlets is one utterance', () => {
    const names: Names = { 'Petra Lund': 'person' };
    const m = corpus(
      {
        'a.txt': { text: DAM + '“We have no evidence yet on the cause or timing,” chief engineer Petra Lund said.', speakers: 'Petra Lund' },
        'b.txt': { text: DAM_B + '“Right now we simply cannot say anything about the cause or timing of this,” Petra Lund told reporters.', speakers: 'Petra Lund' },
      },
      names,
    );
    assert.equal(m.quoteClusters().length, 1);
  });

  it('one speaker giving one figure about one thing in two outlets\' words is one utterance', () => {
    const names: Names = { 'Petra Lund': 'person' };
    const m = corpus(
      {
        'a.txt': { text: DAM + '“These four gates carry 70% of the flow and we are going to see the lower fields flooded within days,” Petra Lund said.', speakers: 'Petra Lund' },
        'b.txt': { text: DAM_B + '“Nearly 70 percent of all the water leaving the reservoir in winter passes through these four spillway gates.”', speakers: 'Petra Lund' },
      },
      names,
    );
    assert.equal(m.quoteClusters().length, 1);
  });

  it('not one figure with two words in far parts of the quotes, nor a shared year, nor two people', () => {
    const names: Names = { 'Petra Lund': 'person', 'Ivo Marsh': 'person' };
    const far = corpus(
      {
        'a.txt': { text: DAM + '“The gates were last painted in a hurry, by a crew of 70 who never came back to check the work on the flow or the seals,” Petra Lund said.', speakers: 'Petra Lund' },
        'b.txt': { text: DAM_B + '“Nearly 70 houses sit below the dam and all of them will be checked again by Friday, before any decision on the gates and their flow.”', speakers: 'Petra Lund' },
      },
      names,
    );
    assert.equal(far.quoteClusters().length, 0);
    const year = corpus(
      {
        'a.txt': { text: DAM + '“These four gates were fitted in 2004 and they carry the flow of the whole valley,” Petra Lund said.', speakers: 'Petra Lund' },
        'b.txt': { text: DAM_B + '“Since 2004 the gates have needed new seals on the flow side every single winter.”', speakers: 'Petra Lund' },
      },
      names,
    );
    assert.equal(year.quoteClusters().length, 0);
    const two = corpus(
      {
        'a.txt': { text: DAM + '“These four gates carry 70% of the flow and we are going to see the lower fields flooded within days,” Petra Lund said.', speakers: 'Petra Lund' },
        'b.txt': { text: DAM_B + '“Nearly 70 percent of all the water leaving the reservoir in winter passes through these four spillway gates.”', speakers: 'Ivo Marsh' },
      },
      names,
    );
    assert.equal(two.quoteClusters().length, 0);
  });

  it('a one-word quote of a person goes with the quote of that person another of their quotes in its article is found in', () => {
    const names: Names = { 'Petra Lund': 'person', 'Ivo Marsh': 'person' };
    const m = corpus(
      {
        'a.txt': { text: DAM + '“We are treating the crack as structural and as a likely gate failure at this stage,” Petra Lund said.', speakers: 'Petra Lund' },
        'b.txt': {
          text: DAM_B + 'The crack has been called “structural” by Petra Lund, the chief engineer.\n\nShe told reporters the inspectors see it as a “likely gate failure” for now.',
          speakers: 'Petra Lund',
        },
      },
      names,
    );
    // Two regions of the long quote: two clusters, each pairing it with one of the short quotes.
    assert.deepEqual(shape(m.quoteClusters()), [
      ['a.txt:We are treating the crack as structural and as a likely gate failure at this stage,', 'b.txt:likely gate failure'],
      ['a.txt:We are treating the crack as structural and as a likely gate failure at this stage,', 'b.txt:structural'],
    ]);
  });

  it('not a one-word quote of another person', () => {
    const names: Names = { 'Petra Lund': 'person', 'Ivo Marsh': 'person' };
    const m = corpus(
      {
        'a.txt': { text: DAM + '“We are treating the crack as structural and as a likely gate failure at this stage,” Petra Lund said.', speakers: 'Petra Lund' },
        'b.txt': {
          text: DAM_B + 'The crack has been called “structural” by Ivo Marsh, the mayor.\n\nPetra Lund told reporters the inspectors see it as a “likely gate failure” for now.',
          speakers: ['Ivo Marsh', 'Petra Lund'],
        },
      },
      names,
    );
    assert.deepEqual(shape(m.quoteClusters()), [['a.txt:We are treating the crack as structural and as a likely gate failure at this stage,', 'b.txt:likely gate failure']]);
  });

  it("one outlet's spelling and another's, and a noun news copy uses for another, are the same words", () => {
    const m = corpus({
      'a.txt': { text: DAM + 'Crews towed a “supply vessel” to the dam. Officials said the delay was due to “labour shortages”.', speakers: null },
      'b.txt': { text: DAM_B + 'A “supply ship” was towed in. The delay was blamed on “labor shortages”, officials said.', speakers: null },
    });
    assert.deepEqual(shape(m.quoteClusters()), [
      ['a.txt:labour shortages', 'b.txt:labor shortages'],
      ['a.txt:supply vessel', 'b.txt:supply ship'],
    ]);
  });

  it('a one-word quote belongs to the longer quote where the word beside it in its sentence is beside it too', () => {
    const names: Names = { 'Ruth Okafor': 'person' };
    const m = corpus(
      {
        'a.txt': { text: DAM + '“The repairs follow an exhaustive, nine-week review of every gate and culvert,” Ruth Okafor said.', speakers: 'Ruth Okafor' },
        'b.txt': { text: DAM_B + 'Ruth Okafor said the repairs follow an “exhaustive” nine-week review.', speakers: 'Ruth Okafor' },
      },
      names,
    );
    assert.deepEqual(shape(m.quoteClusters()), [['a.txt:The repairs follow an exhaustive, nine-week review of every gate and culvert,', 'b.txt:exhaustive']]);
  });
});

describe('quote clusters: the same short phrase quoted twice in one article', () => {
  it('is one source\'s words whoever each sentence names, and joins its rendering elsewhere', () => {
    const names: Names = { 'Ruth Okafor': 'person', 'Tom Baines': 'person' };
    const m = corpus(
      {
        'a.txt': {
          text: DAM + 'Ruth Okafor, the site manager, is charged with “wilful neglect” for the months before the crack.\n\nTom Baines, her deputy, is charged with “wilful neglect” as well.',
          speakers: ['Ruth Okafor', 'Tom Baines'],
        },
        'b.txt': { text: DAM_B + 'The two managers face a charge of “wilful neglect” over the spillway.', speakers: null },
      },
      names,
    );
    assert.deepEqual(shape(m.quoteClusters()), [['a.txt:wilful neglect', 'a.txt:wilful neglect', 'b.txt:wilful neglect']]);
  });

  it('a repetition credited to someone else does not keep another article\'s quote of the first speaker out', () => {
    const names: Names = { 'Ruth Okafor': 'person', 'Tom Baines': 'person' };
    const m = corpus(
      {
        'a.txt': {
          text: DAM + 'Ruth Okafor said the engineers were “badly rattled” by the crack.\n\nTom Baines said it was Ruth Okafor who looked “badly rattled” on Tuesday.',
          speakers: ['Ruth Okafor', 'Tom Baines'],
        },
        'b.txt': { text: DAM_B + 'Ruth Okafor described the engineers as “badly rattled” after the inspection.', speakers: 'Ruth Okafor' },
      },
      names,
    );
    assert.deepEqual(shape(m.quoteClusters()), [['a.txt:badly rattled', 'a.txt:badly rattled', 'b.txt:badly rattled']]);
  });
});

describe('quote clusters: what stays apart', () => {
  it('two whole quotes in the same words by two people in one article stay two utterances', () => {
    const names: Names = { 'Ruth Okafor': 'person', 'Tom Baines': 'person' };
    const a = DAM + '“We are not leaving,” Ruth Okafor said.\n\n“We are not leaving,” Tom Baines said too.';
    const m = corpus(
      {
        'a.txt': { text: a, speakers: ['Ruth Okafor', 'Tom Baines'] },
        'b.txt': { text: DAM_B + '“We are not leaving,” Tom Baines told reporters.', speakers: 'Tom Baines' },
      },
      names,
    );
    const clusters = m.quoteClusters();
    assert.deepEqual(shape(clusters), [['a.txt:We are not leaving,', 'b.txt:We are not leaving,']]);
    // Tom Baines's, not Ruth Okafor's.
    assert.equal(clusters[0]!.members.find((x) => x.doc === 'a.txt')!.start, a.lastIndexOf('“We') + 1);
  });

  it('the same short phrase said by two people in one story is two utterances', () => {
    const names: Names = { 'Ruth Okafor': 'person', 'Tom Baines': 'person' };
    const m = corpus(
      {
        'a.txt': { text: DAM + 'Ruth Okafor called it “a very worrying week” for the valley.', speakers: 'Ruth Okafor' },
        'b.txt': { text: DAM_B + 'Shopkeeper Tom Baines called it “a very worrying week” for trade.', speakers: 'Tom Baines' },
      },
      names,
    );
    assert.deepEqual(m.quoteClusters(), []);
  });

  it('a partial quote opening with a possessive is the phrase another outlet quotes without it ("my loyal crews" / his "loyal crews, the valley\'s"); not after another word, nor another person', () => {
    const names: Names = { 'Ruth Okafor': 'person', 'Tom Baines': 'person' };
    const m = corpus(
      {
        'a.txt': { text: DAM + 'Ruth Okafor thanked “my loyal crews” at the dam.', speakers: 'Ruth Okafor' },
        'b.txt': { text: DAM_B + 'Ruth Okafor thanked her “loyal crews, the pride of the valley” on Tuesday.', speakers: 'Ruth Okafor' },
      },
      names,
    );
    assert.deepEqual(shape(m.quoteClusters()), [['a.txt:my loyal crews', 'b.txt:loyal crews, the pride of the valley']]);
    const afterWord = corpus(
      {
        'a.txt': { text: DAM + 'Ruth Okafor thanked “my loyal crews” at the dam.', speakers: 'Ruth Okafor' },
        'b.txt': { text: DAM_B + 'Ruth Okafor praised “the hours of the loyal crews” on Tuesday.', speakers: 'Ruth Okafor' },
      },
      names,
    );
    assert.deepEqual(afterWord.quoteClusters(), []);
    const other = corpus(
      {
        'a.txt': { text: DAM + 'Ruth Okafor thanked “my loyal crews” at the dam.', speakers: 'Ruth Okafor' },
        'b.txt': { text: DAM_B + 'Tom Baines thanked his “loyal crews, the pride of the valley” on Tuesday.', speakers: 'Tom Baines' },
      },
      names,
    );
    assert.deepEqual(other.quoteClusters(), []);
  });

  it('a name with a regnal number or a generation is the same speaker as its name without ("Edmund IV" / "King Edmund"); two people are still two', () => {
    const names: Names = { 'Edmund IV': 'person', 'King Edmund': 'person', 'Tom Baines Jr.': 'person', 'Ruth Baines': 'person', 'Ruth Okafor': 'person' };
    const m = corpus(
      {
        'a.txt': { text: DAM + 'In his address, Edmund IV spoke of “a very worrying week” for the valley.', speakers: 'Edmund IV' },
        'b.txt': { text: DAM_B + 'King Edmund spoke of “a very worrying week” for the valley.', speakers: 'King Edmund' },
      },
      names,
    );
    assert.deepEqual(shape(m.quoteClusters()), [['a.txt:a very worrying week', 'b.txt:a very worrying week']]);
    const two = corpus(
      {
        'a.txt': { text: DAM + 'Tom Baines Jr. called it “a very worrying week” for the valley.', speakers: 'Tom Baines Jr.' },
        'b.txt': { text: DAM_B + 'Ruth Okafor called it “a very worrying week” for trade.', speakers: 'Ruth Okafor' },
      },
      names,
    );
    assert.deepEqual(two.quoteClusters(), []);
  });

  it('a strong match is one utterance when one speaker is only a guess from capitals ("Twice-crowned Nordic"); not two named people, nor a weak match', () => {
    const names: Names = { 'Kari Holm': 'person', 'Lena Dahl': 'person' };
    const said = { text: DAM + 'Kari Holm said: “I gave every last drop of strength and courage in my legs to this team, and now it is time to rest.”', speakers: 'Kari Holm' };
    // The attribution reads the words before the name as the speaker.
    const guessed = { text: DAM_B + 'Twice-crowned Nordic champion Kari Holm retired after using “every last ounce of strength and courage in my legs” for the team.', speakers: 'Twice-crowned Nordic' };
    assert.deepEqual(shape(corpus({ 'a.txt': said, 'b.txt': guessed }, names).quoteClusters()), [
      ['a.txt:I gave every last drop of strength and courage in my legs to this team, and now it is time to rest.', 'b.txt:every last ounce of strength and courage in my legs'],
    ]);
    // Two people the articles name: two utterances unless nearly the same words throughout.
    const named = { text: DAM_B + 'Her coach Lena Dahl said she had seen “every last ounce of strength and courage in my legs” go into the team.', speakers: 'Lena Dahl' };
    assert.deepEqual(corpus({ 'a.txt': said, 'b.txt': named }, names).quoteClusters(), []);
    // Fewer of the shorter quote's words in common: one utterance for the person named, apart for a guessed speaker.
    const fewer = (speakers: string) => ({ text: DAM_B + 'Twice-crowned Nordic champion Kari Holm retired after using “every last ounce of strength and courage in my tired, aching old legs” for the team.', speakers });
    assert.equal(corpus({ 'a.txt': said, 'b.txt': fewer('Kari Holm') }, names).quoteClusters().length, 1);
    assert.deepEqual(corpus({ 'a.txt': said, 'b.txt': fewer('Twice-crowned Nordic') }, names).quoteClusters(), []);
  });

  it('two different quotes of one speaker that share a name are not one utterance', () => {
    const names: Names = { 'Ines Ward': 'person', 'Harlow Bridge': 'place' };
    const m = corpus(
      {
        'a.txt': { text: DAM + '“Harlow Bridge will close in March for repairs to its piers,” said Ines Ward.', speakers: 'Ines Ward' },
        'b.txt': { text: DAM_B + '“We never wanted Harlow Bridge to become a toll road for commuters,” said Ines Ward.', speakers: 'Ines Ward' },
      },
      names,
    );
    assert.deepEqual(m.quoteClusters(), []);
  });

  it('two questions of one speaker asking different things around the same words are two utterances; one question in two outlets is one', () => {
    const names: Names = { 'Petra Lund': 'person' };
    const two = corpus(
      {
        'a.txt': { text: DAM + '“Do we think the spillway was inspected? No,” Petra Lund said.', speakers: 'Petra Lund' },
        'b.txt': { text: DAM_B + '“Where do we think the spillway is weakest? We think the valley deserves answers,” Petra Lund said.', speakers: 'Petra Lund' },
      },
      names,
    );
    assert.deepEqual(two.quoteClusters(), []);
    const one = corpus(
      {
        'a.txt': { text: DAM + '“Do we think the spillway was inspected? No,” Petra Lund said.', speakers: 'Petra Lund' },
        'b.txt': { text: DAM_B + '“Do we think the spillway was ever properly inspected? Not at all,” Petra Lund said.', speakers: 'Petra Lund' },
      },
      names,
    );
    assert.equal(one.quoteClusters().length, 1);
  });

  it('two quotes sharing one phrase of two content words are one utterance only when the shorter is that phrase', () => {
    const apart = corpus({
      'a.txt': { text: DAM + 'The county said draining the spillway was “not in the best interests of the farmers” downstream.' },
      'b.txt': { text: DAM_B + 'The county said: “Closing the river road is in the best interests of the residents until the engineers finish.”' },
    });
    assert.deepEqual(apart.quoteClusters(), []);
    const trimmed = corpus({
      'a.txt': { text: DAM + 'The county said closing the road was “in the best interests” of everyone.' },
      'b.txt': { text: DAM_B + 'The county said: “Closing the river road is in the best interests of the residents until the engineers finish.”' },
    });
    assert.equal(trimmed.quoteClusters().length, 1);
  });

  it('a one-word quote with no word of its own context in the other quote stays alone', () => {
    const names: Names = { 'Ruth Okafor': 'person' };
    const m = corpus(
      {
        'a.txt': { text: DAM + '“The repairs follow an exhaustive, nine-week review of every gate and culvert,” Ruth Okafor said.', speakers: 'Ruth Okafor' },
        'b.txt': { text: DAM_B + 'Ruth Okafor said the school shelter was “exhaustive” in what it offered.', speakers: 'Ruth Okafor' },
      },
      names,
    );
    assert.deepEqual(m.quoteClusters(), []);
  });
});

describe('quote clusters: a text full of stray quotation marks', () => {
  it('finishes, and every cluster member is a quote of its article with its region inside it', function () {
    this.timeout(60_000);
    const rnd = prng(15);
    const words = DAM.replace(/[.,\n]/g, '').split(/\s+/).filter(Boolean);
    const marks = ['“', '”', '"'];
    let stray = 'Dam crack forces evacuation plans\n\n';
    while (stray.length < 40_000) {
      const n = 6 + Math.floor(rnd() * 20);
      const s: string[] = [];
      for (let i = 0; i < n; i++) {
        let w = words[Math.floor(rnd() * words.length)]!;
        if (rnd() < 0.15) w = marks[Math.floor(rnd() * 3)]! + w;
        if (rnd() < 0.15) w += marks[Math.floor(rnd() * 3)]!;
        s.push(w);
      }
      stray += s.join(' ') + (rnd() < 0.3 ? '.\n\n' : '. ');
    }
    const other = DAM_B + '“Engineers inspected the dam on Tuesday after a crack was found,” the county said.';
    const m = new CorpusMatcher();
    const texts: Record<string, string> = { 'stray.txt': stray, 'other.txt': other };
    for (const [path, text] of Object.entries(texts)) m.upsert(path, text, analyzeText(text));
    const started = performance.now();
    const clusters = m.quoteClusters();
    m.discrepancies();
    assert.ok(performance.now() - started < 20_000);
    for (const c of clusters) {
      assert.ok(new Set(c.members.map((x) => x.doc)).size >= 2);
      for (const x of c.members) {
        const text = texts[x.doc]!;
        assert.ok(x.start >= 0 && x.start < x.end && x.end <= text.length);
        assert.equal(text.slice(x.start, x.end), x.text);
        assert.ok(x.region.start >= x.start && x.region.end <= x.end && x.region.start < x.region.end);
      }
    }
  });
});

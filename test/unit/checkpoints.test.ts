// Checkpoints inside the folder-wide passes that could still hold the editor's extension host in
// one task (issue 15): one pair of long articles' anchored claim slots, the short quotes of a text
// full of quotation marks. Stopped at a checkpoint, a pass leaves what it worked out valid and goes
// on from there; run a checkpoint at a time, or dropped and begun again, it gives what it gives in
// one go. Invented articles, names and places.
import assert from 'node:assert/strict';
import type { DocumentAnalysis } from '../../src/core/common/analysisFormat';
import type { EntityMention } from '../../src/core/common/types';
import { linkEntities, linkEntitiesSteps } from '../../src/core/entities';
import { advance, finish, type Steps } from '../../src/core/common/budget';
import { analyzeText, ArticleIndex, CorpusMatcher, PassageIndex } from '../../src/core/corpus';
import { slotConflictSteps } from '../../src/core/corpus/detectors/claimConflicts';
import { quoteClusterSteps } from '../../src/core/corpus/clusters';
import { NameState, nameDiscrepancySteps } from '../../src/core/corpus/detectors/names';

/** Checkpoints a run of `steps` stops at, and its result. */
function countCheckpoints<T>(steps: Steps<T>): { checkpoints: number; value: T } {
  for (let checkpoints = 0; ; checkpoints++) {
    const r = steps.next();
    if (r.done) return { checkpoints, value: r.value };
  }
}

/** Entity mentions of the given names, every occurrence. */
function entities(text: string, names: [string, EntityMention['type']][]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [n, type] of names) for (const m of text.matchAll(new RegExp(n, 'g'))) out.push({ start: m.index!, end: m.index! + n.length, text: n, type, canonical: n });
  return out.sort((a, b) => a.start - b.start);
}

const NAMES: [string, EntityMention['type']][] = [['Harbour Authority', 'organization'], ['Lenna Ostrova', 'person'], ['Port Velda', 'place'], ['Norland', 'place']];

/** A long report: the story's lead, hundreds of sentences, then where the ship was boarded. */
function longReport(direction: string, sentences: number): string {
  const body: string[] = [];
  for (let i = 0; i < sentences; i++) body.push(`Inspector number ${i} of the Harbour Authority checked crate ${i * 7} on the quay.`);
  return `Lenna Ostrova of the Harbour Authority spoke in Norland.\n\n${body.join(' ')}\n\nThe freighter Ardent was boarded 40 nautical miles ${direction} of Port Velda on Sunday.\n`;
}

describe('checkpoints inside one pair of articles (issue 15)', function () {
  const a = longReport('north', 700);
  const b = longReport('south', 700);
  const indexOf = () => {
    const ix = new PassageIndex();
    const da = ix.upsert('a.txt', a, { quotes: [], entities: entities(a, NAMES) });
    const db = ix.upsert('b.txt', b, { quotes: [], entities: entities(b, NAMES) });
    return { ix, pairs: [[da, db]] as const };
  };

  it("a pair's anchored claim slots are looked for with checkpoints inside each long article, and give what one go gives", function () {
    const one = indexOf();
    const whole = finish(slotConflictSteps(one.ix, [], one.pairs));
    assert.equal(whole.length, 1, 'north and south of one place: one claim');
    assert.match(whole[0]!.label, /position relative to Port Velda/);
    const sliced = indexOf();
    const { checkpoints, value } = countCheckpoints(slotConflictSteps(sliced.ix, [], sliced.pairs));
    // 700 sentences and more in each article: a checkpoint every 256 of them.
    assert.ok(checkpoints >= 4, `the pair stops at checkpoints inside its articles (${checkpoints})`);
    assert.deepEqual(value, whole);
  });

  it('dropped at a checkpoint and begun again, the pass goes on from where it stopped and gives what one go gives', function () {
    const { ix, pairs } = indexOf();
    const whole = finish(slotConflictSteps(indexOf().ix, [], indexOf().pairs));
    const first = slotConflictSteps(ix, [], pairs);
    first.next();
    first.next(); // (left there: the corpus changed, say, and the derivation was dropped)
    const again = countCheckpoints(slotConflictSteps(ix, [], pairs));
    const fresh = countCheckpoints(slotConflictSteps(indexOf().ix, [], indexOf().pairs));
    assert.ok(again.checkpoints < fresh.checkpoints, `the sentences gone through are not gone through again (${again.checkpoints} checkpoints, ${fresh.checkpoints} from scratch)`);
    assert.deepEqual(again.value, whole);
    // Once whole, an article's slots are kept: a later derivation stops at no checkpoint of theirs.
    assert.equal(countCheckpoints(slotConflictSteps(ix, [], pairs)).checkpoints, 0);
  });

  it('no claim for two long reports that agree (the checkpoints change nothing found)', function () {
    const ix = new PassageIndex();
    const c = longReport('north', 300);
    const da = ix.upsert('a.txt', a, { quotes: [], entities: entities(a, NAMES) });
    const dc = ix.upsert('c.txt', c, { quotes: [], entities: entities(c, NAMES) });
    assert.deepEqual(finish(slotConflictSteps(ix, [], [[da, dc]])), []);
  });
});

describe('checkpoints among the short quotes of one text (issue 15)', function () {
  /** Many short quotes, each a word or two of a longer quote that another article carries. */
  function marked(n: number): { a: string; b: string } {
    const long: string[] = [];
    const short: string[] = [];
    for (let i = 0; i < n; i++) {
      const w = `quayside${i}`;
      long.push(`Mayor Tova Renn said: “The ${w} cranes will stand idle until the storm has passed over Port Velda.”`);
      short.push(`Mayor Tova Renn said the “${w} cranes” would be idle.`);
    }
    return { a: long.join('\n\n'), b: short.join('\n\n') };
  }

  it('a text of hundreds of short quotes stops at checkpoints among them and clusters as in one go', function () {
    const build = ({ a, b }: { a: string; b: string }) => {
      const m = new CorpusMatcher();
      m.upsert('a.txt', a, { quotes: analyzeText(a).quotes, entities: [] });
      m.upsert('b.txt', b, { quotes: analyzeText(b).quotes, entities: [] });
      return m.index;
    };
    const texts = marked(400);
    const whole = finish(quoteClusterSteps(build(texts)));
    assert.ok(whole.clusters.length >= 300, `the short quotes join the long ones (${whole.clusters.length} clusters)`);
    const { checkpoints, value } = countCheckpoints(quoteClusterSteps(build(texts)));
    assert.deepEqual(value.clusters, whole.clusters);
    // 300 more short quotes (the long ones the same): a checkpoint every 64 of them placed and every
    // 256 looked up (9 more here), beside the passes' own over all quotes (4 more without them).
    const fewer = { a: texts.a, b: marked(100).b };
    const before = countCheckpoints(quoteClusterSteps(build(fewer))).checkpoints;
    assert.ok(checkpoints - before >= 7, `checkpoints among the short quotes (${checkpoints} for 400 of them, ${before} for 100)`);
    assert.equal(advance(quoteClusterSteps(build(texts)), 0), undefined, 'a slice of 0 ms stops at the first checkpoint');
  });
});

describe("checkpoints in an article's shared passages (issue 15)", function () {
  it('worked out a few sentences at a time, they are what one go gives; an article not matched has none', function () {
    const sentences = Array.from({ length: 40 }, (_, i) => `The harbour crane number ${i} at Port Velda was inspected by the night crew on Tuesday.`);
    const ix = new ArticleIndex();
    ix.upsert('a.txt', `Cranes inspected\n\n${sentences.join(' ')}\n`);
    ix.upsert('b.txt', `Night crew\n\n${sentences.slice(0, 30).join(' ')}\n\nOther news followed.\n`);
    const whole = ix.documentMatches('a.txt');
    assert.ok(whole.length > 0, 'b carries most of a');
    const { checkpoints, value } = countCheckpoints(ix.documentMatchesSteps('a.txt'));
    assert.ok(checkpoints >= 4, `a checkpoint every 8 sentences (${checkpoints})`);
    assert.deepEqual(value, whole);
    assert.deepEqual(finish(ix.documentMatchesSteps('none.txt')), []);
  });
});

describe("checkpoints in the grouping of the folder's names (issue 15)", function () {
  /** 200 reports of a regatta, each naming its own crew; two spell the skipper differently. */
  function regatta(): PassageIndex {
    const ix = new PassageIndex();
    for (let i = 0; i < 200; i++) {
      const skipper = i === 7 ? 'Marta Quellin' : i === 8 ? 'Marta Quelin' : `Skipper ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + ((i * 7) % 26))}ven`;
      const crew = Array.from({ length: 6 }, (_, j) => `Rowan Ashby${i}x${j}`);
      const text = `Regatta report ${i}\n\n${skipper} led the boat past the harbour light. ${crew.join(', ')} crewed it.\n`;
      ix.upsert(`r${String(i).padStart(3, '0')}.txt`, text, { quotes: [], entities: entities(text, [[skipper, 'person'], ...crew.map((c) => [c, 'person'] as [string, EntityMention['type']])]) });
    }
    return ix;
  }

  it('the names are grouped with checkpoints inside, and the spellings that differ are what one go finds', function () {
    const whole = finish(nameDiscrepancySteps(regatta(), new NameState()));
    assert.ok(whole.some((d) => d.label.includes('Quellin') && d.label.includes('Quelin')), whole.map((d) => d.label).join('; '));
    const { checkpoints, value } = countCheckpoints(nameDiscrepancySteps(regatta(), new NameState()));
    assert.deepEqual(value, whole);
    // 200 articles read (a checkpoint every 32), then grouped: every 64 articles, 1,024 names and 512 buckets.
    assert.ok(checkpoints >= 12, `checkpoints in the grouping too (${checkpoints}; 6 while reading the articles)`);
  });
});

describe("checkpoints in the linking of the folder's name variants (issue 15)", function () {
  const letters = (n: number) => [...n.toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('');
  /** 200 articles, each naming thirty people of its own and one skipper spelled two ways across the folder. */
  function folder(): Map<string, DocumentAnalysis> {
    const out = new Map<string, DocumentAnalysis>();
    for (let i = 0; i < 200; i++) {
      const entities: EntityMention[] = [];
      // (each its own given name and surname, in letters: no bucket of one name holds them all)
      const names = [i % 2 ? 'Marta Quellin' : 'Marta Quelin', ...Array.from({ length: 30 }, (_, j) => `Ro${letters(i * 30 + j)} Ash${letters(i * 30 + j + 7)}`)];
      names.forEach((name, k) => entities.push({ start: k * 40, end: k * 40 + name.length, text: name, type: 'person', canonical: name }));
      out.set(`r${String(i).padStart(3, '0')}.txt`, { quotes: [], entities });
    }
    return out;
  }

  it('the variants step stops at checkpoints among 6,000 names and links what one go links', function () {
    const whole = linkEntities(folder());
    const { checkpoints, value } = countCheckpoints(linkEntitiesSteps(folder()));
    assert.deepEqual(value.entities, whole.entities);
    assert.deepEqual([...value.byDoc], [...whole.byDoc]);
    assert.ok(checkpoints >= 20, `checkpoints inside the variants step (${checkpoints})`);
  });
});

describe('names sharing one given name in a large folder (issue 15)', function () {
  const letters = (n: number) => [...n.toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('');
  /** 150 articles, each naming one "Ilse <surname>" of its own, and two spellings of one long surname among them. */
  function folder(): Map<string, DocumentAnalysis> {
    const out = new Map<string, DocumentAnalysis>();
    for (let i = 0; i < 150; i++) {
      const name = i === 3 ? 'Ilse Vardenova' : i === 97 ? 'Ilse Varmenova' : i === 5 ? 'Ilse Kord' : i === 99 ? 'Ilse Kort' : `Ilse Q${letters(i * 7 + 3)}ston${letters(i)}`;
      out.set(`g${String(i).padStart(3, '0')}.txt`, { quotes: [], entities: [{ start: 0, end: name.length, text: name, type: 'person', canonical: name }] });
    }
    return out;
  }
  const canonicalIn = (index: ReturnType<typeof linkEntities>, doc: string) => index.byDoc.get(doc)![0]!.canonical;

  it('a long surname one letter apart is still one person when a given name is shared by more than 64 names', function () {
    const index = linkEntities(folder());
    assert.equal(canonicalIn(index, 'g003.txt'), canonicalIn(index, 'g097.txt'));
    // (short surnames, and the many others, stay apart)
    assert.notEqual(canonicalIn(index, 'g005.txt'), canonicalIn(index, 'g099.txt'));
    assert.notEqual(canonicalIn(index, 'g010.txt'), canonicalIn(index, 'g011.txt'));
  });
});

import assert from 'node:assert/strict';
import { analyzeDocuments, analyzeText, linkCorpus } from '../../src/core/corpus';
import { parseEntityOverrides } from '../../src/core/entities';

describe('linkCorpus: folder-wide names for entities and speakers', () => {
  const a = '“We will talk again,” Foreign Minister Sergey Lavrov said on Monday.';
  const b = 'Sergei Lavrov met the delegation. “The talks were useful,” Mr Lavrov said.';

  it('gives the speakers of two articles that spell one name differently one canonical name', () => {
    const docs = new Map([
      ['a.txt', analyzeText(a)],
      ['b.txt', analyzeText(b)],
    ]);
    const speakersBefore = [...docs.values()].flatMap((d) => d.quotes.map((q) => q.speaker));
    assert.equal(new Set(speakersBefore).size, 2, `per article the spellings differ: ${speakersBefore.join(', ')}`);
    const linked = linkCorpus(docs);
    const speakers = [...linked.documents.values()].flatMap((d) => d.quotes.map((q) => q.speaker));
    assert.equal(new Set(speakers).size, 1, speakers.join(', '));
    const canonicals = new Set([...linked.documents.values()].flatMap((d) => d.entities.filter((e) => /Lavrov/.test(e.text)).map((e) => e.canonical)));
    assert.deepEqual([...canonicals], [speakers[0]]);
  });

  it('does not change its input analyses', () => {
    const docs = new Map([['a.txt', analyzeText(a)]]);
    const before = JSON.stringify([...docs]);
    linkCorpus(docs);
    assert.equal(JSON.stringify([...docs]), before);
  });

  it('analyzeDocuments applies the analyst overrides (an ignored entity disappears from every article)', () => {
    const docs = [
      { path: 'a.txt', text: a },
      { path: 'b.txt', text: b },
    ];
    const withAuto = analyzeDocuments(docs);
    assert.ok(Object.values(withAuto.documents).some((d) => d.entities.some((e) => /Lavrov/.test(e.text))));
    // `ignore` drops mentions written so and the whole entity whose canonical it names.
    const canonical = Object.values(withAuto.documents).flatMap((d) => d.entities).find((e) => /Lavrov/.test(e.text))!.canonical;
    const { overrides, problems } = parseEntityOverrides(JSON.stringify({ version: 1, ignore: [canonical] }));
    assert.deepEqual(problems, []);
    const corrected = analyzeDocuments(docs, [], { entityOverrides: overrides });
    assert.ok(!Object.values(corrected.documents).some((d) => d.entities.some((e) => /Lavrov/.test(e.text))));
  });
});

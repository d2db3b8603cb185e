import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { EntityMention, EntityType } from '../../src/core/common/types';
import { analyzeDocuments } from '../../src/core/corpus';
import { combineOverrides, EMPTY_OVERRIDES, extractArticleEntities, extractEntities, linkEntities, parseEntityOverrides, formatProblem, type EntityOverrides } from '../../src/core/entities';
import { parseArticle } from '../../src/core/text';
import { GOLD_FILE, readSample, ROOT, sampleFiles } from './fixtures';
import { tempDir } from '../shared/tempDir';

const find = (text: string, overrides?: EntityOverrides) => extractEntities(parseArticle(text), overrides);
/** "text/type" of each mention, in order. */
const found = (text: string) => find(text).map((e) => `${e.text}/${e.type}`);
const has = (text: string, name: string, type: EntityType) => assert.ok(found(text).includes(`${name}/${type}`), `${name}/${type} not in ${JSON.stringify(found(text))}`);
const lacks = (text: string, name: string) => assert.ok(!find(text).some((e) => e.text === name), `${name} should not be found in ${JSON.stringify(found(text))}`);

function link(docs: Record<string, string>, overrides?: EntityOverrides) {
  const byDoc = new Map(Object.entries(docs).map(([p, t]) => [p, extractArticleEntities(parseArticle(t), overrides)]));
  return linkEntities(byDoc, overrides);
}
const canonicals = (ms: EntityMention[] | undefined) => (ms ?? []).map((m) => `${m.text}→${m.canonical}`);

describe('entities: spans', () => {
  it('strips titles: Mr, President, Foreign Minister, Secretary of State are context, not the name', () => {
    const t = 'Russian Foreign Minister Sergey Lavrov met Secretary of State Rex Tillerson. Mr Lavrov spoke first, then President Putin.';
    assert.deepEqual(found(t), ['Sergey Lavrov/person', 'Rex Tillerson/person', 'Lavrov/person', 'Putin/person']);
  });

  it('keeps the place before a title as its own entity: "US President Donald Trump"', () => {
    assert.deepEqual(found('He met US President Donald Trump on Monday.'), ['US/place', 'Donald Trump/person']);
    assert.deepEqual(found('The trip follows the US Secretary of State\'s remarks.'), ['US/place']);
  });

  it('leaves possessives out of the span', () => {
    const t = 'Vladimir Putin met Donald Trump. Putin’s aides and Trump\'s team met in Russia’s capital.';
    assert.deepEqual(found(t), ['Vladimir Putin/person', 'Donald Trump/person', 'Putin/person', 'Trump/person', 'Russia/place']);
  });

  it('keeps hyphenated and particle names whole', () => {
    const t = 'Syrian President Bashar al-Assad met Jody Wilson-Raybould and Ludwig van Beethoven.';
    assert.deepEqual(found(t), ['Bashar al-Assad/person', 'Jody Wilson-Raybould/person', 'Ludwig van Beethoven/person']);
    has('Later, Mr Assad said nothing. Bashar al-Assad left.', 'Assad', 'person');
  });

  it('finds acronyms and short forms: UN, AP, AFP, IS, al-Nusra, U.S., US', () => {
    const t = 'The U.S. and the US Navy, the UN, AP and AFP reported on the fight against IS and al-Nusra.';
    const f = found(t);
    for (const x of ['U.S./place', 'UN/organization', 'AP/organization', 'AFP/organization', 'IS/organization', 'al-Nusra/organization']) {
      assert.ok(f.includes(x), `${x} missing from ${JSON.stringify(f)}`);
    }
    assert.deepEqual(found('Relations between the U.S. and Russia are poor.'), ['U.S./place', 'Russia/place']);
  });

  it('splits hyphenated pairs of places: U.S.-Russia, US-Russia', () => {
    assert.deepEqual(found('The state of U.S.-Russia relations and US-Russia ties.'), ['U.S./place', 'Russia/place', 'US/place', 'Russia/place']);
  });

  it('spans multi-word organisations without "the"', () => {
    const t = 'He urged the United Nations to act. The State Department and the Financial Times agreed, as did Fox Business News.';
    assert.deepEqual(found(t), ['United Nations/organization', 'State Department/organization', 'Financial Times/organization', 'Fox Business News/organization']);
    has('The U.S. State Department said so.', 'U.S. State Department', 'organization');
  });

  it('finds places, including buildings used as places', () => {
    has('They met at the Kremlin on Tuesday.', 'Kremlin', 'place');
    has('Missiles hit Shayrat Air Base in Homs on Friday.', 'Shayrat Air Base', 'place');
    has('Troops crossed into Abqar province overnight.', 'Abqar', 'place');
    has('He lives in Zorbatown, residents said.', 'Zorbatown', 'place');
    has('Lavrov criticised Washington, D.C., on Monday.', 'Washington, D.C.', 'place');
  });

  it('types a building that acts as the institution that works in it', () => {
    has('The White House on Tuesday accused Russia of lying.', 'White House', 'organization');
    has('He told a White House news conference that he agreed.', 'White House', 'place');
  });

  it('finds datelines', () => {
    assert.deepEqual(found('MOSCOW — Relations between the two are poor.'), ['MOSCOW/place']);
    has('QARNABAD, Syria — Officials said the town was hit.', 'QARNABAD', 'place');
  });

  it('never takes nationality adjectives for entities', () => {
    assert.deepEqual(found('Russian and Syrian officials met American and Western diplomats.'), []);
    assert.deepEqual(found('Russian-American relations are at a low.'), []);
  });

  it('does not take sentence-initial capitals for names', () => {
    assert.deepEqual(found('Despite the talks, little changed. Speaking to reporters, he left. Frankly, nobody knows.'), []);
    const t = 'Rex Tillerson, Sergei Lavrov and Vladimir Putin met. Giving Tillerson a cold welcome, Lavrov spoke. Meanwhile, Putin waited.';
    assert.deepEqual(found(t).slice(3).map((x) => x.split('/')[0]), ['Tillerson', 'Lavrov', 'Putin']);
    has('Brown said so. Gordon Brown agreed.', 'Brown', 'person');
    lacks('Brown leaves fell. The autumn was wet.', 'Brown');
  });

  it('does not take headline case for names, but finds the names in a headline', () => {
    const t = 'Tillerson Meets Putin in Moscow With U.S.-Russia Relations at ‘Low Point’\n\nRex Tillerson met Vladimir Putin on Wednesday.';
    assert.deepEqual(found(t).slice(0, 5), ['Tillerson/person', 'Putin/person', 'Moscow/place', 'U.S./place', 'Russia/place']);
    lacks(t, 'Meets');
    lacks(t, 'Relations');
    lacks(t, 'Low Point');
  });

  it('skips days, months, events and products', () => {
    assert.deepEqual(found('On Wednesday in April, the old Cold War foes fired 59 US Tomahawk missiles.'), ['US/place']);
  });

  it('finds no entities in page debris (notices, cookie banners, share and subscribe lines); a copyright line names its holder', () => {
    const t = [
      'Skip to main content',
      'Notice: you are using an outdated browser. Zentra does not recommend using Quill as your default browser.',
      'Your browser is no longer supported. Please switch to Orbis, Velox or Kestrel for the best experience.',
      'We and our partners use cookies to personalise content. By clicking Accept you agree to the Halden Media Group cookie policy.',
      'By continuing to use this site, you agree to the use of cookies by Halden Media.',
      'Share this article on Chirper, Facelink and Pindrop',
      'Subscribe to the Marrow Gazette newsletter for daily updates from Kelby.',
      'Copyright 2008 Halden Media Group. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      'Ann Velt said the bridge in Kelby would reopen.',
    ].join('\n\n');
    assert.deepEqual(found(t).filter((e) => !e.startsWith('Halden Media Group/')), ['Ann Velt/person', 'Kelby/place']);
    // The publisher a copyright line names is a real organisation (it is what the line is about).
    assert.ok(found(t).includes('Halden Media Group/organization'), JSON.stringify(found(t)));
  });

  it('a naval or military rank is a title, not part of the name: Commodore, Commandant, Trooper', () => {
    has('“We fired back,” Commodore Ravi Menon, a navy spokesman, told reporters.', 'Ravi Menon', 'person');
    lacks('“We fired back,” Commodore Ravi Menon, a navy spokesman, told reporters.', 'Commodore Ravi Menon');
    has('Trooper Dana Kell said the road was closed.', 'Dana Kell', 'person');
  });

  it('a name with a numeral after it, in quotation marks or after "the", is a thing (a ship), not a person', () => {
    lacks('Pirates seized the trawler “Sorn Pala 5” near the coast.', 'Sorn Pala');
    lacks('Ten crew were aboard, said the owner of the Sorn Pala 5.', 'Sorn Pala');
    // Negative cases: a player's score and a scorer's minute keep the person.
    has('Tomas Verlo beat Anton Kessi 6-3 6-4 in Kelby.', 'Anton Kessi', 'person');
    has('Goals: Anton Kessi 25, Tomas Verlo 60.', 'Anton Kessi', 'person');
  });

  it('a particle inside a hyphenated compound makes a place, not a person: "Bab-el-Zar", "Ras-al-Kimba"', () => {
    has('The ship patrols a corridor from Bab-el-Zar in the west to the gulf.', 'Bab-el-Zar', 'place');
    has('The talks moved to Ras-al-Kimba last week.', 'Ras-al-Kimba', 'place');
    // Negative cases: a person's particle stands apart ("Omar al-Rashid", "Jan van Dorn").
    has('Omar al-Rashid said the talks failed.', 'Omar al-Rashid', 'person');
    has('The coach, Jan van Dorn, said the team was tired.', 'Jan van Dorn', 'person');
  });

  it('still finds names in article sentences that mention browsers, cookies or sharing', () => {
    const t = 'Shares of Zentra Systems fell after Anna Brook said its browser was outdated.\n\nThe Kelby bakery Crumble & Co uses cookies from Marrow Farms, Tom Hale said.';
    const f = found(t);
    for (const name of ['Zentra Systems/organization', 'Anna Brook/person', 'Tom Hale/person']) assert.ok(f.includes(name), `${name} in ${f.join(', ')}`);
  });

  it('types organisations by context: channel Mir, MIR television, Islamic State group', () => {
    has('He spoke to state television channel Mir on Wednesday.', 'Mir', 'organization');
    has('He told state-run MIR television that ties had worsened.', 'MIR', 'organization');
    has('They fought the Zorgan Brigade near the border.', 'Zorgan Brigade', 'organization');
  });

  it('gives a surname the full name it stands for within the article', () => {
    const ms = find('Rex Tillerson arrived. Later, Tillerson and Mr Tillerson’s aides left.');
    assert.deepEqual(ms.map((m) => m.canonical), ['Rex Tillerson', 'Rex Tillerson', 'Rex Tillerson']);
  });
});

describe('entities: linking across the folder', () => {
  const docs = {
    'a.txt': 'Secretary of State Rex Tillerson met Foreign Minister Sergei Lavrov in Moscow. The US and Russia disagree.',
    'b.txt': 'Russian Foreign Minister Sergey Lavrov greeted Tillerson. Lavrov said the U.S. was wrong.',
    'c.txt': 'Mr Tillerson told the United States that Mr Lavrov was firm. The UN agreed.',
    'd.txt': 'The United Nations called on MIR and the channel Mir to report.',
  };

  it('a company written with and without its legal forms is one entity: "Vela Telecom SGPS SA", "Norge Kabel ASA"', () => {
    const idx = link({
      'a.txt': 'Shares of Vela Telecom SGPS SA fell after the cable cut. Norge Kabel ASA said repairs would take days.',
      'b.txt': 'Vela Telecom said traffic was rerouted. Norge Kabel said its ship had left port.',
    });
    const canon = (re: RegExp) => [...new Set([...idx.byDoc.values()].flat().filter((m) => re.test(m.text)).map((m) => m.canonical))];
    assert.equal(canon(/^Vela/).length, 1, JSON.stringify(canon(/^Vela/)));
    assert.equal(canon(/^Norge/).length, 1, JSON.stringify(canon(/^Norge/)));
  });

  it('gives "Rex Tillerson", "Mr Tillerson" and "Tillerson" one canonical', () => {
    const idx = link(docs);
    const all = [...idx.byDoc.values()].flat().filter((m) => /Tillerson/.test(m.text));
    assert.equal(all.length, 3);
    assert.deepEqual([...new Set(all.map((m) => m.canonical))], ['Rex Tillerson']);
  });

  it('links near-identical spellings (Sergei / Sergey Lavrov), keeps the text as written and lists the variants', () => {
    const idx = link(docs);
    assert.deepEqual(canonicals(idx.byDoc.get('b.txt')).slice(0, 1), ['Sergey Lavrov→Sergei Lavrov']);
    const lavrov = idx.find('Sergey Lavrov');
    assert.ok(lavrov);
    assert.equal(lavrov.canonical, 'Sergei Lavrov');
    assert.deepEqual(lavrov.variants, ['Sergei Lavrov', 'Sergey Lavrov']);
    assert.equal(lavrov.mentions.length, 4);
    assert.deepEqual(lavrov.docs, ['a.txt', 'b.txt', 'c.txt']);
    assert.equal(idx.find('Lavrov'), lavrov);
  });

  it('does not link different first names with the same surname', () => {
    const idx = link({ 'a.txt': 'Bill Clinton met Hillary Clinton.', 'b.txt': 'Bill Clinton left.' });
    assert.equal(idx.entities.filter((e) => e.type === 'person').length, 2);
  });

  it('gives "US", "U.S." and "United States" one canonical', () => {
    const idx = link(docs);
    const us = [...idx.byDoc.values()].flat().filter((m) => ['US', 'U.S.', 'United States'].includes(m.text));
    assert.equal(us.length, 3);
    assert.deepEqual([...new Set(us.map((m) => m.canonical))], ['United States']);
    assert.deepEqual(idx.find('U.S.')?.aliases.sort(), ['U.S.', 'US', 'United States']);
  });

  it('links an acronym to its expansion and spellings that differ only in case', () => {
    const idx = link(docs);
    assert.equal(idx.find('UN')?.canonical, 'United Nations');
    const mir = idx.find('MIR');
    assert.ok(mir);
    assert.deepEqual(mir.aliases.sort(), ['MIR', 'Mir']);
    assert.equal(mir.canonical, 'Mir');
    const idx2 = link({ 'a.txt': 'The Zorbian Liberation Front (ZLF) said so.', 'b.txt': 'A ZLF spokesman said so.', 'c.txt': 'The ZLF left.' });
    assert.equal(idx2.find('ZLF')?.canonical, 'Zorbian Liberation Front');
  });

  it('links an acronym that takes the initials of the small words too, and of the name without its legal suffix', () => {
    const idx = link({ 'a.txt': 'Quarrel In Vantage Ltd. (TSX: QIV) shares fell. QIV said sales rose.', 'b.txt': 'Shares of QIV rose.' });
    assert.equal(idx.find('QIV')?.canonical, 'Quarrel In Vantage');
    assert.deepEqual([...idx.byDoc.get('b.txt')!].map((m) => m.canonical), ['Quarrel In Vantage']);
    // Not an acronym whose letters the article never writes with the name.
    const apart = link({ 'a.txt': 'Quarrel In Vantage Ltd. cut jobs.', 'b.txt': 'Shares of QIV rose.' });
    assert.equal(apart.find('QIV')?.canonical, 'QIV');
  });

  it('does not change its input', () => {
    const byDoc = new Map([['a.txt', extractArticleEntities(parseArticle('Rex Tillerson met Tillerson. Zorbek came.'))]]);
    const before = JSON.stringify([...byDoc]);
    linkEntities(byDoc);
    assert.equal(JSON.stringify([...byDoc]), before);
  });
});

describe('entities: the overrides file', () => {
  const docs = {
    'a.txt': 'Alexander Nemenov took the photo. US missiles hit Qaryat al-Ula near the Tomahawk Ridge.',
    'b.txt': 'Alexander Nevenov, AFP. The White House said nothing, Zorbek said.',
  };
  const parse = (json: unknown) => {
    const r = parseEntityOverrides(JSON.stringify(json, null, 2));
    assert.deepEqual(r.problems, []);
    return r.overrides;
  };

  it('adds a name the recogniser missed, in every article', () => {
    const o = parse({ version: 1, entities: [{ name: 'Qaryat al-Ula', type: 'place' }] });
    const ms = link(docs, o).byDoc.get('a.txt')!;
    assert.ok(ms.some((m) => m.text === 'Qaryat al-Ula' && m.type === 'place'), JSON.stringify(ms));
  });

  it('fixes a type for the whole entity', () => {
    const o = parse({ version: 1, entities: [{ name: 'White House', type: 'place' }] });
    const wh = link(docs, o).find('White House');
    assert.equal(wh?.type, 'place');
    assert.ok(wh.mentions.every((m) => m.type === 'place'));
  });

  it('merges two entities under the first name', () => {
    const before = link(docs);
    assert.notEqual(before.find('Zorbek'), before.find('Alexander Nemenov'));
    const o = parse({ version: 1, merge: [['Alexander Nemenov', 'Zorbek']] });
    const idx = link(docs, o);
    assert.equal(idx.find('Zorbek'), idx.find('Alexander Nemenov'));
    assert.equal(idx.find('Zorbek')?.canonical, 'Alexander Nemenov');
    assert.ok(idx.byDoc.get('b.txt')!.some((m) => m.text === 'Zorbek' && m.canonical === 'Alexander Nemenov'));
  });

  it('keeps apart names the analyst says are different people', () => {
    const auto = link(docs);
    assert.equal(auto.find('Alexander Nevenov'), auto.find('Alexander Nemenov')); // one letter apart: linked
    const idx = link(docs, parse({ version: 1, separate: [['Alexander Nemenov', 'Alexander Nevenov']] }));
    assert.notEqual(idx.find('Alexander Nevenov'), idx.find('Alexander Nemenov'));
    assert.equal(idx.find('Alexander Nevenov')?.canonical, 'Alexander Nevenov');
  });

  it('ignores a false entity wherever it is written', () => {
    const auto = link(docs);
    assert.ok(auto.find('AFP'));
    const idx = link(docs, parse({ version: 1, ignore: ['AFP'] }));
    assert.equal(idx.find('AFP'), undefined);
    assert.ok(![...idx.byDoc.values()].flat().some((m) => m.text === 'AFP'));
  });

  it('reports a file that is not JSON with its line and column, and applies nothing', () => {
    const src = '{\n  "version": 1,\n  "ignore": ["AFP",]\n}\n';
    const r = parseEntityOverrides(src);
    assert.equal(r.problems.length, 1);
    assert.deepEqual({ line: r.problems[0]!.line, column: r.problems[0]!.column }, { line: 3, column: 20 });
    assert.match(formatProblem(r.problems[0]!), /^\.crosscheck\/entities\.json:3:20: not valid JSON: trailing comma/);
    assert.deepEqual(r.overrides, { entities: [], merge: [], separate: [], ignore: [] });
  });

  it('names the wrong rule and where it is, and keeps the valid ones', () => {
    const src = '{\n  "version": 1,\n  "entities": [\n    { "name": "Zorbek", "type": "persn" },\n    { "name": "Qaryat al-Ula", "type": "place" }\n  ],\n  "merge": [["Only one"]],\n  "colour": "blue"\n}';
    const r = parseEntityOverrides(src);
    const msgs = r.problems.map((p) => formatProblem(p));
    assert.deepEqual(msgs, [
      '.crosscheck/entities.json:4:33: entities[0].type: "persn" is not a type (use "person", "place" or "organization")',
      '.crosscheck/entities.json:7:13: merge[0]: a merge needs two or more names (the first is the canonical)',
      '.crosscheck/entities.json:8:3: colour: unknown property "colour" (use version, entities, merge, separate, ignore)',
    ]);
    assert.deepEqual(r.overrides.entities, [{ name: 'Qaryat al-Ula', type: 'place' }]);
    assert.deepEqual(r.overrides.merge, []);
  });

  it('rejects a wrong version and non-object files', () => {
    assert.match(formatProblem(parseEntityOverrides('{"version": 2}').problems[0]!), /:1:13: version: unsupported version 2/);
    assert.match(formatProblem(parseEntityOverrides('[]').problems[0]!), /:1:1: expected an object/);
    assert.deepEqual(parseEntityOverrides('').problems, []);
  });

  it('has a JSON schema that accepts the documented example', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'entities.schema.json'), 'utf8'));
    assert.equal(schema.type, 'object');
    assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'entities', 'ignore', 'merge', 'separate', 'version']);
    // Every documented example passes our own validator.
    for (const ex of schema.examples) assert.deepEqual(parseEntityOverrides(JSON.stringify(ex)).problems, []);
    assert.deepEqual(schema.definitions?.type?.enum ?? schema.$defs?.type?.enum, ['person', 'place', 'organization']);
  });
});

describe('entities: the sample corpus', () => {
  it('meets the scorer\'s bounds on the Tillerson sample (entities per type and coreference)', function () {
    this.timeout(30000);
    const analysis = analyzeDocuments(sampleFiles().map((f) => ({ path: f, text: readSample(f) })));
    const dir = tempDir('crosscheck-entities-');
    const file = path.join(dir, 'analysis.json');
    fs.writeFileSync(file, JSON.stringify(analysis));
    const args = [path.join(ROOT, 'eval', 'score.mjs'), GOLD_FILE, file,
      '--min', 'entities.f1=0.90', '--min', 'entities.person.f1=0.95', '--min', 'entities.place.f1=0.90',
      '--min', 'entities.organization.f1=0.85', '--min', 'coref.f1=0.95'];
    try {
      execFileSync(process.execPath, args, { encoding: 'utf8' });
    } catch (e) {
      const err = e as { status?: number; stdout?: string };
      assert.fail(`score.mjs exited ${err.status}:\n${err.stdout}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps every span inside its article with the text it claims', () => {
    for (const f of sampleFiles()) {
      const text = readSample(f);
      for (const m of find(text)) assert.equal(text.slice(m.start, m.end), m.text, `${f} ${m.start}`);
    }
  });
});

describe('entity corrections of several folders', () => {
  it('combineOverrides: every file’s rules apply, in folder order, with ignored names once', () => {
    const a = parseEntityOverrides(JSON.stringify({ version: 1, ignore: ['Acme'], entities: [{ name: 'Dale Ferro', type: 'person' }] })).overrides;
    const b = parseEntityOverrides(JSON.stringify({ version: 1, ignore: ['Acme', 'Zenith'], separate: [['Lin Bao', 'Lin Bo']] })).overrides;
    const both = combineOverrides([a, EMPTY_OVERRIDES, b]);
    assert.deepEqual(both.ignore, ['Acme', 'Zenith']);
    assert.deepEqual(both.entities.map((e) => e.name), ['Dale Ferro']);
    assert.deepEqual(both.separate, [['Lin Bao', 'Lin Bo']]);
    assert.equal(combineOverrides([EMPTY_OVERRIDES, b]), b, 'one file with rules: its own overrides');
    assert.equal(combineOverrides([]), EMPTY_OVERRIDES);
  });
});

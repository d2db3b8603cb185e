/**
 * The joins of the name detector (names.ts) beyond one name's spellings: forms of a name that are
 * no spelling of it, yet the same name said another way — a coordinated part left out, one word
 * in another form, another word for an inlet of the sea, a lone surname misspelt against the full
 * name its article gives, a person's name with a word more in its middle and an end spelt
 * otherwise. Each works on the folder's names as nodes (`NameNodes`) and joins them into groups
 * (`NameGroups`).
 */
import { editDistance } from '../../common/strings';
import { DEMONYMS, lookupName } from '../../entities/gazetteer';
import { foldKey } from '../../entities/variants';
import type { NameGroups, NameKeys, NameNodes } from './names';
import { coordinateLeftOut } from './nameForms';
import { spellingVariant } from './shared';

/** A bucket larger than this is a degenerate key, not one name's spellings. */
export const MAX_BUCKET = 24;

/**
 * An organisation's name with a coordinated part left out ("Federal Water and Sewerage
 * Authority" / "Federal Water Authority"): the same first and last words (the shorter keeps the
 * head), never side by side in one article.
 */
export function joinCoordinates(nodes: NameNodes, keys: NameKeys, groups: NameGroups): void {
  const { texts, entitiesOf, typeOf } = nodes;
  const size = texts.length;
  const byEnds = new Map<string, number[]>();
  const endsOf = (k: number) => {
    const tx = texts[k]!;
    const a = tx.indexOf(' ');
    const b = tx.lastIndexOf(' ');
    // (Lower case only, not foldKey: these words would crowd its cache; the pairs are checked after.)
    return a > 0 && b > a ? `${tx.slice(0, a)} ${tx.slice(b + 1)}`.toLowerCase() : '';
  };
  // (The longer names first: only those with "and" can have a part left out.)
  for (let k = 0; k < size; k++) if (typeOf[k] === 'organization' && texts[k]!.includes(' and ')) byEnds.set(endsOf(k), []);
  if (byEnds.size) {
    for (let k = 0; k < size; k++) {
      if (typeOf[k] !== 'organization') continue;
      const list = byEnds.get(endsOf(k));
      if (list && list.length <= MAX_BUCKET) list.push(k);
    }
  }
  for (const list of byEnds.values()) {
    if (list.length < 2 || list.length > MAX_BUCKET) continue;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (groups.find(a) === groups.find(b) || !keys.apart(a, b)) continue;
      if (!coordinateLeftOut(texts[a]!, texts[b]!) && !coordinateLeftOut(texts[b]!, texts[a]!)) continue;
      const both = entitiesOf[a] !== null && entitiesOf[b] !== null && keys.own(a) && keys.own(b);
      if (entitiesOf[a] !== null && entitiesOf[b] !== null && entitiesOf[a] !== entitiesOf[b] && !both) continue;
      groups.union(a, b, both);
    }
  }
}

/** Letters two forms of one word share at their start at least ("Electoral" / "Election": "elect"). */
const WORD_FORM_STEM = 5;

/**
 * An organisation's name with one word in another form of it ("Federal Electoral Board" / "Federal
 * Election Board"): the same words but one, at the same place, and that one sharing its first
 * WORD_FORM_STEM letters with the other (not one extending the other, "Transport" /
 * "Transportation": `otherWordForms` judges those), neither a place nor a demonym ("Ruritania" /
 * "Ruritanian Election Board" is one name said two ways), never side by side in one article.
 * Names of three words or more: two words leave too little of the name the same.
 */
export function joinWordForms(nodes: NameNodes, keys: NameKeys, groups: NameGroups): void {
  const { texts, entitiesOf, typeOf } = nodes;
  // Each organisation's name once per word left out ("Federal * Board"), with the word left out.
  const byRest = new Map<string, { node: number; word: string }[]>();
  for (let k = 0; k < texts.length; k++) {
    if (typeOf[k] !== 'organization') continue;
    const words = texts[k]!.split(/\s+/);
    if (words.length < 3 || words.length > 8) continue;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.length < WORD_FORM_STEM + 1 || w.charCodeAt(0) < 65 || w.charCodeAt(0) > 90) continue;
      const rest = `${words.length}:${i}:${words.slice(0, i).join(' ')}\u0000${words.slice(i + 1).join(' ')}`.toLowerCase();
      const list = byRest.get(rest);
      if (!list) byRest.set(rest, [{ node: k, word: w.toLowerCase() }]);
      else if (list.length <= MAX_BUCKET) list.push({ node: k, word: w.toLowerCase() });
    }
  }
  for (const list of byRest.values()) {
    if (list.length < 2 || list.length > MAX_BUCKET) continue;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const { node: a, word: x } = list[i]!;
      const { node: b, word: y } = list[j]!;
      if (x === y || x.startsWith(y) || y.startsWith(x) || x.slice(0, WORD_FORM_STEM) !== y.slice(0, WORD_FORM_STEM)) continue;
      if (groups.find(a) === groups.find(b) || !keys.apart(a, b)) continue;
      if (DEMONYMS.has(x) || DEMONYMS.has(y) || lookupName(x)?.type === 'place' || lookupName(y)?.type === 'place') continue;
      const both = entitiesOf[a] !== null && entitiesOf[b] !== null && keys.own(a) && keys.own(b);
      if (entitiesOf[a] !== null && entitiesOf[b] !== null && entitiesOf[a] !== entitiesOf[b] && !both) continue;
      groups.union(a, b, both);
    }
  }
}

/** Words that name an inlet of the sea, said one for another of one place ("Gulf of X" / "Bay of X"). */
const INLET_HEADS = new Set(['gulf', 'bay', 'bight']);

/**
 * A place named with another word for an inlet before "of" ("Gulf of Tarn" / "Bay of Tarn"): the
 * same name after "of" (as folded), never side by side in one article (an article naming both
 * means two places). Joined after the spellings, so that "Bay of Tarne" joins "Gulf of Tarn" through
 * "Gulf of Tarne".
 */
export function joinInletHeads(nodes: NameNodes, keys: NameKeys, groups: NameGroups): void {
  const { texts, entitiesOf, typeOf } = nodes;
  const byRest = new Map<string, number[]>();
  for (let k = 0; k < texts.length; k++) {
    if (typeOf[k] !== 'place' && typeOf[k] !== null) continue;
    const tx = texts[k]!;
    const at = tx.indexOf(' of ');
    if (at < 0 || !INLET_HEADS.has(tx.slice(0, at).toLowerCase())) continue;
    const rest = foldKey(tx.slice(at + 4));
    if (rest.length < 3) continue;
    const list = byRest.get(rest);
    if (!list) byRest.set(rest, [k]);
    else if (list.length <= MAX_BUCKET) list.push(k);
  }
  for (const list of byRest.values()) {
    if (list.length < 2 || list.length > MAX_BUCKET) continue;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (groups.find(a) === groups.find(b) || !keys.apart(a, b)) continue;
      const both = entitiesOf[a] !== null && entitiesOf[b] !== null && keys.own(a) && keys.own(b);
      if (entitiesOf[a] !== null && entitiesOf[b] !== null && entitiesOf[a] !== entitiesOf[b] && !both) continue;
      groups.union(a, b, both);
    }
  }
}

/** Letters a lone surname has at least to be taken for a misspelling of another (shorter ones are too many names one letter apart). */
const LONE_SURNAME_MIN = 5;

/**
 * A surname written alone that no full name of its article ends with, one letter from the surname
 * of the one person the article names in full with such a surname ("Vennik said …" where the
 * article introduced "Colonel Aldo Vendrik"): that person's name misspelt, not another person (an
 * article names a person in full before it shortens the name). Never a surname some full name in
 * the folder ends with ("Smith" of "Jo Smith" beside "Al Smyth"), and every article writing it
 * must point to the same person.
 */
export function joinLoneSurnames(nodes: NameNodes, groups: NameGroups): void {
  const { texts, typeOf, nodeOf } = nodes;
  const surnames = new Set<string>();
  const lone: number[] = [];
  for (let k = 0; k < texts.length; k++) {
    if (typeOf[k] !== 'person') continue;
    const tx = texts[k]!;
    const sp = tx.lastIndexOf(' ');
    if (sp > 0) surnames.add(tx.slice(sp + 1).toLowerCase());
    else if (tx.length >= LONE_SURNAME_MIN) lone.push(k);
  }
  const candidates = lone.filter((k) => !surnames.has(texts[k]!.toLowerCase()));
  if (!candidates.length) return;
  // The articles (indices in `nodeOf`) writing each candidate.
  const articles = new Map<number, number[]>(candidates.map((k) => [k, []]));
  for (let i = 0; i < nodeOf.length; i++) for (const k of nodeOf[i]!) articles.get(k)?.push(i);
  for (const [k, list] of articles) {
    const lower = texts[k]!.toLowerCase();
    let target = -1;
    for (const i of list) {
      // The one person the article names in full with a surname a letter away (-2: several).
      let found = -1;
      for (const o of nodeOf[i]!) {
        if (typeOf[o] !== 'person') continue;
        const ot = texts[o]!;
        const sp = ot.lastIndexOf(' ');
        if (sp < 0) continue;
        const last = ot.slice(sp + 1).toLowerCase();
        if (last[0] !== lower[0] || Math.abs(last.length - lower.length) > 1 || editDistance(last, lower, 1) !== 1) continue;
        if (found === -1) found = o;
        else if (found >= 0 && groups.find(found) !== groups.find(o)) found = -2;
      }
      if (found < 0 || (target >= 0 && groups.find(target) !== groups.find(found))) {
        target = -1;
        break;
      }
      target = found;
    }
    if (target >= 0) groups.union(k, target, true);
  }
}

/**
 * A person's name with one more word in its middle in one outlet (a second given name, a
 * patronymic: "Ilse Marta Korvanen" / "Ilse Korvanen") and its first or last word spelt otherwise
 * (`spellingVariant`: a letter or two apart, five letters or more): the same person, the name
 * spelt two ways. The other words equal (but for case), never side by side in one article, each name its
 * entity's own. (A middle word alone, with the rest the same, is a short form and joins nothing
 * here; two names of as many words a letter apart are `joinVariants`'.)
 */
export function joinMiddleWords(nodes: NameNodes, keys: NameKeys, groups: NameGroups): void {
  const { texts, typeOf, entitiesOf } = nodes;
  // The persons' names of two and of three words, each its entity's own, with their words.
  const two: number[] = [];
  const three: number[] = [];
  for (let k = 0; k < texts.length; k++) {
    if (typeOf[k] !== 'person' || entitiesOf[k] === null || !keys.own(k)) continue;
    const n = keys.words(k);
    if (n === 2) two.push(k);
    else if (n === 3) three.push(k);
  }
  if (!two.length || !three.length) return;
  const wordsOf = new Map<number, string[]>();
  for (const k of [...two, ...three]) wordsOf.set(k, texts[k]!.split(/\s+/));
  // The three-word names by their first word and by their last (lower case only, not foldKey:
  // these words would crowd its cache): a pair shares one.
  const byEnd = new Map<string, number[]>();
  const put = (key: string, k: number) => {
    const list = byEnd.get(key);
    if (!list) byEnd.set(key, [k]);
    else if (list.length <= MAX_BUCKET) list.push(k);
  };
  for (const k of three) {
    const w = wordsOf.get(k)!;
    put(`<${w[0]!.toLowerCase()}`, k);
    put(`>${w[2]!.toLowerCase()}`, k);
  }
  for (const a of two) {
    const [first, last] = wordsOf.get(a) as [string, string];
    const ff = first.toLowerCase();
    const fl = last.toLowerCase();
    for (const key of [`<${ff}`, `>${fl}`]) {
      const list = byEnd.get(key);
      if (!list || list.length > MAX_BUCKET) continue;
      for (const b of list) {
        const [f, , l] = wordsOf.get(b) as [string, string, string];
        const sameFirst = f.toLowerCase() === ff;
        const sameLast = l.toLowerCase() === fl;
        // One end the same, the other a spelling of it.
        if (sameFirst === sameLast || !(sameFirst ? spellingVariant(l, last) : spellingVariant(f, first))) continue;
        if (groups.find(a) === groups.find(b) || !keys.apart(a, b)) continue;
        groups.union(a, b, true);
      }
    }
  }
}

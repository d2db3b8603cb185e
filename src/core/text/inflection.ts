/**
 * English inflection: the one stemmer of the analysis. Statements, quotes and figures of two outlets
 * are compared by their words' stems, so that "deployed" / "deploying" / "deployment", "carries" /
 * "carry", "held" / "holding" and "has" / "had" read as one word. Two levels of one mechanism:
 *
 * - `inflectionBase`: a word without its inflection — plural, third person, past, participle — and
 *   irregular verb forms to their base ("said" → "say", "was" → "be"). What a verb's form is compared
 *   by (claims' tense and event slots) and whether a changed word in a quote is the same word
 *   (`sameWordInflected`: "have" / "had" is grammar, not a rewording).
 * - `stem`: the base without common derivational endings too ("deployment", "reportedly"), for
 *   comparing the content of two statements (numbers' predicates, claims' slots, wording).
 *
 * Light and rule-based (no dictionary): stems are keys, not words ("replac", "settl"); both sides of
 * a comparison go through the same function, so a key need only be the same for one word's forms.
 */

/** Irregular verb forms → base: the forms whose inflection is not a suffix. */
const IRREGULAR = new Map<string, string>();
/** Base → its irregular forms, for the word lists that generate a verb's forms (`irregularForms`). */
const FORMS_OF = new Map<string, readonly string[]>();
for (const group of [
  'be am is are was were been being', 'have has had having', 'do does did done doing', 'go goes went gone going',
  'say says said', 'tell told', 'hold held', 'take took taken', 'sink sank sunk', 'flee fled', 'fight fought',
  'shoot shot', 'catch caught', 'strike struck stricken', 'steal stole stolen', 'break broke broken', 'burn burnt burned',
  'lose lost', 'leave left', 'bring brought', 'buy bought', 'sell sold', 'send sent', 'spend spent', 'build built',
  'fall fell fallen', 'hit', 'hide hid hidden', 'begin began begun', 'drive drove driven', 'fly flew flown',
  'throw threw thrown', 'blow blew blown', 'freeze froze frozen', 'seize seized', 'keep kept', 'meet met', 'lead led',
  'pay paid', 'win won', 'rise rose risen', 'write wrote written', 'choose chose chosen', 'swear swore sworn',
  'tear tore torn', 'withdraw withdrew withdrawn', 'overthrow overthrew overthrown', 'read read',
]) {
  const [base, ...forms] = group.split(' ');
  for (const f of forms) IRREGULAR.set(f, base!);
  FORMS_OF.set(base!, forms);
}

/** A verb's irregular past forms ("say" → "says", "said"; "read" → "read"), or none when its past takes "-ed". */
export function irregularForms(base: string): readonly string[] {
  return FORMS_OF.get(base) ?? [];
}

/** Final consonants doubled before an ending ("stopped", "planned", "preferred"). */
const DOUBLED = /(?:bb|dd|gg|mm|nn|pp|rr|tt)$/;

/** Inflectional endings, longest first. */
const INFLECTIONS = ['ings', 'ing', 'ies', 'ied', 'ed', 'es', 's'];
/** Derivational endings `stem` also takes off, longest first. */
const DERIVATIONS = ['ments', 'ment', 'edly', 'ly'];

function lower(w: string): string {
  return w.toLowerCase().replace(/’/g, "'");
}

/** The ending of `s` among `endings` to take off (the first it has, leaving three letters or more), or ''. */
function endingOf(s: string, endings: readonly string[]): string {
  for (const e of endings) {
    if (s.length - e.length < 3 || !s.endsWith(e)) continue;
    if (e === 's' && (s.endsWith('ss') || s.endsWith('us') || s.endsWith('is'))) return ''; // "pass", "virus", "crisis"
    if ((e === 'ies' || e === 'ied') && s.length <= 4) return ''; // "dies", "tied"
    return e;
  }
  // A four-letter past on a base ending in "e" ("used", "aged", "owed"): the "d" alone ("need" keeps it).
  if (s.length === 4 && s.endsWith('ed') && s[1] !== 'e') return 'd';
  return '';
}

/**
 * `s` without `ending`, tidied: "ies" / "ied" back to "y" ("carried" → "carry"), no final silent "e"
 * ("hope" / "hoped" → "hop"; but "agreed" → "agre", as "agree"), no consonant doubled before the
 * ending ("stopped" → "stop").
 */
function without(s: string, ending: string): string {
  let t = ending === 'ies' || ending === 'ied' ? s.slice(0, -3) + 'y' : s.slice(0, s.length - ending.length);
  if (t.length > 3 && t.endsWith('e') && ending !== 'ed') t = t.slice(0, -1);
  if (ending !== '' && t.length > 3 && DOUBLED.test(t)) t = t.slice(0, -1);
  return t;
}

/** A word without its inflection, lower-case ("carried" → "carry", "stopping" → "stop", "went" → "go"). */
export function inflectionBase(word: string): string {
  const s = lower(word);
  const irregular = IRREGULAR.get(s);
  if (irregular !== undefined) return without(irregular, '');
  return without(s, endingOf(s, INFLECTIONS));
}

/** A word's stem: without inflection or a common derivational ending ("deployment", "reportedly" → "deploy", "report"). */
export function stem(word: string): string {
  const s = lower(word);
  const derivation = IRREGULAR.has(s) ? '' : endingOf(s, DERIVATIONS);
  return derivation !== '' ? without(s, derivation) : inflectionBase(word);
}

/** The base of an irregular verb form as written ("sank", "sunk" → "sink"; "took" → "take"), or undefined for any other word. */
export function irregularBase(word: string): string | undefined {
  return IRREGULAR.get(lower(word));
}

/** Are two words one word inflected two ways ("have" / "had", "know" / "knows", "want" / "wanted")? */
export function sameWordInflected(a: string, b: string): boolean {
  return lower(a) === lower(b) || inflectionBase(a) === inflectionBase(b);
}

/** The stems of the light verbs ("be", "have", "do", "go"), made by `stem` itself. */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'go'].map(stem));

/** Is this stem a light verb's? A form of one says nothing of what a statement is about ("going to apply" / "would go on"). */
export function isLightVerb(stemmed: string): boolean {
  return LIGHT_VERBS.has(stemmed);
}

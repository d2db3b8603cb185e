/**
 * The per-article recogniser: runs of capitalised words ("chunks") are cut into names by titles,
 * nationality adjectives, known names and sentence position, then typed by known names, suffixes
 * ("Ministry", "Air Base"), context words ("channel Mir", "Idlib province", "in Homs") and first
 * names; names that are only a word ("Lavrov", "Trump") take the type of a fuller name in the same
 * article. Rule-based and linear in the text.
 */
import type { EntityMention, EntityType, MentionHint, Strength } from '../common/types';
import { mapArray, parseArticle, type Article } from '../text';
import {
  BUILDING_HEADS, CALENDAR, COMPANY_SUFFIXES, NOT_NAMES, DEMONYMS, EVENT_SUFFIXES, LONE_ORG_HEADS, NAME_CONNECTORS, NAME_PARTICLES, NOT_ACRONYMS,
  ORG_CUE_AFTER, ORG_CUE_BEFORE, ORG_CUE_OF, ORG_SUFFIXES, PERSON_CUE_BEFORE, PLACE_CUE_AFTER, PLACE_CUE_OF,
  PLACE_PREPOSITIONS, PLACE_SUFFIXES, SEATS_OF_POWER, STATE_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS,
  VESSEL_PREFIXES, gazetteerMaxWords, isCountry, isFirstName, lookupName, nameKey, startsConnectedName,
} from './gazetteer';
import { isCommonWord } from './lexicon';
import { Sep, tokenize, type Token } from './tokens';

export type { MentionHint, Strength };

/**
 * Single words an article gives no evidence for ("Tillerson" in an article that never says "Rex
 * Tillerson"), keyed by the array `extractEntities` returned: the linker keeps those the folder
 * confirms.
 */
export const unconfirmed = new WeakMap<readonly EntityMention[], EntityMention[]>();

/** A name the recogniser cut out of a chunk, before the article as a whole types and confirms it. */
export interface Candidate {
  /** Token indices [a, b). */
  a: number;
  b: number;
  type: EntityType | null;
  strength: Strength;
  /** The gazetteer's canonical, for a known name (null otherwise: every candidate has one shape). */
  known: string | null;
  /** Only a fuller name in the same article may confirm it (headline words, sentence-initial common words). */
  guarded: boolean;
}

const SURNAME_LIKE = new Set(
  `hill hills field park lane bay wood castle tower bridge ford brook falls beach camp port gardens station border
  forest mountain street`.split(/\s+/));
/** Head nouns of an apposition that make the name before it an organisation's or a place's. */
const APPOSITIVE_ORG = new Set(
  `company firm provider operator group maker manufacturer retailer carrier airline bank insurer lender broadcaster
  network newspaper agency charity organisation organization party militia club team subsidiary unit conglomerate
  giant developer producer supplier distributor publisher daily outlet association union federation`.split(/\s+/));
const APPOSITIVE_PLACE = new Set(
  `village town city suburb district province region county island port neighbourhood neighborhood community
  capital country hamlet settlement enclave municipality`.split(/\s+/));

/** A brand written with a capital inside: "GlobalCom", "PayPal" (not "McCain", "DiCaprio", "LeBron"). */
function hasInnerCapital(word: string): boolean {
  return /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(word) && !/^(Mc|Mac|Di|De|Da|Du|La|Le|Van|Von|Fitz|Del|Della|St)\p{Lu}/u.test(word);
}

/** Things named after a name ("the SMW4 cable", "a Patriot missile"): not entities. */
const PRODUCT_NOUNS = new Set(
  `cable cables pipeline missile missiles rifle rifles jet jets helicopter helicopters satellite satellites rocket
  rockets vaccine software smartphone smartphones browser console cocktail cocktails`.split(/\s+/));

/** Nouns before "in X" that make X a company: "shares in X", "a stake in X". */
const STAKE_WORDS = new Set(['shares', 'stake', 'stakes', 'holding', 'holdings', 'interest', 'investment', 'investors', 'shareholders']);

/** Adjectives that begin an institution's own name, after which a nationality is only description. */
const INSTITUTION_ADJECTIVES = new Set(['royal', 'national', 'federal', 'central', 'supreme', 'imperial', 'state', 'high']);

const RESULT_PREPOSITIONS = new Set(['with', 'to', 'over', 'against']);
const SCORE_GAP = /^\s*[-–]\s*$/;
const SENTENCE_END = /[.;!?]/;

/** Verbs of a match's result: "Leeds beat Chelsea 2-1". */
const RESULT_VERBS = new Set(
  `beat beats defeated defeat defeats drew draw lost lose loses edged edge thrashed routed trounced overcame
  hammered crushed downed stunned upset outclassed outplayed held holds whipped blanked`.split(/\s+/));

const COMPASS_LOWER = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'central']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'greater', 'upper', 'lower', 'inner', 'outer']);
/** An organisation word, singular or plural: "Ministry", "Institutes", "Industries". */
function isOrgSuffix(word: string): boolean {
  if (ORG_SUFFIXES.has(word)) return true;
  if (word.endsWith('.')) return ORG_SUFFIXES.has(word.slice(0, -1));
  if (word.length > 4 && word.endsWith('ies')) return ORG_SUFFIXES.has(word.slice(0, -3) + 'y');
  return word.length > 4 && word.endsWith('s') && ORG_SUFFIXES.has(word.slice(0, -1));
}

const LEGAL_SUFFIXES = new Set(['inc', 'ltd', 'plc', 'llc', 'corp', 'co', 'limited', 'gmbh', 'ag', 'sa', 'nv', 'llp']);
const ORG_PREFIXES = new Set(['Air', 'Deutsche', 'Banco', 'Banque', 'Groupe', 'Grupo', 'Société', 'Societe']);
const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady']);
const DETERMINERS = new Set(['the', 'a', 'an']);
const OF_CONNECTORS = new Set(['of', 'for']);
const ORG_OF_HEADS = new Set([...[...ORG_SUFFIXES].flatMap((w) => [w.toLowerCase(), w.toLowerCase() + 's']), 'museum', 'chamber', 'house', 'court']);
/** Buildings named "X of Y" that are places ("University of Athens"); "Church of ..." is a body. */
const PLACES_OF = new Set(['university', 'college', 'school', 'cathedral', 'basilica']);
const FAITH_HEADS = new Set(['church', 'chapel', 'mosque', 'temple', 'synagogue']);
/** Denominations: "the Mormon Church", "the Methodist Church" are bodies, not buildings. */
const FAITHS = new Set(
  `catholic anglican orthodox methodist baptist lutheran presbyterian mormon episcopal evangelical pentecostal
  adventist unification reformed coptic maronite apostolic moravian mennonite amish quaker unitarian`.split(/\s+/));
const PLACE_OF_HEADS = new Set([...[...PLACE_SUFFIXES].map((w) => w.toLowerCase()), 'republic', 'kingdom', 'isle', 'cape', 'emirate', 'states']);
const HYPHEN_TAILS = new Set(
  `led backed based made born style run owned funded sponsored bound linked related controlled held speaking era
  wide like type only friendly free allied aligned inspired leaning occupied annexed brokered imposed
  dominated focused centric sceptic skeptic american russian`.split(/\s+/));
const REPORT_VERBS = new Set(
  `said says say accused announced denied denies confirmed confirms warned warns insisted insists claimed claims
  rejected rejects dismissed dismisses stated told tells called calls urged urges condemned condemns responded
  criticised criticized welcomed welcomes declined declines refused refuses argued argues added adds described
  issued released pledged vowed threatened demanded demands noted notes admitted admits acknowledged announced
  ordered orders signalled signaled countered replied hit blamed blames praised praises`.split(/\s+/));
const VERB_SKIP = new Set(['on', 'last', 'this', 'late', 'early', 'earlier', 'later', 'also', 'has', 'had', 'have', 'again', 'then', 'quickly', 'swiftly', 'promptly', 'previously', 'officially', 'publicly', 'already', 'repeatedly', 'has', 'on', 'in', 'a', 'statement']);
const PERSON_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'argued', 'insisted', 'recalled', 'wrote', 'explained', 'asked', 'replied', 'admitted', 'stressed']);

class Recognizer {
  readonly cands: Candidate[] = [];
  /** Whether paragraph `scoresPara` holds a score ("2-1"), once asked (see `hasScores`). */
  private scoresPara = -2;
  private scores = false;
  private readonly gazMax = gazetteerMaxWords();

  /** `t`: the tokens of `text` (tokens.ts), every paragraph's in order. */
  constructor(
    private readonly text: string,
    private readonly t: Token[],
  ) {}

  run(): EntityMention[] {
    this.scan(0);
    return this.resolve();
  }

  /** Cuts the chunks of capitalised words from token `from` on into candidates. */
  scan(from: number): void {
    const t = this.t;
    let i = from;
    while (i < t.length) {
      if (!this.startsChunk(i)) {
        i++;
        continue;
      }
      const b = this.growChunk(i);
      this.process(i, b);
      i = b;
    }
  }

  // ---- chunks -------------------------------------------------------------------------------------

  private isParticle(k: number): boolean {
    const tok = this.t[k];
    return !!tok && !tok.cap && NAME_PARTICLES.has(tok.lower);
  }

  private startsChunk(i: number): boolean {
    const tok = this.t[i]!;
    // A legal suffix after a name that ended in punctuation: "Amazon.com Inc", "Apple, Inc."
    if (tok.cap && LEGAL_SUFFIXES.has(tok.lower.endsWith('.') ? tok.lower.slice(0, -1) : tok.lower)) return false;
    if (tok.cap) return true;
    // "al-Nusra", "al Qaeda", "bin Laden" at the start of a name.
    if ((tok.lower === 'al' || tok.lower === 'el' || tok.lower === 'bin' || tok.lower === 'ibn') && !tok.possessive) {
      const n = this.t[i + 1];
      return !!n && n.cap && n.para === tok.para && (n.sep === Sep.Hyphen || (n.sep === Sep.Space && !!lookupName(`${tok.word} ${n.word}`)));
    }
    return false;
  }

  /** Extends a chunk from token `a`; returns its end (exclusive). */
  private growChunk(a: number): number {
    const t = this.t;
    let j = a;
    if (!t[a]!.cap) j = a + 1; // leading particle: "al-Nusra"
    for (;;) {
      const cur = t[j]!;
      const k = j + 1;
      const nx = t[k];
      if (!nx || nx.para !== cur.para) break;
      if (cur.possessive) {
        // "People's Council", "Workers' Party", "Internet Service Providers' Association": a plural or
        // collective noun's possessive inside an organisation's name, which an organisation word ends.
        if (nx.sep === Sep.Space && nx.cap && j > a - 1 && isCommonWord(cur.lower) && this.orgWordWithin(k, 3)) {
          j = k;
          continue;
        }
        break;
      }
      if (nx.initial && nx.sep !== Sep.Hyphen) break;
      if (nx.sep === Sep.Hyphen) {
        if (nx.cap) {
          j = k;
          continue;
        }
        // "Co-operation", "Latter-day" inside a name joined by "of"/"for": "Organisation for Security and Co-operation".
        if (!nx.num && cur.cap && j > a && !HYPHEN_TAILS.has(nx.lower) && this.hasOfHead(a, j + 1) && (t[k + 1]?.cap || OF_CONNECTORS.has(t[k + 1]?.lower ?? '') || t[k + 1]?.lower === 'in')) {
          j = k;
          continue;
        }
        if (this.isParticle(k) && t[k + 1]?.cap && t[k + 1]!.sep === Sep.Hyphen) {
          j = k + 1;
          continue;
        }
        // Korean given names: "Ban Ki-moon", "Kim Jong-un"; not "US-led", "Kremlin-backed".
        if (!nx.num && cur.cap && !cur.allCaps && cur.word.length <= 4 && j > a && nx.word.length <= 4 && !HYPHEN_TAILS.has(nx.lower)) j = k;
        break;
      }
      if (nx.sep === Sep.Space) {
        if (nx.cap) {
          j = k;
          continue;
        }
        if (this.isParticle(k) && t[k + 1]?.cap && (t[k + 1]!.sep === Sep.Space || t[k + 1]!.sep === Sep.Hyphen) && !nx.possessive) {
          j = k + 1;
          continue;
        }
        // A known name that goes on over lower-case words: "Horn of Africa", "Organization for Security and Cooperation in Europe".
        if (NAME_CONNECTORS.has(nx.lower) && !nx.possessive && startsConnectedName(t[a]!.lower)) {
          const known = this.knownThrough(a, k);
          if (known > 0) {
            j = known;
            continue;
          }
        }
        if (OF_CONNECTORS.has(nx.lower) && !nx.possessive) {
          const lw = cur.lower;
          if (TITLE_HEADS.has(lw) || ORG_OF_HEADS.has(lw) || PLACE_OF_HEADS.has(lw) || this.hasOfHead(a, j)) {
            let m = k + 1;
            if (t[m]?.lower === 'the' && t[m]!.sep === Sep.Space) m++;
            if (t[m]?.cap && t[m]!.sep === Sep.Space && !t[m]!.initial) {
              j = m;
              continue;
            }
          }
          break;
        }
        if ((nx.lower === 'and' || nx.word === '&') && !nx.possessive) {
          if (nx.word === '&' && t[k + 1]?.cap) {
            j = k + 1;
            continue;
          }
          // Only known names joined by "and": "Bosnia and Herzegovina", "Securities and Exchange Commission".
          let matched = -1;
          // Inside a name joined by "of"/"for": "Organization for Security and Cooperation in Europe",
          // "Commission for Truth and Reconciliation".
          if (this.hasOfHead(a, j + 1) && t[k + 1]?.cap && t[k + 1]!.sep === Sep.Space && !t[k + 1]!.initial && !lookupName(t[k + 1]!.word)) {
            let m = k + 1;
            while (t[m + 1]?.cap && t[m + 1]!.sep === Sep.Space && t[m + 1]!.para === nx.para && !t[m]!.possessive) m++;
            // Two words at most after "and", none a name's end of its own ("... and Acme Minerals Ltd").
            let own = (isOrgSuffix(t[m]!.word) || PLACE_SUFFIXES.has(t[m]!.word)) && t[m + 1]?.sep !== Sep.Hyphen; // not "Co-operation"
            for (let q = k + 1; q <= m; q++) if (t[q]!.allCaps) own = true;
            if (m - k <= 2 && !own) {
              j = m;
              continue;
            }
          }
          for (let m = k + 1; m < Math.min(t.length, k + 5); m++) {
            if (!t[m]!.cap || t[m]!.sep !== Sep.Space) break;
            if (this.lookup(a, m + 1)) matched = m;
          }
          // "Securities and Exchange Commission", "Food and Drug Administration".
          if (matched < 0 && !lookupName(cur.word) && !isFirstName(cur.word) && !ORG_SUFFIXES.has(cur.word) && !ORG_SUFFIXES.has(t[a]!.word) && !PLACE_SUFFIXES.has(cur.word) && !BUILDING_HEADS.has(cur.word)) {
            for (let m = k + 1; m < Math.min(t.length, k + 4); m++) {
              if (!t[m]!.cap || t[m]!.sep !== Sep.Space || t[m]!.initial) break;
              if (ORG_SUFFIXES.has(t[m]!.word)) {
                if (!COMPANY_SUFFIXES.has(t[m]!.word) && !LEGAL_SUFFIXES.has(t[m]!.lower.replace(/\.$/, ''))) matched = m;
                break;
              }
              if (t[m]!.possessive) break;
            }
          }
          if (matched > 0) {
            j = matched;
            continue;
          }
          break;
        }
        // "... Security and Co-operation in Europe": a known place after "in" ends a name joined by "of" and "and".
        if (nx.lower === 'in' && t[k + 1]?.cap && t[k + 1]!.sep === Sep.Space && lookupName(t[k + 1]!.word)?.type === 'place' && this.hasOfHead(a, j + 1) && this.hasAnd(a, j)) {
          j = k + 1;
          continue;
        }
        if (nx.num && this.lookup(a, k + 1)) {
          j = k;
          continue;
        }
        break;
      }
      if (nx.sep === Sep.DotSpace && nx.cap) {
        // "George W. Bush", "Mr. Putin", "St. Petersburg"
        if ((cur.word.length === 1 && cur.cap) || COURTESY.has(cur.lower) || /^(st|gen|sen|rep|gov|lt|col|sgt|capt|adm|rev|pres|prof|dr|jr|sr)$/.test(cur.lower)) {
          j = k;
          continue;
        }
        break;
      }
      if (nx.sep === Sep.Comma && nx.dotted && nx.word === 'D.C.') {
        j = k;
        continue;
      }
      break;
    }
    return j + 1;
  }

  /** A lower-case "and" among tokens (a, j). */
  private hasAnd(a: number, j: number): boolean {
    for (let k = a + 1; k < j; k++) if (this.t[k]!.lower === 'and' && !this.t[k]!.cap) return true;
    return false;
  }

  /** An organisation word among tokens [k, k + n): "People's Council", "Providers' Association". */
  private orgWordWithin(k: number, n: number): boolean {
    const t = this.t;
    for (let m = k; m < Math.min(t.length, k + n); m++) {
      const tok = t[m]!;
      if (!tok.cap || (m > k && tok.sep !== Sep.Space) || tok.para !== t[k]!.para) return false;
      if (isOrgSuffix(tok.word)) return true;
      if (tok.possessive) return false;
    }
    return false;
  }

  /**
   * The end (inclusive token index) of the longest known name that starts at `a` and goes on over the
   * lower-case connector at `k` ("Horn of Africa"), or -1.
   */
  private knownThrough(a: number, k: number): number {
    const t = this.t;
    let best = -1;
    for (let m = k + 1; m < Math.min(t.length, a + this.gazMax + 3); m++) {
      const tok = t[m]!;
      if (tok.para !== t[a]!.para || tok.sep !== Sep.Space || t[m - 1]!.possessive) break;
      if (!tok.cap && !NAME_CONNECTORS.has(tok.lower)) break;
      if (tok.cap && this.lookup(a, m + 1)) best = m;
    }
    return best;
  }

  /** An organisation or place word already joined by "of"/"for": "Foundation for the Care of ...". */
  private hasOfHead(a: number, j: number): boolean {
    for (let k = a + 1; k < j; k++) {
      const tok = this.t[k]!;
      if (OF_CONNECTORS.has(tok.lower) && !tok.cap && (ORG_OF_HEADS.has(this.t[k - 1]!.lower) || PLACE_OF_HEADS.has(this.t[k - 1]!.lower))) return true;
    }
    return false;
  }

  private span(a: number, b: number): string {
    return this.text.slice(this.t[a]!.start, this.t[b - 1]!.end);
  }

  private lookup(a: number, b: number) {
    if (b <= a || b - a > this.gazMax + 2) return undefined;
    return lookupName(this.span(a, b));
  }

  private isCommon(k: number): boolean {
    const tok = this.t[k]!;
    if (isCommonWord(tok.lower) || DETERMINERS.has(tok.lower)) return true;
    // Sentence-initial verbs and adverbs the lexicon lacks: "Praising", "Reportedly".
    return tok.initial && tok.word.length > 6 && /(ing|ly)$/.test(tok.lower) && !tok.allCaps;
  }

  /** An abbreviation of a common noun ("TV", "DVDs"): not part of a name. */
  private isNotAcronym(k: number): boolean {
    const tok = this.t[k]!;
    if (!tok.allCaps) return false;
    const l = tok.lower.replace(/\./g, '');
    return NOT_ACRONYMS.has(l) || (l.endsWith('s') && NOT_ACRONYMS.has(l.slice(0, -1))) || /^[IVXLC]+$/.test(tok.word);
  }

  // ---- cutting a chunk into names -------------------------------------------------------------------

  private process(a: number, b: number): void {
    const t = this.t;
    if (a >= b) return;
    if (t[a]!.headline) return this.processHeadline(a, b);
    // Leading determiners and a capital that is only there because the sentence starts.
    for (let guard = 0; a < b && guard < 3; guard++) {
      const tok = t[a]!;
      if (DETERMINERS.has(tok.lower) && !tok.allCaps) {
        const g = this.lookup(a, b);
        if (g && tok.lower === 'the') return this.emitKnown(a, b, g.type, g.canonical);
        a++;
        continue;
      }
      if (tok.initial && !tok.allCaps && this.isCommon(a) && !isFirstName(tok.word) && !TITLE_HEADS.has(tok.lower) && !TITLE_MODIFIERS.has(tok.lower)) {
        if (b - a >= 2 && this.lookup(a, b)) break; // "United Nations", "North Korea"
        if (b - a >= 2 && this.suffixType(a, b) && !(b - a >= 3 && this.suffixType(a + 1, b))) break; // "Supreme Court"
        if (b - a === 1) {
          // "Turkey", "Brown": only if the article names it elsewhere.
          this.cands.push({ a, b, type: null, strength: 'weak', known: null, guarded: true });
          return;
        }
        a++;
        continue;
      }
      break;
    }
    if (a >= b) return;
    if (this.processSpecial(a, b)) return;
    const g = this.lookup(a, b);
    if (g) return this.emitKnown(a, b, g.type, g.canonical);
    // "TV Bafta", "US TV": abbreviations of common nouns are not part of a name.
    if (this.isNotAcronym(a)) return this.process(a + 1, b);
    if (this.isNotAcronym(b - 1)) return this.process(a, b - 1);
    // "South African", "North Korean": adjectives.
    if (b - a === 2 && COMPASS.has(t[a]!.lower) && DEMONYMS.has(t[a + 1]!.lower)) return;
    // Day and month names split a chunk ("Wednesday", "April").
    for (let k = a; k < b; k++) {
      if (CALENDAR.has(t[k]!.lower) && !(k > a && isFirstName(t[k - 1]!.word)) && !this.calendarWordInName(k, a, b)) {
        this.process(a, k);
        this.process(k + 1, b);
        return;
      }
    }
    // Hyphen joins between known names: "U.S.-Russia", "Russian-American".
    for (let k = a + 1; k < b; k++) {
      if (t[k]!.sep !== Sep.Hyphen || !t[k]!.cap || !t[k - 1]!.cap) continue;
      if (this.knownWord(k - 1) || this.knownWord(k)) {
        this.process(a, k);
        this.process(k, b);
        return;
      }
    }
    // Events, laws and eras: "Cold War", "World Cup".
    if (b - a >= 2 && EVENT_SUFFIXES.has(t[b - 1]!.lower)) return;
    const st = this.suffixType(a, b);
    if (st) {
      while (a < b - 1 && (DEMONYMS.has(t[a]!.lower) || DETERMINERS.has(t[a]!.lower)) && st === 'place') a++;
      // "British Royal Navy" → Royal Navy, "Egyptian National ... Authority": a nationality before an
      // institution's own "Royal", "National" stays outside; "Indian Navy", "Asian Development Bank" keep it.
      if (st === 'organization' && b - a >= 3 && DEMONYMS.has(t[a]!.lower) && !t[a]!.allCaps && INSTITUTION_ADJECTIVES.has(t[a + 1]!.lower) && t[a + 1]!.sep === Sep.Space) a++;
      this.cands.push({ a, b, type: st, strength: 'strong', known: null, guarded: false });
      return;
    }
    if (this.splitTitle(a, b)) return;
    // A lower-case title before the chunk: "secretary of State Rex Tillerson".
    if (TITLE_MODIFIERS.has(t[a]!.lower) && b - a >= 2 && t[a - 1]?.lower === 'of' && t[a - 2] && !t[a - 2]!.cap && TITLE_HEADS.has(t[a - 2]!.lower)) {
      return this.process(a + 1, b);
    }
    // Nationality adjectives are not names: "Russian", "Syrian rebels".
    if (DEMONYMS.has(t[a]!.lower) && !t[a]!.allCaps) {
      return this.process(a + 1, b);
    }
    // A known place or organisation before an unknown word: "US Tomahawk".
    if (b - a >= 2) {
      for (let m = Math.min(b - 1, a + this.gazMax); m > a; m--) {
        const p = this.lookup(a, m);
        if (p) {
          // "U.S. Embassy", "France Telecom Marine": a place's name before an organisation's words.
          if (p.type === 'place' && this.hasOrgWord(m, b) && !this.hasTitle(m, b)) {
            this.cands.push({ a, b, type: 'organization', strength: 'strong', known: null, guarded: false });
            return;
          }
          // "protester Paris Kyriakides": a place's name that is also a first name, before a surname.
          if (p.type === 'place' && m === a + 1 && b - m === 1 && !this.knownWord(m) && !t[m]!.allCaps && this.personBefore(a)) {
            this.cands.push({ a, b, type: 'person', strength: 'strong', known: null, guarded: false });
            return;
          }
          // "BBC Sport", "BBC World Service": a known organisation's own unit.
          if (p.type === 'organization' && !isFirstName(t[m]!.word) && !this.lookup(m, b) && !this.suffixType(m, b)) {
            this.cands.push({ a, b, type: 'organization', strength: 'cue', known: null, guarded: false });
            return;
          }
          this.emitKnown(a, m, p.type, p.canonical);
          this.process(m, b);
          return;
        }
      }
      // ... or after it: "Tomahawk Syria" is rare, but "Interfax Moscow" is not.
      for (let m = a + 1; m < b; m++) {
        const p = this.lookup(m, b);
        if (p && (t[m - 1]!.allCaps || lookupName(t[m - 1]!.word))) {
          this.process(a, m);
          this.emitKnown(m, b, p.type, p.canonical);
          return;
        }
      }
    }
    this.emitName(a, b, false);
  }

  /**
   * Chunks whose kind shows in their shape or the words around them, before any look-up: ships,
   * abbreviated states, eras, "the West", a lone "Navy", "south Asia". True when the chunk is done.
   */
  private processSpecial(a: number, b: number): boolean {
    const t = this.t;
    const tok = t[a]!;
    // "INS Mysore", "MV Gibe", "M/S Columbus": ships are not entities.
    if (b - a >= 2 && tok.allCaps && VESSEL_PREFIXES.has(tok.lower)) return true;
    if (tok.word.length === 1 && tok.gap === '/' && t[a - 1]?.word.length === 1) return true;
    // "a Delhi-class destroyer", "the SMW4 cable": a thing named after a name, not the name.
    const after = t[b];
    if (after && after.para === t[b - 1]!.para && !after.cap && !t[b - 1]!.possessive) {
      if (after.sep === Sep.Hyphen && (after.lower === 'class' || after.lower === 'type')) return true;
      if (after.sep === Sep.Space && PRODUCT_NOUNS.has(after.lower) && !this.lookup(a, b)) {
        // "US Tomahawk missiles": the maker's or owner's name before the thing's stays.
        for (let m = b - 1; m > a; m--) {
          const g = this.lookup(a, m);
          if (g) {
            this.emitKnown(a, m, g.type, g.canonical);
            break;
          }
        }
        return true;
      }
    }
    // "-- London Newsroom +44 ...": a wire service's sign-off names the desk, not a place in the story.
    if (t[b - 1]!.lower === 'newsroom' || this.nextWord(b)?.lower === 'newsroom') return true;
    if (b - a === 1) {
      // "the Internet", "the Web": capitalised, but no one's name.
      if (NOT_NAMES.has(tok.lower)) return true;
      // "Colorado City, Ariz.": the tokenizer kept the state's full stop only after "Town, ".
      if (tok.word.endsWith('.') && !tok.dotted) {
        const state = STATE_ABBREVIATIONS.get(tok.word.slice(0, -1));
        if (state) {
          this.cands.push({ a, b, type: 'place', strength: 'known', known: state, guarded: false });
          return true;
        }
      }
      // "300 BC", "AD 70": an era, not British Columbia.
      if (tok.allCaps && NOT_ACRONYMS.has(tok.lower.replace(/\./g, '')) && (t[a - 1]?.num || t[a + 1]?.num)) return true;
      const prev = this.prevWord(a);
      const next = this.nextWord(b);
      // "the West": the western world.
      if (tok.word === 'West' && prev?.lower === 'the' && !(next?.cap)) {
        this.cands.push({ a, b, type: 'place', strength: 'strong', known: null, guarded: false });
        return true;
      }
      // "the Navy said", "a Ministry spokesman": the institution, capitalised on its own.
      if (LONE_ORG_HEADS.has(tok.lower) && !tok.allCaps && (!tok.initial || prev?.lower === 'the')) {
        this.cands.push({ a, b, type: 'organization', strength: 'cue', known: null, guarded: false });
        return true;
      }
      // "the Indian navy": a nationality and its lower-case armed service.
      if (DEMONYMS.has(tok.lower) && next && (next.lower === 'navy' || next.lower === 'army') && !next.cap && !tok.possessive) {
        this.cands.push({ a, b: b + 1, type: 'organization', strength: 'cue', known: null, guarded: false });
        return true;
      }
    }
    // "south Asia", "central Asia": a lower-case compass word that makes a known region's name.
    const p = this.prevWord(a);
    if (p && !p.cap && COMPASS_LOWER.has(p.lower) && !t[a - 2]?.possessive) {
      const g = this.lookup(a - 1, b);
      if (g && g.type === 'place' && g.canonical.toLowerCase() !== this.span(a, b).toLowerCase()) {
        this.emitKnown(a - 1, b, g.type, g.canonical);
        return true;
      }
    }
    return false;
  }

  /** An organisation's word among tokens [m, b): "Embassy", "Telecom". */
  private hasOrgWord(m: number, b: number): boolean {
    for (let k = m; k < b; k++) if (isOrgSuffix(this.t[k]!.word)) return true;
    return false;
  }

  /** A title among tokens [m, b): "President", "Minister". */
  private hasTitle(m: number, b: number): boolean {
    for (let k = m; k < b; k++) if (TITLE_HEADS.has(this.t[k]!.lower)) return true;
    return false;
  }

  /** A person's noun or a title stands right before token a: "protester", "resident". */
  private personBefore(a: number): boolean {
    const p = this.prevWord(a);
    return !!p && !p.cap && PERSON_CUE_BEFORE.has(p.lower);
  }

  /** "Vancouver Sun", "Mar Menor": a short day or month name inside a name, with no date around it. */
  private calendarWordInName(k: number, a: number, b: number): boolean {
    const tok = this.t[k]!;
    if (tok.word.length > 3 || tok.dotAfter || b - a < 2) return false;
    const n = this.t[k + 1];
    const p = this.t[k - 1];
    return !(n?.num && n.para === tok.para) && !(p?.num && p.para === tok.para);
  }

  /** A word that is a known name or adjective on its own ("US", "Russian"). */
  private knownWord(k: number): boolean {
    const tok = this.t[k]!;
    return DEMONYMS.has(tok.lower) || !!lookupName(tok.word) || (tok.allCaps && tok.word.length <= 5);
  }

  /** The type a chunk's last word (or "X of Y" head) gives it. */
  private suffixType(a: number, b: number): EntityType | null {
    const t = this.t;
    if (b - a < 2) return null;
    const last = t[b - 1]!.word;
    if (b - a === 2 && isFirstName(t[a]!.word) && SURNAME_LIKE.has(last.toLowerCase())) return null; // "William Hill"
    const building = this.buildingType(a, b);
    if (building) return building;
    if (isOrgSuffix(last)) return 'organization';
    if (PLACE_SUFFIXES.has(last)) return 'place';
    // "South Wales", "Northern Ireland", "Greater London"
    if (COMPASS.has(t[a]!.lower) && lookupName(this.span(a + 1, b))?.type === 'place') return 'place';
    // "Air China", "Deutsche Boerse", "Banco Santander"
    if (ORG_PREFIXES.has(t[a]!.word)) return 'organization';
    for (let k = a + 1; k < b - 1; k++) {
      if (!OF_CONNECTORS.has(t[k]!.lower) || t[k]!.cap) continue;
      const head = t[k - 1]!.lower;
      if (TITLE_HEADS.has(head)) return null; // "Secretary of State"
      // "Bank of England Governor Mark Carney": a title follows; let the title split it.
      for (let m = k + 1; m < b - 1; m++) if (TITLE_HEADS.has(t[m]!.lower) && t[m]!.cap) return null;
      if (PLACES_OF.has(head)) return 'place'; // "University of Athens"
      if (ORG_OF_HEADS.has(head) || isOrgSuffix(t[k - 1]!.word)) return 'organization'; // "Bank of England"
      if (PLACE_OF_HEADS.has(head)) return 'place'; // "Gulf of Mexico"
      break;
    }
    return null;
  }

  /**
   * A building's or ground's name ("Wasilla Middle School", "Grace Bible Church", "Hilltop Mall")
   * is a place; a church named for its faith ("Catholic Church", "Mormon Church") is an organisation.
   */
  private buildingType(a: number, b: number): EntityType | null {
    const t = this.t;
    const last = t[b - 1]!;
    if (!BUILDING_HEADS.has(last.word)) return null;
    if (FAITH_HEADS.has(last.lower)) {
      const first = t[a]!.lower;
      if (b - a === 2 && (DEMONYMS.has(first) || FAITHS.has(first))) return 'organization';
      for (let k = a; k < b; k++) if (t[k]!.allCaps) return 'organization'; // "the FLDS Church
    }
    return 'place';
  }

  /** "US President Donald Trump" → US + Donald Trump; "Foreign Minister Sergey Lavrov" → Sergey Lavrov. */
  private splitTitle(a: number, b: number): boolean {
    const t = this.t;
    let h = -1;
    for (let k = a; k < b; k++) {
      const tok = t[k]!;
      if (TITLE_HEADS.has(tok.lower) && !tok.allCaps && !(k > a && isFirstName(t[a]!.word) && k === b - 1)) {
        h = k;
        break;
      }
    }
    if (h < 0) return false;
    let s = h;
    while (s > a && TITLE_MODIFIERS.has(t[s - 1]!.lower)) s--;
    let e = h + 1;
    let ofAt = -1; // where the words after a title's "of" start
    for (;;) {
      const tok = t[e];
      if (!tok || e >= b) break;
      if (TITLE_HEADS.has(tok.lower) || TITLE_MODIFIERS.has(tok.lower)) {
        e++;
        continue;
      }
      if (OF_CONNECTORS.has(tok.lower) && !tok.cap && e + 1 < b) {
        let m = e + 1;
        if (t[m]!.lower === 'the' && m + 1 < b) m++;
        ofAt = m;
        e = m + 1;
        continue;
      }
      break;
    }
    if (e >= b && COURTESY.has(t[h]!.lower) && b - h >= 2) e = b - 1; // "Mr Bishop"
    if (e < b) {
      this.process(a, s);
      this.emitName(e, b, true);
      return true;
    }
    // "the Governor of Alaska", "the Bishop of Bountiful": the place after "of" is a name of its own.
    if (ofAt > 0 && ofAt < b) {
      const g = this.lookup(ofAt, b);
      if (g?.type === 'place') this.emitKnown(ofAt, b, g.type, g.canonical);
      else if (b - ofAt === 1 && t[ofAt]!.allCaps) this.process(ofAt, b); // "President of AMBO"
      else if (b - ofAt === 1 && !this.isCommon(ofAt) && !TITLE_MODIFIERS.has(t[ofAt]!.lower) && !isOrgSuffix(t[ofAt]!.word)) {
        this.cands.push({ a: ofAt, b, type: 'place', strength: 'cue', known: null, guarded: false });
      }
    }
    // A title with no name after it: keep what stands before ("US" in "US Secretary of State's").
    for (let k = a; k < s; k++) {
      if (!this.knownWord(k) && !TITLE_MODIFIERS.has(t[k]!.lower)) {
        return false; // "Martin Luther King": the title word is part of a name
      }
    }
    this.process(a, s);
    return true;
  }

  /** Headline case: every word is capitalised, so only known names and uncommon words count. */
  private processHeadline(a: number, b: number): void {
    const t = this.t;
    let k = a;
    while (k < b) {
      let m = Math.min(b, k + this.gazMax);
      let hit = false;
      for (; m > k; m--) {
        const g = this.lookup(k, m);
        // A common word is a known name's short form only where capitals still tell ("IS" in a
        // title-case headline is Islamic State; in a line written in capitals it is "is").
        if (g && !(m - k === 1 && this.isCommon(k) && (!t[k]!.allCaps || this.shouted(k)))) {
          this.emitKnown(k, m, g.type, g.canonical);
          k = m;
          hit = true;
          break;
        }
      }
      if (hit) continue;
      const tok = t[k]!;
      if (this.isCommon(k) || CALENDAR.has(tok.lower) || DEMONYMS.has(tok.lower) || TITLE_HEADS.has(tok.lower) || TITLE_MODIFIERS.has(tok.lower)) {
        k++;
        continue;
      }
      let r = k + 1;
      while (r < b && !this.isCommon(r) && !lookupName(t[r]!.word) && !CALENDAR.has(t[r]!.lower) && !TITLE_HEADS.has(t[r]!.lower)) r++;
      // "ATTORNEY GENERAL WALLY OPAL": two or three words after a title are a person's name.
      const titled = k > a - 1 && k > 0 && TITLE_HEADS.has(t[k - 1]!.lower) && t[k - 1]!.para === tok.para && r - k <= 3;
      if (r - k >= 2 && (isFirstName(tok.word) || titled)) this.cands.push({ a: k, b: r, type: 'person', strength: 'strong', known: null, guarded: false });
      else this.cands.push({ a: k, b: r, type: null, strength: 'weak', known: null, guarded: true });
      k = r;
    }
  }

  /** Token k stands among other words in capitals that are common ones: a line written in capitals. */
  private shouted(k: number): boolean {
    const t = this.t;
    const p = t[k - 1];
    const n = t[k + 1];
    const para = t[k]!.para;
    return (!!p && p.para === para && p.allCaps && this.isCommon(k - 1)) || (!!n && n.para === para && n.allCaps && this.isCommon(k + 1));
  }

  // ---- typing ------------------------------------------------------------------------------------------

  private emitKnown(a: number, b: number, type: EntityType, canonical: string): void {
    let ty = type;
    // "Leeds beat Chelsea 2-1": a city's team (a country's team is written as the country, a place).
    if (type === 'place' && !isCountry(canonical) && this.teamContext(a, b)) {
      this.cands.push({ a, b, type: 'organization', strength: 'strong', known: null, guarded: false });
      return;
    }
    if (type === 'place' && SEATS_OF_POWER.has(nameKey(this.span(a, b))) && this.actsAfter(b)) ty = 'organization';
    this.cands.push({ a, b, type: ty, strength: 'known', known: canonical, guarded: false });
  }

  /**
   * The name [a, b) stands for a team in a match's result: a score follows it ("Chelsea 2-1",
   * "Chelsea 2 Arsenal 1"), or a result verb joins it to a score ("Leeds beat Chelsea 2-1",
   * "drew 1-1 with Arsenal", "lost 3-0 to Everton").
   */
  private teamContext(a: number, b: number): boolean {
    const t = this.t;
    const para = t[a]!.para;
    if (!this.hasScores(a)) return false;
    if (this.scoreAt(b, para)) return true;
    // A results table: "Chelsea 2 Arsenal 1".
    const n1 = t[b];
    if (n1 && n1.num && n1.para === para && n1.word.length <= 2 && n1.sep === Sep.Space) {
      const n2 = t[b + 1];
      const n3 = t[b + 2];
      if (n2 && n2.cap && n2.para === para && n2.sep === Sep.Space && n3 && n3.para === para && (n3.num || n3.cap)) return true;
      const p1 = a > 0 ? t[a - 1]! : null;
      if (p1 && p1.num && p1.para === para && t[a]!.sep === Sep.Space && a > 1 && t[a - 2]!.cap && t[a - 2]!.para === para) return true;
    }
    const next = this.nextWord(b);
    if (next && RESULT_VERBS.has(next.lower) && this.scoreWithin(b + 1, 8, para)) return true;
    const prev = this.prevWord(a);
    if (prev && (RESULT_VERBS.has(prev.lower) || RESULT_PREPOSITIONS.has(prev.lower))) {
      if (this.scoreWithin(b, 3, para)) return true;
      // "drew 1-1 with Arsenal": the score before
      for (let k = Math.max(0, a - 6); k < a - 1; k++) if (this.scoreAt(k, para)) return true;
    }
    return false;
  }

  /**
   * Some score ("2-1") in the paragraph of token `a`: most paragraphs have none, and then no name in
   * them is a team's by its result. Asked paragraph by paragraph, in order; the last answer is kept.
   */
  private hasScores(a: number): boolean {
    const t = this.t;
    const para = t[a]!.para;
    if (this.scoresPara !== para) {
      let k = a;
      while (k > 0 && t[k - 1]!.para === para) k--;
      let found = false;
      for (; k + 1 < t.length && t[k]!.para === para && !found; k++) if (t[k]!.num && t[k + 1]!.num && this.isScore(k)) found = true;
      this.scoresPara = para;
      this.scores = found;
    }
    return this.scores;
  }

  /** Tokens k, k + 1 are a score: "2-1", "1 - 1". */
  private isScore(k: number): boolean {
    const t = this.t;
    if (k < 0 || k + 1 >= t.length) return false;
    const x = t[k]!;
    const y = t[k + 1]!;
    if (!x.num || !y.num || x.para !== y.para || x.word.length > 2 || y.word.length > 2) return false;
    return y.sep === Sep.Hyphen || SCORE_GAP.test(y.gap);
  }

  /** A score at k in paragraph `para`, not one of a tennis match's sets ("6-2 7-5": players, not teams). */
  private scoreAt(k: number, para: number): boolean {
    return k < this.t.length && this.t[k]!.para === para && this.isScore(k) && !this.isScore(k + 2) && !this.isScore(k - 2);
  }

  /** A score within n tokens from `from`, in the same sentence. */
  private scoreWithin(from: number, n: number, para: number): boolean {
    const t = this.t;
    for (let k = from; k < Math.min(t.length, from + n); k++) {
      if (t[k]!.para !== para || SENTENCE_END.test(t[k]!.gap)) return false;
      if (this.scoreAt(k, para)) return true;
    }
    return false;
  }

  /** A reporting verb follows: "The White House on Tuesday accused ...". */
  private actsAfter(b: number): boolean {
    const t = this.t;
    const para = t[b - 1]!.para;
    for (let k = b; k < Math.min(t.length, b + 6); k++) {
      const tok = t[k]!;
      if (tok.para !== para) return false;
      if (k > b && !/^[\s,]*$/.test(tok.gap)) return false;
      if (k === b && !/^[\s,]*$/.test(tok.gap) && !/^['’]s\s*$/.test(tok.gap)) return false;
      if (REPORT_VERBS.has(tok.lower)) return true;
      if (VERB_SKIP.has(tok.lower) || CALENDAR.has(tok.lower)) continue;
      return false;
    }
    return false;
  }

  private prevWord(a: number): Token | undefined {
    const p = this.t[a - 1];
    return p && p.para === this.t[a]!.para && /^[\s\u00a0]+$/.test(this.t[a]!.gap) ? p : undefined;
  }

  private nextWord(b: number): Token | undefined {
    const n = this.t[b];
    return n && n.para === this.t[b - 1]!.para && /^[\s\u00a0]+$/.test(n.gap) && !this.t[b - 1]!.possessive ? n : undefined;
  }

  /** Types a name that is not a known one. `titled`: a title stood before it. */
  private emitName(a: number, b: number, titled: boolean): void {
    const t = this.t;
    if (a >= b) return;
    while (a < b && DETERMINERS.has(t[a]!.lower)) a++;
    if (a >= b) return;
    const g = this.lookup(a, b);
    // After a title, a name is a person's even when it is also a place's ("Mr Wellington", "Ms Essex").
    if (g && !(titled && !t[a]!.allCaps)) return this.emitKnown(a, b, g.type, g.canonical);
    const st = titled ? null : this.suffixType(a, b);
    if (st) {
      this.cands.push({ a, b, type: st, strength: 'strong', known: null, guarded: false });
      return;
    }
    const first = t[a]!;
    const n = b - a;
    if (titled) {
      if (n === 1 && first.allCaps && NOT_ACRONYMS.has(first.lower)) return;
      this.cands.push({ a, b, type: 'person', strength: 'strong', known: null, guarded: false });
      return;
    }
    // Datelines: "MOSCOW —", "KHAN SHEIKHOUN, Syria —".
    if (first.allCaps && !first.dotted && a === this.paraFirst(a)) {
      let all = true;
      for (let k = a; k < b; k++) if (!t[k]!.allCaps) all = false;
      const after = t[b];
      const gapAfter = after ? after.gap : '';
      if (all && /^\s*(,|\(|—|–|-|\u2014)/.test(gapAfter) && first.word.length >= 3) {
        this.cands.push({ a, b, type: 'place', strength: 'strong', known: null, guarded: false });
        return;
      }
    }
    const prev = this.prevWord(a);
    const next = this.nextWord(b);
    let cue: EntityType | null;
    if (!(n >= 2 && isFirstName(first.word)) && this.teamContext(a, b)) cue = 'organization';
    else if (next && !next.cap && ORG_CUE_AFTER.has(next.lower)) cue = 'organization';
    else if (next && !next.cap && PLACE_CUE_AFTER.has(next.lower)) cue = 'place';
    else if (prev && !prev.cap && ORG_CUE_BEFORE.has(prev.lower)) cue = 'organization';
    else if (prev && prev.lower === 'of' && t[a - 2] && PLACE_CUE_OF.has(t[a - 2]!.lower)) cue = 'place';
    else if (prev && prev.lower === 'of' && t[a - 2] && ORG_CUE_OF.has(t[a - 2]!.lower)) cue = 'organization';
    else if (prev && prev.lower === 'in' && t[a - 2] && STAKE_WORDS.has(t[a - 2]!.lower)) cue = 'organization'; // "shares in X"
    else if (prev && !prev.cap && PERSON_CUE_BEFORE.has(prev.lower)) cue = 'person';
    else cue = this.appositiveType(b) ?? this.townOfRegion(b) ?? (n >= 2 && hasInnerCapital(t[b - 1]!.word) ? 'organization' : null);
    // "Church officials", "the Bank said": a word that heads organisations' or places' names, alone at a
    // sentence's start, or a common one with no cue: only the fuller name the article writes may type it.
    if (n === 1 && !titled && !first.allCaps && isHeadWord(first.word) && !LONE_ORG_HEADS.has(first.lower) && (first.initial || (!cue && isCommonWord(first.lower)))) {
      this.cands.push({ a, b, type: null, strength: 'weak', known: null, guarded: true });
      return;
    }
    if (n === 1) {
      const tok = first;
      if (tok.allCaps && tok.word.replace(/\./g, '').length <= 6) {
        if (NOT_ACRONYMS.has(tok.lower.replace(/\./g, '')) || /^[IVXLC]+$/.test(tok.word)) return;
        if (this.definedByCommonWords(a)) return; // "multiple sclerosis (MS)"
        this.cands.push({ a, b, type: cue ?? 'organization', strength: cue ? 'cue' : 'weak', known: null, guarded: false });
        return;
      }
      if (cue) {
        this.cands.push({ a, b, type: cue, strength: 'cue', known: null, guarded: false });
        return;
      }
      let weak: EntityType | null = null;
      if (prev && !prev.cap && PLACE_PREPOSITIONS.has(prev.lower)) weak = 'place';
      else if (next && !next.cap && PERSON_VERBS.has(next.lower) && !isCommonWord(tok.lower)) weak = 'person';
      this.cands.push({ a, b, type: weak, strength: 'weak', known: null, guarded: tok.initial && this.isCommon(a) });
      return;
    }
    const lastTok = t[b - 1]!;
    // "the company Fannie Mae", "supermarket group Winn-Dixie": a noun for a company before it outweighs a first name.
    if (cue === 'organization' && prev && !prev.cap && ORG_CUE_BEFORE.has(prev.lower)) {
      this.cands.push({ a, b, type: cue, strength: 'cue', known: null, guarded: false });
      return;
    }
    if (isFirstName(first.word) && !first.allCaps) {
      this.cands.push({ a, b, type: 'person', strength: 'strong', known: null, guarded: false });
      return;
    }
    if (lastTok.word.length === 1 && !lastTok.dotAfter) return; // "Grade B", "Cooper S"
    if (cue) {
      this.cands.push({ a, b, type: cue, strength: 'cue', known: null, guarded: false });
      return;
    }
    for (let k = a; k < b; k++) {
      if (t[k]!.allCaps && !t[k]!.dotted && !NOT_ACRONYMS.has(t[k]!.lower)) {
        this.cands.push({ a, b, type: 'organization', strength: 'weak', known: null, guarded: false }); // "GW Pharma"
        return;
      }
    }
    let particle = false;
    let common = false;
    for (let k = a; k < b; k++) {
      if (this.isParticle(k)) particle = true;
      else if (isCommonWord(t[k]!.lower) && !(k === a && isFirstName(t[k]!.word))) common = true;
    }
    if (isFirstName(first.word) || particle) {
      this.cands.push({ a, b, type: 'person', strength: 'strong', known: null, guarded: false });
      return;
    }
    if (common) return; // "Low Point", "Human Resources": capitalised common words
    // A place's name inside an unknown name makes it an institution or a team: "Radio Leicester".
    for (let k = a; k < b; k++) {
      if (lookupName(t[k]!.word)?.type === 'place') {
        this.cands.push({ a, b, type: 'organization', strength: 'weak', known: null, guarded: false });
        return;
      }
    }
    this.cands.push({ a, b, type: 'person', strength: 'weak', known: null, guarded: false });
  }

  /**
   * What an apposition after the name says it is: "Acme, a mining company," (organisation),
   * "Lowton, a village near ..." (place), "said Maral, 45," (person), or null.
   */
  private appositiveType(b: number): EntityType | null {
    const t = this.t;
    const n = t[b];
    if (!n || n.sep !== Sep.Comma || n.para !== t[b - 1]!.para || t[b - 1]!.possessive) return null;
    // An age: "Maral, 45, a voter".
    if (n.num && /^\d{1,2}$/.test(n.word) && /^\s*,/.test(t[b + 1]?.gap ?? '')) return 'person';
    if (n.lower !== 'a' && n.lower !== 'an' && n.lower !== 'the') return null;
    // The head noun: the last lower-case word before punctuation or a preposition.
    let head = '';
    for (let k = b + 1; k < Math.min(t.length, b + 7); k++) {
      const tok = t[k]!;
      if (tok.sep !== Sep.Space && tok.sep !== Sep.Hyphen) break;
      if (tok.cap && !DEMONYMS.has(tok.lower) && !lookupName(tok.word)) break;
      if (tok.lower === 'of' || tok.lower === 'in' || tok.lower === 'near' || tok.lower === 'that' || tok.lower === 'which' || tok.lower === 'who' || tok.lower === 'based') break;
      head = tok.lower;
    }
    if (APPOSITIVE_ORG.has(head)) return 'organization';
    if (APPOSITIVE_PLACE.has(head)) return 'place';
    return null;
  }

  /** "Key West, Fla.", "Hildale, Utah", "Gyumri, Armenia": a town before its state, province or country. */
  private townOfRegion(b: number): EntityType | null {
    const t = this.t;
    const n = t[b];
    if (!n || n.sep !== Sep.Comma || n.para !== t[b - 1]!.para || t[b - 1]!.possessive || !n.cap) return null;
    if (n.word.endsWith('.') && STATE_ABBREVIATIONS.has(n.word.slice(0, -1))) return 'place';
    // The region's name, one or two words, then no further capitalised word.
    for (let m = b + 1; m <= b + 2 && m < t.length; m++) {
      if (m > b + 1 && (t[m]!.sep !== Sep.Space || !t[m]!.cap)) break;
      const g = lookupName(this.span(b, m));
      const after = t[m];
      if (g?.type === 'place' && !(after && after.cap && after.sep === Sep.Space && after.para === n.para)) return 'place';
    }
    return null;
  }

  /** An acronym in brackets after the lower-case words it abbreviates: "multiple sclerosis (MS)". */
  private definedByCommonWords(a: number): boolean {
    const t = this.t;
    const tok = t[a]!;
    if (!/\(\s*$/.test(tok.gap)) return false;
    const letters = tok.word.replace(/\./g, '').toLowerCase();
    let k = a - 1;
    let ini = '';
    for (let n = 0; n < letters.length && k >= 0; n++, k--) {
      const w = t[k]!;
      if ((w.cap && !w.allCaps) || w.para !== tok.para) return false;
      ini = w.lower[0] + ini;
    }
    return ini === letters;
  }

  private paraFirst(k: number): number {
    const t = this.t;
    while (k > 0 && t[k - 1]!.para === t[k]!.para) k--;
    return k;
  }

  // ---- the article as a whole ---------------------------------------------------------------------------

  /** Types single words by fuller names in the same article; gives every mention a canonical. */
  resolve(): EntityMention[] {
    const t = this.t;
    const surnames = new Map<string, string>(); // surname key → full name
    const known = new Map<string, { type: EntityType; canonical: string }>();
    // The article's evidence for each name's type, over all its mentions.
    const votes = new TypeVotes();
    // Each candidate's text and key, once.
    const texts = mapArray(this.cands, (c) => this.span(c.a, c.b));
    const keys = mapArray(texts, nameKey);
    for (let i = 0; i < this.cands.length; i++) {
      const c = this.cands[i]!;
      if (!c.type || c.strength === 'weak') continue;
      const text = texts[i]!;
      const key = keys[i]!;
      if (!known.has(key)) known.set(key, { type: c.type, canonical: c.known ?? text });
      votes.add(key, c.type, c.strength);
      if (c.type === 'person' && c.b - c.a >= 2) {
        for (const sk of surnameKeys(text)) {
          const prevFull = surnames.get(sk);
          if (!prevFull || prevFull.length < text.length) surnames.set(sk, text);
        }
      }
    }
    for (let i = 0; i < this.cands.length; i++) {
      const c = this.cands[i]!;
      if (c.type && c.strength === 'weak') votes.add(keys[i]!, c.type, 'weak');
    }
    // "Continental" for "Continental Airlines": the first word of an organisation's name in the article.
    const orgHeads = new Map<string, { type: EntityType; canonical: string }>();
    for (const c of this.cands) {
      if (c.type !== 'organization' || c.strength === 'weak' || c.b - c.a < 2 || t[c.a]!.allCaps) continue;
      const k = nameKey(t[c.a]!.word);
      if (!orgHeads.has(k) && !isCommonWord(k) && !lookupName(t[c.a]!.word)) orgHeads.set(k, { type: 'organization', canonical: c.known ?? this.span(c.a, c.b) });
    }
    // Weakly typed multi-word names confirm themselves too ("Alexander Nemenov" without a first-name hit).
    for (let i = 0; i < this.cands.length; i++) {
      const c = this.cands[i]!;
      if (c.type !== 'person' || c.strength !== 'weak' || c.b - c.a < 2) continue;
      const text = texts[i]!;
      for (const sk of surnameKeys(text)) if (!surnames.has(sk)) surnames.set(sk, text);
    }
    // "toward Tel Aviv and Ashkelon": a word listed with a typed name takes its type.
    for (let i = 0; i < this.cands.length; i++) {
      const c = this.cands[i]!;
      if (c.type || c.guarded || c.b - c.a !== 1) continue;
      const typedNeighbour = (d: Candidate | undefined, left: boolean): EntityType | null => {
        if (!d || !d.type || d.strength === 'weak' || d.type === 'person') return null;
        const [x, y] = left ? [d.b, c.a] : [c.b, d.a];
        if (t[x - 1]!.para !== t[y]!.para || t[x - 1]!.possessive) return null;
        if (y - x === 1 && (t[x]!.lower === 'and' || t[x]!.lower === 'or') && t[x]!.sep === Sep.Space && t[y]!.sep === Sep.Space) return d.type;
        if (y === x && t[y]!.sep === Sep.Comma) return d.type;
        return null;
      };
      const ty = typedNeighbour(this.cands[i - 1], true) ?? typedNeighbour(this.cands[i + 1], false);
      if (ty) c.type = ty;
    }
    // "Navy" for "Indian Navy", "Bible Church" for "Wasilla Bible Church": the end of an organisation's
    // or a place's name, from its head word on, stands for the fuller name written in the article.
    const tails = new Map<string, number[]>(); // key of a tail → candidates it is the tail of
    for (let i = 0; i < this.cands.length; i++) {
      const c = this.cands[i]!;
      if (!c.type || c.type === 'person' || c.strength === 'weak' || c.b - c.a < 2 || c.strength === 'known') continue;
      if (!isHeadWord(t[c.b - 1]!.word)) continue;
      let plain = true; // "Church of Jesus Christ" is not the tail of a longer "... Church of Jesus Christ"
      for (let k = c.a; k < c.b; k++) if (!t[k]!.cap) plain = false;
      if (!plain) continue;
      for (let k = c.a + 1; k < c.b; k++) {
        const tok = t[k]!;
        if (!tok.cap || tok.allCaps) break;
        if (tok.sep !== Sep.Space) continue;

        const tk = nameKey(this.span(k, c.b));
        const list = tails.get(tk) ?? tails.set(tk, []).get(tk)!;
        list.push(i);
      }
    }
    const out: EntityMention[] = [];
    const pending: EntityMention[] = [];
    for (let i = 0; i < this.cands.length; i++) {
      const c = this.cands[i]!;
      const text = texts[i]!;
      const key = keys[i]!;
      let type = c.type;
      let strength = c.strength;
      let canonical = c.known ?? text;
      // A one-word tail ("the Bank" for "the Bank of England"), only mid-sentence: "Church officials said" is no church's name.
      const tailOf = c.strength !== 'known' && !t[c.a]!.allCaps && (c.b - c.a > 1 || !t[c.a]!.initial || LONE_ORG_HEADS.has(t[c.a]!.lower)) ? tails.get(key) : undefined;
      if (tailOf && (type !== 'person' || c.strength !== 'strong')) {
        // The fuller name written last before it, else the first (the list is in the article's order).
        let lo = 0;
        let hi = tailOf.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (this.cands[tailOf[mid]!]!.a < c.a) lo = mid + 1;
          else hi = mid;
        }
        const pick = tailOf[lo > 0 ? lo - 1 : 0]!;
        const long = this.cands[pick]!;
        type = long.type;
        canonical = long.known ?? texts[pick]!;
        if (strength === 'weak') strength = 'cue';
      } else if (type && (strength === 'cue' || strength === 'weak')) {
        // What the article says of the name elsewhere outweighs this mention's cue: "in Creston" × 3.
        const v = votes.winner(key);
        if (v && v !== type && votes.margin(key, v, type)) type = v;
      }
      const single = c.b - c.a === 1 || (c.b - c.a === 2 && this.isParticle(c.a));
      const full = single ? surnames.get(key) : undefined;
      if (full && (c.strength !== 'known' || (c.b - c.a === 1 && !t[c.a]!.allCaps && type !== 'place')) && c.strength !== 'strong') {
        type = 'person';
        strength = 'cue';
        canonical = full;
      } else if (c.strength === 'weak' || !type) {
        // "Creston" is not "Creston Provincial Court" when the article also writes "in Creston".
        const own = votes.winner(key);
        const k = known.get(key) ?? (single && own !== 'place' ? orgHeads.get(key) : undefined);
        if (k) {
          type = k.type;
          canonical = k.canonical;
          strength = 'cue';
        } else if (c.guarded || !type) {
          if (single && !isCommonWord(key)) {
            const p: EntityMention = { start: t[c.a]!.start, end: t[c.b - 1]!.end, text, type: type ?? 'person', canonical: text, hint: { strength: 'weak', words: c.b - c.a, known: null } };
            pending.push(p);
          }
          continue;
        }
      } else if (type === 'person' && single) {
        if (full) canonical = full;
      } else if (type === 'person') {
        canonical = text;
      }
      const m: EntityMention = { start: t[c.a]!.start, end: t[c.b - 1]!.end, text, type: type!, canonical, hint: { strength, words: c.b - c.a, known: c.known || null } };
      out.push(m);
    }
    out.sort((x, y) => x.start - y.start || y.end - x.end);
    // Drop overlaps (keep the first, longest).
    const kept: EntityMention[] = [];
    let lastEnd = -1;
    for (const m of out) {
      if (m.start < lastEnd) continue;
      kept.push(m);
      lastEnd = m.end;
    }
    unconfirmed.set(kept, pending);
    return kept;
  }
}

/** The words that end an organisation's or a place's name and may stand for it alone ("the Navy", "the Bible Church"). */
function isHeadWord(word: string): boolean {
  return isOrgSuffix(word) || PLACE_SUFFIXES.has(word) || BUILDING_HEADS.has(word);
}

const STRENGTH_WEIGHT: Record<Strength, number> = { override: 16, known: 8, strong: 4, cue: 2, weak: 1 };
const TYPE_INDEX: Record<EntityType, number> = { person: 0, place: 1, organization: 2 };
const TYPES: EntityType[] = ['person', 'place', 'organization'];

/** Weighted evidence for the type of each name (by key) over an article's mentions. */
class TypeVotes {
  private readonly byKey = new Map<string, number[]>();

  add(key: string, type: EntityType, strength: Strength): void {
    const v = this.byKey.get(key) ?? this.byKey.set(key, [0, 0, 0]).get(key)!;
    v[TYPE_INDEX[type]] = v[TYPE_INDEX[type]]! + STRENGTH_WEIGHT[strength];
  }

  /** The type with the most evidence, or null. */
  winner(key: string): EntityType | null {
    const v = this.byKey.get(key);
    if (!v) return null;
    let best = -1;
    for (let i = 0; i < 3; i++) if (v[i]! > 0 && (best < 0 || v[i]! > v[best]!)) best = i;
    return best < 0 ? null : TYPES[best]!;
  }

  /** `winner` has clearly more evidence than `other` (twice as much, and more than one cue's). */
  margin(key: string, winner: EntityType, other: EntityType): boolean {
    const v = this.byKey.get(key)!;
    const w = v[TYPE_INDEX[winner]]!;
    return w > STRENGTH_WEIGHT.cue && w >= 2 * v[TYPE_INDEX[other]]!;
  }
}

/** Keys a single word can take to refer to this full name: the surname, without "al-". */
export function surnameKeys(fullName: string): string[] {
  const words = fullName.trim().split(/\s+/);
  // One array literal for every outcome (an empty `[]` and a `[key]` have different shapes).
  const keys: string[] = [];
  if (words.length < 2) return keys;
  const last = words[words.length - 1]!;
  keys.push(nameKey(last));
  const m = /^(al|el|bin|ibn|abu|van|von|de|di|da|du|la|le)[-‐‑](.+)$/iu.exec(last);
  if (m) keys.push(nameKey(m[2]!));
  // "Bashar al Assad", "Ludwig van Beethoven": particle + surname
  const pre = words[words.length - 2]!.toLowerCase();
  if (NAME_PARTICLES.has(pre) && words.length >= 3) keys.push(nameKey(`${words[words.length - 2]} ${last}`));
  return keys;
}

export function recognize(article: Article): EntityMention[] {
  return new Recognizer(article.text, tokenize(article)).run();
}

/**
 * The candidates of one paragraph, from its tokens (`tokenizeParagraph`, over `text`) and the (at
 * most two) tokens that come before them in the article: a title's cue reaches back over a paragraph
 * break ("secretary of" | "State Rex Tillerson"), and nothing else does. Token indices are into
 * `tokens`. Chunks never cross a paragraph, so the article's candidates are its paragraphs' in order.
 */
export function paragraphCandidates(text: string, tokens: readonly Token[], before: readonly Token[]): Candidate[] {
  // The tokens before are another paragraph's: only their words are read.
  const window = [...mapArray(before, (tok) => ({ ...tok, para: -1 })), ...tokens];
  const r = new Recognizer(text, window);
  r.scan(before.length);
  const n = before.length;
  return mapArray(r.cands, (c) => ({ ...c, a: c.a - n, b: c.b - n }));
}

/**
 * Resolves an article's candidates (each paragraph's `paragraphCandidates`, shifted to index into
 * `tokens`, the article's tokens in order) into its mentions: what `recognize` returns. `cands` is
 * changed in place.
 */
export function resolveCandidates(text: string, tokens: Token[], cands: Candidate[]): EntityMention[] {
  const r = new Recognizer(text, tokens);
  for (const c of cands) r.cands.push(c);
  return r.resolve();
}

/**
 * Why this runs at load (as `primeTokenizer` does for the tokenizer): V8 optimises the recogniser's
 * long methods after a few articles and throws the optimised code away whenever a branch it has not
 * seen taken comes up (a score, a ship, an apposition, a state's abbreviation, a title's "of"), then
 * compiles them again: a cold pass over the BBC corpus paid for that some twenty times. Recognising
 * one made-up article that takes those branches, before any real one, costs about a millisecond.
 * Nothing is kept.
 */
function primeRecognizer(): void {
  const text =
    'SOCCER - LEEDS BEAT CHELSEA\n\nLONDON 1996-08-30\n\n' +
    'Leeds United beat Chelsea 2-1, while Manchester drew 1-1 with Arsenal. Berdan beat Kell 6-2 7-5.\n\n' +
    "Shares of Acme Minerals Ltd. rose. Acme, a mining company, said the Navy and the Chilean navy met the People's Council " +
    'of the Organisation for Trade and Co-operation in Asia near the Cape of Storms, off Key West, Fla. and in ' +
    'Mesa Verde, Ariz., in south Asia and the West. The U.S. Embassy, Norge Telecom and the Harbour Sun said the ' +
    'HMS Belfast and a Type-45 ship cut the PAC3 cable in 300 BC. Orange County District Attorney Jane Doe, the Governor ' +
    'of Vermont and her husband Todd, 45, visited the Elm Grove Bible Church, the Methodist Church and the University of Leeds. ' +
    'Church officials said the Internet was down.\n\n-- London Newsroom';
  for (let k = 0; k < 3; k++) recognize(parseArticle(text));
}

primeRecognizer();

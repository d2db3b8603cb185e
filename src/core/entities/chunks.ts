/**
 * The first phase of the recogniser: runs of capitalised words ("chunks") in the tokens, grown over
 * the particles, hyphens, "of", "and" and abbreviations that names are written with ("al-Nusra",
 * "Bank of England", "Bosnia and Herzegovina", "George W. Bush"). Cutting a chunk into names and typing
 * them is the subclasses' (`NameTyper`, typing.ts; `Recognizer`, candidates.ts).
 */
import type { EntityType, Strength } from '../common/types';
import {
  BUILDING_HEADS, COMPANY_SUFFIXES, DEMONYMS, NAME_CONNECTORS, NAME_PARTICLES, NOT_ACRONYMS, ORG_SUFFIXES, PLACE_SUFFIXES, TITLE_HEADS,
  gazetteerMaxWords, isFirstName, lookupName, startsConnectedName,
} from './gazetteer';
import { isCommonWord } from './lexicon';
import { ANALYST_NOUNS, NUMBERED_BROADCASTERS, PERSON_VERBS, DETERMINERS, COURTESY, HYPHEN_TAILS, LEGAL_SUFFIXES, OF_CONNECTORS, ORG_OF_HEADS, PLACE_OF_HEADS, isAmpersand, isOrgSuffix } from './cues';
import { Sep, type Token } from './tokens';

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

export abstract class ChunkScanner {
  readonly cands: Candidate[] = [];
  protected readonly gazMax = gazetteerMaxWords();

  /** `t`: the tokens of `text` (tokens.ts), every paragraph's in order. */
  constructor(
    protected readonly text: string,
    protected readonly t: Token[],
  ) {}

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

  /** Cuts the chunk of tokens [a, b) into candidates. */
  protected abstract process(a: number, b: number): void;

  // ---- chunks -------------------------------------------------------------------------------------

  protected isParticle(k: number): boolean {
    const tok = this.t[k];
    return !!tok && !tok.cap && NAME_PARTICLES.has(tok.lower);
  }

  protected startsChunk(i: number): boolean {
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
  protected growChunk(a: number): number {
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
      // "Marks & Spencer", "Procter & Gamble Co.": an ampersand between capitalised words joins one name.
      if (nx.sep === Sep.Other && nx.cap && cur.cap && isAmpersand(nx.gap)) {
        j = k;
        continue;
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
        // "Channel 5", "Radio 1": a broadcaster's number is its name's, no other channel's ("Channel 4").
        if (nx.num && j === a && NUMBERED_BROADCASTERS.has(cur.word) && /^\d{1,2}$/.test(nx.word)) {
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
  protected hasAnd(a: number, j: number): boolean {
    for (let k = a + 1; k < j; k++) if (this.t[k]!.lower === 'and' && !this.t[k]!.cap) return true;
    return false;
  }

  /** An organisation word among tokens [k, k + n): "People's Council", "Providers' Association". */
  protected orgWordWithin(k: number, n: number): boolean {
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
  protected knownThrough(a: number, k: number): number {
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
  protected hasOfHead(a: number, j: number): boolean {
    for (let k = a + 1; k < j; k++) {
      const tok = this.t[k]!;
      if (OF_CONNECTORS.has(tok.lower) && !tok.cap && (ORG_OF_HEADS.has(this.t[k - 1]!.lower) || PLACE_OF_HEADS.has(this.t[k - 1]!.lower))) return true;
    }
    return false;
  }

  protected span(a: number, b: number): string {
    return this.text.slice(this.t[a]!.start, this.t[b - 1]!.end);
  }

  protected lookup(a: number, b: number) {
    if (b <= a || b - a > this.gazMax + 2) return undefined;
    return lookupName(this.span(a, b));
  }

  protected isCommon(k: number): boolean {
    const tok = this.t[k]!;
    if (isCommonWord(tok.lower) || DETERMINERS.has(tok.lower)) return true;
    // Sentence-initial verbs, adverbs and adjectives the lexicon lacks: "Praising", "Reportedly",
    // "Tearful", "Furious", "Fearless" (a headline's "Tearful Jo Roe pays tribute"); not a name
    // before a verb of saying or its analysts ("Fielding said", "Kaupthing analysts said"), which no
    // gerund takes.
    if (!tok.initial || tok.word.length <= 6 || !/(ing|ly|ful|less|ous)$/.test(tok.lower) || tok.allCaps) return false;
    const next = this.t[k + 1];
    return !(next && next.para === tok.para && !next.cap && /^[\s\u00a0]+$/.test(next.gap) && (PERSON_VERBS.has(next.lower) || ANALYST_NOUNS.has(next.lower)));
  }

  /** An abbreviation of a common noun ("TV", "DVDs"): not part of a name. */
  protected isNotAcronym(k: number): boolean {
    const tok = this.t[k]!;
    if (!tok.allCaps) return false;
    const l = tok.lower.replace(/\./g, '');
    return NOT_ACRONYMS.has(l) || (l.endsWith('s') && NOT_ACRONYMS.has(l.slice(0, -1))) || /^[IVXLC]+$/.test(tok.word);
  }

  // ---- token predicates the later phases share ------------------------------------------------------

  /** A word that is a known name or adjective on its own ("US", "Russian"). */
  protected knownWord(k: number): boolean {
    const tok = this.t[k]!;
    return DEMONYMS.has(tok.lower) || !!lookupName(tok.word) || (tok.allCaps && tok.word.length <= 5);
  }

  /** Token k stands among other words in capitals that are common ones: a line written in capitals. */
  protected shouted(k: number): boolean {
    const t = this.t;
    const p = t[k - 1];
    const n = t[k + 1];
    const para = t[k]!.para;
    return (!!p && p.para === para && p.allCaps && this.isCommon(k - 1)) || (!!n && n.para === para && n.allCaps && this.isCommon(k + 1));
  }

  protected prevWord(a: number): Token | undefined {
    const p = this.t[a - 1];
    return p && p.para === this.t[a]!.para && blankGap(this.t[a]!.gap) ? p : undefined;
  }

  protected nextWord(b: number): Token | undefined {
    const n = this.t[b];
    return n && n.para === this.t[b - 1]!.para && blankGap(n.gap) && !this.t[b - 1]!.possessive ? n : undefined;
  }

  /** Every token of [a, b) is a common word of four letters or more written in capitals, and no known name. */
  protected commonWordsInCapitals(a: number, b: number): boolean {
    const t = this.t;
    if (!t[a]!.allCaps) return false;
    // A label before its colon ("NEW FACE:") may have words of three letters; elsewhere "WHO", "AID" are names.
    const shortest = b - a >= 2 && b < t.length && /^\s*:/.test(t[b]!.gap) ? 3 : 4;
    for (let k = a; k < b; k++) {
      const tok = t[k]!;
      if (!tok.allCaps || tok.dotted || tok.word.length < shortest || !isCommonWord(tok.lower)) return false;
    }
    return !this.lookup(a, b);
  }

  protected paraFirst(k: number): number {
    const t = this.t;
    while (k > 0 && t[k - 1]!.para === t[k]!.para) k--;
    return k;
  }
}

/** Only blanks between two words (the tokenizer writes a plain space as ' ', the common case, tested first). */
function blankGap(gap: string): boolean {
  return gap === ' ' || /^[\s\u00a0]+$/.test(gap);
}

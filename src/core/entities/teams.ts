/**
 * Matches' results, for the recogniser: a name is a team's where a score or a results table says so
 * ("Leeds beat Chelsea 2-1", "Arsenal 2 Leeds United 0", "Chelsea 3 2 1 0 5 1 7", "Leeds v Hull"),
 * and a scorer's where a minute follows it in a results row ("Chelsea 1 Eden Hazard 51"). The
 * recogniser (candidates.ts, typing.ts) asks; nothing here emits a name.
 */
import { CALENDAR, isCountry, isFirstName } from './gazetteer';
import { RESULT_PREPOSITIONS, RESULT_VERBS, SCORE_GAP, SENTENCE_END } from './cues';
import { ChunkScanner } from './chunks';
import { Sep, type Token } from './tokens';

/** A scorer's minute in a results row: "51", "50pen", "18og" ("90+7" is read as "90"). */
const MINUTE = /^\d{1,3}(?:pen|og)?$/;
/** The word between two teams of a fixture: "Liverpool v Leicester". */
const FIXTURE_WORDS = new Set(['v', 'vs', 'v.', 'vs.', 'versus']);

/** Tokens k, k + 1 of `t` are a score: "2-1", "1 - 1". */
export function isScoreAt(t: readonly Token[], k: number): boolean {
  if (k < 0 || k + 1 >= t.length) return false;
  const x = t[k]!;
  const y = t[k + 1]!;
  if (!x.num || !y.num || x.para !== y.para || x.word.length > 2 || y.word.length > 2) return false;
  return y.sep === Sep.Hyphen || SCORE_GAP.test(y.gap);
}

export abstract class TeamScanner extends ChunkScanner {
  /** Whether paragraph `scoresPara` holds a score ("2-1"), once asked (see `hasScores`). */
  private scoresPara = -2;
  private scores = false;

  /**
   * "Liverpool v Leicester", "Leeds vs. Hull": a fixture between two towns' teams (a case, "Roe v Wade",
   * is between people; a country's team is written as the country, a place).
   */
  protected fixtureOfPlaces(a: number, b: number): boolean {
    const t = this.t;
    if (!(b < t.length && FIXTURE_WORDS.has(t[b]!.lower)) && !(a > 0 && FIXTURE_WORDS.has(t[a - 1]!.lower))) return false;
    const next = this.nextWord(b);
    const prev = this.prevWord(a);
    const after = !!next && FIXTURE_WORDS.has(next.lower);
    const before = !!prev && FIXTURE_WORDS.has(prev.lower);
    const g = this.lookup(a, b);
    const town = !!g && g.type === 'place' && !isCountry(g.canonical);
    if (after && !this.lineBreakBefore(b + 1) && !isFirstName(t[a]!.word)) {
      const o = t[b + 1];
      if (o && o.cap && !o.num && o.para === next.para && !isFirstName(o.word) && !this.lineBreakBefore(b + 1) && (town || this.placeNameAt(b + 1, true))) return true;
    }
    if (before && !this.lineBreakBefore(a)) {
      const o = t[a - 2];
      if (o && o.cap && !o.num && o.para === prev.para && !isFirstName(o.word) && !this.lineBreakBefore(a - 1) && (town || this.placeNameAt(a - 1, false))) return true;
    }
    return false;
  }

  /** A known town's name (not a country's) starts right after token k (forward) or ends right before it (backward). */
  private placeNameAt(k: number, forward: boolean): boolean {
    const t = this.t;
    for (let w = 1; w <= 3; w++) {
      const a = forward ? k + 1 : k - w;
      const b = forward ? k + 1 + w : k;
      if (a < 0 || b > t.length || t[a]!.para !== t[k]!.para || t[b - 1]!.para !== t[k]!.para) continue;
      const g = this.lookup(a, b);
      if (g && g.type === 'place' && !isCountry(g.canonical)) return true;
    }
    return false;
  }

  /**
   * The name [a, b) stands for a team in a match's result: a score follows it ("Chelsea 2-1",
   * "Chelsea 2 Arsenal 1"), or a result verb joins it to a score ("Leeds beat Chelsea 2-1",
   * "drew 1-1 with Arsenal", "lost 3-0 to Everton").
   */
  protected teamContext(a: number, b: number): boolean {
    const t = this.t;
    const para = t[a]!.para;
    if (this.resultsRow(a, b)) return true;
    if (!this.hasScores(a)) return false;
    // "Halftime: 0-0", "Attendance: 24,003": a label before its figure, not a team.
    if (t[b] && /^\s*:/.test(t[b]!.gap)) return false;
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
   * The name [a, b) is a team in a row of a results table, where no "2-1" is written: a goal count
   * follows it, and the row goes on as only a result's does. At the start of a line: the other team
   * and its count ("Arsenal 2 Leeds United 0"), the scorers in brackets ("Arsenal 2 (Lee 29)"), a
   * standings row ("Chelsea 3 2 1 0 5 1 7"), or a line of its own between other such lines (a match
   * summary: "Chelsea 1" and its scorers on the next line). After the first team's count or its
   * scorers' bracket: the second team ("... 2 Leeds United 0", "...) Southampton 1 (Cech 18)"), when
   * its count ends the line or opens its scorers (a scorer's minute, "2 Jan Lee 51, ...", does not).
   */
  protected resultsRow(a: number, b: number): boolean {
    const t = this.t;
    const n = t[b];
    if (!n || !n.num || n.word.length > 2 || n.sep !== Sep.Space || n.para !== t[a]!.para || this.lineBreakBefore(b)) return false;
    for (let k = a; k < b; k++) if (CALENDAR.has(t[k]!.lower)) return false; // "Oct 28 (Reuters)"
    const para = n.para;
    const onLine = (k: number): boolean => k < t.length && t[k]!.para === para && !this.lineBreakBefore(k);
    const after = onLine(b + 1) ? t[b + 1]! : undefined;
    const bracketAfter = !!after && /\(\s*$/.test(after.gap);
    if (a === this.paraFirst(a) || this.lineBreakBefore(a)) {
      if (bracketAfter) return true;
      if (after?.num && onLine(b + 2) && t[b + 2]!.num) return true; // standings
      if (after?.cap && after.sep === Sep.Space) {
        let k = b + 1;
        while (onLine(k + 1) && t[k + 1]!.cap && t[k + 1]!.sep === Sep.Space) k++;
        if (onLine(k + 1) && this.teamCount(k + 1)) return true;
        // "Chelsea 1 Eden Hazard 51, ...": the scorers' names and minutes, in a table of such rows.
        if (!onLine(k + 1) || !t[k + 1]!.num) return false;
      } else if (after) return false;
      // A line of its own or with its scorers: the lines around are rows too, or a score is in the paragraph.
      return this.rowStartsBefore(a) || this.rowStartsAfter(this.nextLine(b)) || this.hasScores(a);
    }
    const p = t[a - 1];
    if (!p || p.para !== para || this.lineBreakBefore(a)) return false;
    if (!this.teamCount(b)) return false;
    if (/^\)\s*$/.test(t[a]!.gap)) return true; // "...) Southampton 1"
    if (!p.num || p.word.length > 2 || Number(p.word) > 20 || t[a]!.sep !== Sep.Space) return false;
    // "Arsenal 2 Leeds United 0": the first team starts the line.
    let k = a - 2;
    while (k >= 0 && t[k]!.para === para && t[k]!.cap && t[k + 1]!.sep === Sep.Space && !this.lineBreakBefore(k + 1)) k--;
    return k + 1 < a - 1 && t[k + 1]!.cap && (k + 1 === this.paraFirst(a) || this.lineBreakBefore(k + 1));
  }

  /** The first token of the line after token k's. */
  private nextLine(k: number): number {
    while (k + 1 < this.t.length && !this.lineBreakBefore(k + 1)) k++;
    return k + 1;
  }

  /**
   * The name [a, b) is a scorer's in a results row: a minute follows it, and it follows the team's
   * count ("Chelsea 1 Eden Hazard 51"), a bracket after one ("Arsenal 2 (Koscielny 29") or another
   * scorer's minute ("..., Wilfried Zaha 90").
   */
  protected scorerInRow(a: number, b: number): boolean {
    const t = this.t;
    const n = t[b];
    const p = t[a - 1];
    if (!n || !MINUTE.test(n.word) || n.para !== t[a]!.para || this.lineBreakBefore(b) || !p || !p.num || p.para !== n.para || this.lineBreakBefore(a)) return false;
    if (t[a]!.sep !== Sep.Space && t[a]!.sep !== Sep.Comma && !/^\s*\(\s*$/.test(t[a]!.gap)) return false;
    // The line starts with a team and its count.
    let k = a;
    while (k > 0 && !this.lineBreakBefore(k) && t[k - 1]!.para === n.para) k--;
    return k < a - 1 && this.rowAt(k);
  }

  /**
   * Token k is a team's goal count that ends its line, opens its scorers' bracket or ends a result
   * headline before its colon: "0", "1 (Lee 29)", "Harlow 10 Kelby 20: Lee strikes late".
   */
  protected teamCount(k: number): boolean {
    const t = this.t;
    const tok = t[k]!;
    if (!tok.num || tok.word.length > 2 || Number(tok.word) > 20) return false;
    const n = t[k + 1];
    return !n || n.para !== tok.para || this.lineBreakBefore(k + 1) || /\(\s*$/.test(n.gap) || /^:\s*$/.test(n.gap);
  }

  /** One of the two lines before token a's (no blank line between) is a result's: "Bournemouth 0", "Halftime: 0-0". */
  private rowStartsBefore(a: number): boolean {
    for (let n = 0; n < 2; n++) {
      if (a <= 0 || this.lineBreaksBefore(a) !== 1) return false;
      let k = a - 1;
      while (k > 0 && this.lineBreaksBefore(k) === 0) k--;
      if (this.resultLine(k)) return true;
      a = k;
    }
    return false;
  }

  /** One of the two lines from token k on (no blank line between) is a result's. */
  private rowStartsAfter(k: number): boolean {
    for (let n = 0; n < 2; n++) {
      if (k >= this.t.length || this.lineBreaksBefore(k) !== 1) return false;
      if (this.resultLine(k)) return true;
      k = this.nextLine(k);
    }
    return false;
  }

  /** The line that starts at token k is a result's: a name and a team's count, or a score ("Halftime: 0-0"). */
  private resultLine(k: number): boolean {
    if (this.rowAt(k)) return true;
    for (let j = k; j + 1 < this.t.length && (j === k || !this.lineBreakBefore(j)); j++) if (!this.lineBreakBefore(j + 1) && this.isScore(j)) return true;
    return false;
  }

  /** Token k starts a name (up to four words) followed by a small count. */
  private rowAt(k: number): boolean {
    const t = this.t;
    if (!t[k]!.cap || t[k]!.num) return false;
    let m = k + 1;
    while (m < k + 4 && m < t.length && t[m]!.cap && !t[m]!.num && t[m]!.sep === Sep.Space && !this.lineBreakBefore(m)) m++;
    const c = t[m];
    return !!c && c.num && c.word.length <= 2 && c.sep === Sep.Space && !this.lineBreakBefore(m) && c.para === t[k]!.para;
  }

  /** A line break stands between token k and the one before it. */
  private lineBreakBefore(k: number): boolean {
    return this.lineBreaksBefore(k) > 0;
  }

  /** The line breaks between token k and the one before it (a table's rows may each be a paragraph). */
  private lineBreaksBefore(k: number): number {
    const t = this.t;
    if (k <= 0) return 0;
    let n = 0;
    for (let i = t[k - 1]!.end; i < t[k]!.start; i++) if (this.text.charCodeAt(i) === 10) n++;
    return n;
  }

  /**
   * Some score ("2-1") in the paragraph of token `a`: most paragraphs have none, and then no name in
   * them is a team's by its result. Asked paragraph by paragraph, in order; the last answer is kept.
   */
  protected hasScores(a: number): boolean {
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
    return isScoreAt(this.t, k);
  }

  /**
   * A score at k in paragraph `para`, not one of a tennis match's sets ("6-2 7-5", "7-6 (5), 6-2":
   * players, not teams).
   */
  private scoreAt(k: number, para: number): boolean {
    return k < this.t.length && this.t[k]!.para === para && this.isScore(k) && !this.isScore(k + 2) && !this.isScore(k - 2) && !this.tiebreakAfter(k);
  }

  /** "7-6 (5)": a set's tiebreak points in brackets after the score at k (not a score: "1-1 (4-2 pens)"). */
  private tiebreakAfter(k: number): boolean {
    const n = this.t[k + 2];
    return !!n && n.num && n.para === this.t[k]!.para && /^\s*\(\s*$/.test(n.gap) && !this.isScore(k + 2);
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
}

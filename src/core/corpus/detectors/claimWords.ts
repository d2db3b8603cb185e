/**
 * The words of a statement as the claim-slot readers see them (claimSlots.ts, claimEventSlots.ts):
 * a token as written, a capital, a verb's stem, a negation before a word, the words that place a
 * statement at another time.
 */
import { CALENDAR } from '../../entities/gazetteer';
import type { DocEntry, PassageIndex } from '../passages';
import type { Statement } from '../statements';
import { punctuationBetween } from './shared';

export const NEGATION = /^(?:not|never|no|n't|\w+n't)$/;
/** Words that place a statement at another time than the story's ("last", "ago"), besides day and month names. */
const RELATIVE_TIME = new Set(['yesterday', 'today', 'tomorrow', 'ago', 'last', 'previous', 'earlier', 'former', 'formerly', 'once']);

/** Lower-case text of token i. */
export function word(doc: DocEntry, i: number): string {
  return doc.text.slice(doc.tokens.starts[i]!, doc.tokens.ends[i]!).toLowerCase();
}

export function capitalised(doc: DocEntry, i: number, s0: number): boolean {
  const c = doc.text.charCodeAt(doc.tokens.starts[i]!);
  return i > s0 && c >= 65 && c <= 90;
}

/** Is token i negated by one of the two words before it in its clause ("not deliberate", "never intentionally")? */
export function negatedBefore(index: PassageIndex, doc: DocEntry, st: Statement, i: number): boolean {
  for (let k = i - 1; k >= st.t0 && i - k <= 2; k--) {
    if (punctuationBetween(doc, k, k + 1)) return false;
    if (NEGATION.test(index.vocab.term(doc.tokens.terms[k]!))) return true;
  }
  return false;
}

/** Terms of a statement that name a time (months, weekdays, years, "last", "ago"…): statements naming different times are about different events. */
export function timeWords(index: PassageIndex, st: Statement): string {
  const out = new Set<string>();
  for (let i = st.t0; i < st.t1; i++) {
    const w = index.vocab.term(st.doc.tokens.terms[i]!);
    if (RELATIVE_TIME.has(w) || (CALENDAR.has(w) && capitalised(st.doc, i, -1)) || /^(?:1[89]|20)\d\d$/.test(w)) out.add(w);
  }
  return [...out].sort().join(' ');
}

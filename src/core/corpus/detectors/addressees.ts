/**
 * Claims about whom a statement was made to: one utterance (a quote cluster) that one article says
 * its speaker told one named listener ("…,” the chief told CNN affiliate KVXA) and another article
 * says he told another ("…,” he told KBOR). One of the two is wrong, and an analyst checking
 * provenance wants to see it.
 *
 * What is compared is the named head of the listener after "told" (or "in an interview with",
 * "speaking to") in the quote's own attribution: the sentence text after the quote, or before it
 * when the quote follows a colon. Not conflicts: a listener with no name ("told reporters", "told a
 * news conference", "MPs"), names sharing a word that is not a kind of outlet ("BBC" / "BBC Persian",
 * "BBC Radio 2" / "BBC News", "CNN" / "CNN's Ada Bray"),
 * an acronym and its words ("AP" / "Associated Press"), one entity of the folder under two names,
 * two speakers, a short quote (a phrase several people may have said to several listeners), or
 * listeners that are each the outlet publishing the article (the speaker told each of them).
 */
import type { Discrepancy } from '../../common/analysisFormat';
import type { QuoteClusterDetail } from '../clusters';
import type { DocEntry, PassageIndex } from '../passages';
import { initialsOf } from '../../entities/variants';
import { tokenAtOrAfter } from '../tokens';
import { dedupe, type Member } from './shared';

/** The words a listener is introduced by, in an attribution. */
const TO_LISTENER = /\b(?:told|tells|telling|in an interview with|speaking to|said to)\s+/g;
/** Where a listener phrase ends: punctuation, a line end, or a word that starts something else. */
const PHRASE_END = /[,.;:!?()"“”\n]|\s(?:on|in|at|that|this|last|late|early|earlier|after|before|during|when|while|by|about|from|as|and|but|who|which|via|over|for|today|yesterday|tonight)\b/u;
/** A word of a name: capitalised or a number, possessive allowed ("CNN's", "Radio 4's"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}&.'’-]*|\p{N}+(?:['’]s)?|&|of|de)$/u;
/** A plural of an acronym is a group, not a name ("MPs", "MEPs"). */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
/**
 * Words of outlets' names that say what kind of outlet it is, not which: two names sharing only
 * these are two outlets ("Sky News" / "City News"); sharing any other word, one outlet's parts
 * ("BBC Radio 4" / "BBC News").
 */
const OUTLET_WORDS = new Set(
  ('the news radio tv television channel press times post daily weekly sunday morning evening herald tribune journal ' +
   'gazette telegraph network agency service station broadcasting broadcaster corporation public national international ' +
   'world global online media group magazine newspaper affiliate and of &').split(' '),
);
/** Quotes shorter than this many words are phrases anyone may have said to anyone. */
const MIN_QUOTE_WORDS = 5;
const MAX_ATTRIBUTION = 160;

interface Listener {
  /** The listener phrase (shown as the member). */
  start: number;
  end: number;
  /** Its named head, as written ("KVXA", "Associated Press"). */
  head: string;
  /** Canonical name of the folder's entity at the head, if any. */
  canonical: string | undefined;
}

/** Character span of the index's sentence holding the word at or after `offset` (the text's one splitter). */
function sentenceAt(index: PassageIndex, doc: DocEntry, offset: number): [number, number] | undefined {
  const si = index.sentenceOf(doc, tokenAtOrAfter(doc.tokens, offset));
  if (si < 0) return undefined;
  return [doc.tokens.starts[doc.sentences[2 * si]!]!, doc.tokens.ends[doc.sentences[2 * si + 1]! - 1]!];
}

/** The named listener of the quote at [start, end) of an article, if its attribution names one. */
function listenerOf(index: PassageIndex, doc: DocEntry, start: number, end: number): Listener | undefined {
  const text = doc.text;
  // After the quote: from its closing mark to the end of the sentence, unless the quote ends its
  // sentence (a full stop, then a capital) or its paragraph: what follows is another statement.
  let a = end;
  while (a < text.length && /["”’'  ,.!?]/u.test(text[a]!) && a - end < 4) a++;
  const closed = /\.["”’']?\s*$/u.test(text.slice(Math.max(start, end - 1), a)) && /^\p{Lu}/u.test(text.slice(a, a + 1));
  if (!closed && !text.slice(end, a).includes('\n')) {
    // (The words after the quote in the quote's own sentence: one starting after it is another statement.)
    const sentence = sentenceAt(index, doc, a);
    const found = sentence && sentence[0] < a && findListener(doc, a, text.slice(a, Math.min(sentence[1], a + MAX_ATTRIBUTION)));
    if (found) return found;
  }
  // Before the quote, when it follows a colon ("X told KBOR: “…”").
  if (!/:\s*["“]?\s*$/u.test(text.slice(Math.max(0, start - 8), start))) return undefined;
  const s0 = Math.max(start - MAX_ATTRIBUTION, sentenceAt(index, doc, start)?.[0] ?? start);
  return findListener(doc, s0, text.slice(s0, start));
}

function findListener(doc: DocEntry, offset: number, attribution: string): Listener | undefined {
  for (const m of attribution.matchAll(TO_LISTENER)) {
    const from = m.index + m[0].length;
    const rest = attribution.slice(from);
    const cut = rest.search(PHRASE_END);
    const phrase = (cut < 0 ? rest : rest.slice(0, cut)).trimEnd();
    const head = headOf(phrase);
    if (!head) continue;
    const start = offset + from;
    const hs = start + head.at;
    const mention = doc.entities.find((e) => e.start <= hs && e.end > hs);
    return { start, end: start + phrase.length, head: head.text, canonical: mention?.canonical };
  }
  return undefined;
}

/**
 * The named head of a listener phrase: the last run of capitalised words, or the owner of a
 * possessive run ("CNN's Ada Bray" → CNN: the outlet, not its interviewer); undefined when the
 * phrase names no one ("reporters", "a news conference").
 */
function headOf(phrase: string): { text: string; at: number } | undefined {
  const words = [...phrase.matchAll(/\S+/g)];
  let end = words.length;
  while (end > 0 && !/^\p{Lu}/u.test(words[end - 1]![0])) end--;
  if (!end || PLURAL_ACRONYM.test(words[end - 1]![0])) return undefined;
  let begin = end - 1;
  while (begin > 0 && NAME_WORD.test(words[begin - 1]![0]) && !/^(?:The|A|An)$/.test(words[begin - 1]![0])) begin--;
  while (begin < end - 1 && /^(?:&|of|de)$/.test(words[begin]![0])) begin++;
  const owner = words.slice(begin, end).findIndex((w) => /['’]s$/u.test(w[0]));
  if (owner >= 0) end = begin + owner + 1;
  const first = words[begin]!;
  const last = words[end - 1]!;
  const text = phrase.slice(first.index, last.index + last[0].length).replace(/['’]s$/u, '');
  return text ? { text, at: first.index } : undefined;
}

/** Two listeners that may be one: same entity, one name in the other, or an acronym of the other. */
function sameListener(x: Listener, y: Listener): boolean {
  if (x.canonical !== undefined && x.canonical === y.canonical) return true;
  const a = x.head.replace(/\./g, '').toLowerCase();
  const b = y.head.replace(/\./g, '').toLowerCase();
  const wa = a.split(/\s+/);
  const wb = b.split(/\s+/);
  if (wa.some((w) => !OUTLET_WORDS.has(w) && wb.includes(w))) return true;
  if (wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w))) return true;
  return initialsOf(x.head).toLowerCase() === b || initialsOf(y.head).toLowerCase() === a;
}

/**
 * The outlet that published an article, as the host resolved it (the analyst's corrections in
 * `.crosscheck/sources.json` applied, else what the text gives: core/sources); undefined when unknown.
 */
export type OutletOf = (path: string) => string | undefined;

export function addresseeConflicts(index: PassageIndex, clusters: readonly QuoteClusterDetail[], outletOf: OutletOf): Discrepancy[] {
  const out: Discrepancy[] = [];
  // Each article's outlet, asked when first needed: few articles have a listener in a conflict.
  const outlets = new Map<DocEntry, string | undefined>();
  const ownOutlet = (doc: DocEntry, listener: Listener): boolean => {
    if (!outlets.has(doc)) outlets.set(doc, outletOf(doc.path));
    const outlet = outlets.get(doc);
    return outlet !== undefined && sameListener(listener, { start: 0, end: 0, head: outlet, canonical: undefined });
  };
  for (const c of clusters) {
    const found: { listener: Listener; doc: DocEntry; speaker: string | null }[] = [];
    for (const m of c.members) {
      if (m.text.split(/\s+/).length < MIN_QUOTE_WORDS) continue;
      const doc = index.doc(m.doc);
      if (!doc) continue;
      const listener = listenerOf(index, doc, m.start, m.end);
      if (listener) found.push({ listener, doc, speaker: m.speaker });
    }
    // Two articles, one speaker, listeners that cannot be one; unless each listener is the outlet
    // that published its article (the speaker gave each outlet an interview: both true).
    const clash = (i: number, j: number) => {
      const x = found[i]!;
      const y = found[j]!;
      if (x.doc === y.doc || !(x.speaker === null || y.speaker === null || x.speaker === y.speaker) || sameListener(x.listener, y.listener)) return false;
      return !(ownOutlet(x.doc, x.listener) && ownOutlet(y.doc, y.listener));
    };
    const members: Member[] = [];
    const heads = new Set<string>();
    for (let i = 0; i < found.length; i++)
      for (let j = i + 1; j < found.length; j++) {
        if (!clash(i, j)) continue;
        for (const f of [found[i]!, found[j]!]) {
          members.push({ doc: f.doc.path, start: f.listener.start, end: f.listener.end, text: f.doc.text.slice(f.listener.start, f.listener.end) });
          heads.add(f.listener.head);
        }
      }
    if (!members.length) continue;
    const label = c.label.length > 40 ? `${c.label.slice(0, 40).replace(/\s+\S*$/, '')}…` : c.label;
    out.push({ label: `told whom (“${label}”): ${[...heads].join(' · ')}`, kind: 'claim', members: dedupe(members) });
  }
  return out;
}

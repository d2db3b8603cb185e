// What each member of a discrepancy says against the others, at its own place: the text behind the
// editor's Information diagnostics and inline hints (discrepanciesInEditor.ts). No `vscode` here, so
// that the wording is unit-tested from plain discrepancies.
import type { Discrepancy, DiscrepancyKind } from '../../core/common/analysisFormat';
import { oneLine, truncate } from '../../core/common/strings';

/** Another article's member: where it is, and the outlet the views name its article by. */
export interface NotePlace {
  key: string;
  start: number;
  end: number;
  outlet: string;
}

/** One version the other articles carry, and the places that carry it (one per article, article order). */
export interface NoteVersion {
  text: string;
  places: NotePlace[];
}

/** A member of a discrepancy, with what the others say instead. */
export interface DiscrepancyNote {
  key: string;
  start: number;
  end: number;
  kind: DiscrepancyKind;
  /** The member's own words. */
  text: string;
  /** The other versions; for a disputed claim, each other outlet's statement. */
  versions: NoteVersion[];
  /** "87 deaths — France 24 says 89 people"; "Disputed — STV: “…”" */
  message: string;
}

/** A quoted version is cut to this many characters in a message (the full text is one click away). */
const VERSION_WIDTH = 90;
/** At most this many other versions are named; then "and N more". */
const MAX_VERSIONS = 3;
/** At most this many outlets are named for a version; then "and N other outlets". */
export const MAX_OUTLETS = 3;

/** The diagnostics' `code`: what kind of difference, in the analyst's words. */
export const NOTE_KINDS: Record<DiscrepancyKind, string> = {
  number: 'figures differ',
  name: 'spelling differs',
  wording: 'quote wording differs',
  claim: 'claim disputed',
};

/** "A", "A and B", "A, B and C"; past MAX_OUTLETS, "A, B, C and 4 other outlets". */
function andList(items: readonly string[]): string {
  if (items.length > MAX_OUTLETS + 1) return `${items.slice(0, MAX_OUTLETS).join(', ')} and ${items.length - MAX_OUTLETS} other outlets`;
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A version as the message shows it: figures and names as they are, quote wordings and statements in quotation marks. */
function shown(kind: DiscrepancyKind, text: string): string {
  const t = truncate(oneLine(text), VERSION_WIDTH);
  return kind === 'wording' || kind === 'claim' ? `“${t}”` : t;
}

/** What the other places say, as one sentence: "France 24 says 89 people; STV and AP say 90". */
export function versionsSentence(kind: DiscrepancyKind, versions: readonly NoteVersion[]): string {
  const named = versions.slice(0, MAX_VERSIONS).map((v) => {
    const outlets = [...new Set(v.places.map((p) => p.outlet))];
    if (kind === 'claim') return `${andList(outlets)}: ${shown(kind, v.text)}`;
    return `${andList(outlets)} ${outlets.length === 1 ? 'says' : 'say'} ${shown(kind, v.text)}`;
  });
  const more = versions.length - named.length;
  return named.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

/**
 * Each member of each discrepancy (by article key, in text order) with what the other articles say
 * instead. A member's versions are the other members' texts that differ from its own (whitespace
 * aside), each with the places that carry it, one per article; a disputed claim's versions are the
 * other articles' statements. Never twice the same note at the same place (a span repeated in a
 * discrepancy, or the same difference found twice).
 * `outletOf`: how the views name an article (its outlet, else its file); the member's own article
 * is "this article" when it also carries another version.
 */
export function discrepancyNotes(found: readonly Discrepancy[], outletOf: (key: string) => string): Map<string, DiscrepancyNote[]> {
  const byKey = new Map<string, DiscrepancyNote[]>();
  const seen = new Set<string>();
  const outlets = new Map<string, string>();
  const outlet = (key: string) => {
    let o = outlets.get(key);
    if (o === undefined) outlets.set(key, (o = outletOf(key)));
    return o;
  };
  for (const d of found) {
    for (const m of d.members) {
      const own = oneLine(m.text);
      const versions = new Map<string, NoteVersion>();
      for (const o of d.members) {
        if (o.doc === m.doc && o.start === m.start && o.end === m.end) continue;
        const text = oneLine(o.text);
        if (d.kind === 'claim' ? o.doc === m.doc : text === own) continue; // (a claim is disputed by another article)
        let v = versions.get(text);
        if (!v) versions.set(text, (v = { text, places: [] }));
        if (v.places.some((p) => p.key === o.doc)) continue;
        v.places.push({ key: o.doc, start: o.start, end: o.end, outlet: o.doc === m.doc ? 'this article' : outlet(o.doc) });
      }
      if (!versions.size) continue;
      const list = [...versions.values()];
      const message = d.kind === 'claim' ? `Disputed — ${versionsSentence(d.kind, list)}` : `${shown(d.kind, own)} — ${versionsSentence(d.kind, list)}`;
      const id = `${m.doc}\u0000${m.start}\u0000${m.end}\u0000${message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      let notes = byKey.get(m.doc);
      if (!notes) byKey.set(m.doc, (notes = []));
      notes.push({ key: m.doc, start: m.start, end: m.end, kind: d.kind, text: m.text, versions: list, message });
    }
  }
  for (const notes of byKey.values()) notes.sort((a, b) => a.start - b.start || a.end - b.end);
  return byKey;
}

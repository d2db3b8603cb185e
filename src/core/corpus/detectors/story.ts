/**
 * Which articles of a folder report one story: those `related` by a shared quote or much shared
 * text, or — outlets that each write their own report of one event share names, rarely sentences —
 * those naming the same rare people, places and organisations. Asked by the number, wording and
 * claim detectors, each with its own bar (`StoryNames`).
 */
import type { DocEntry, PassageIndex } from '../passages';
import { NAME_PAIRING_MAX_DOCS } from '../statements';
import type { Related } from './shared';

/** What story relatedness keeps between derivations (on the index: `PassageIndex.storyState`). */
export interface StoryState {
  /** Each article's canonical names (lower-case), with the entities they were read from. */
  names: Map<number, { entities: readonly unknown[]; names: string[] }>;
  /** How many of the articles in `names` name each canonical name (kept up to date with it). */
  namesDf: Map<string, number>;
}

/** Entities named in more articles than this (and a tenth of the folder) say little about which story. */
const COMMON_ENTITY_DOCS = 20;
/** Entities two articles share that make them one story for comparing figures. */
const STORY_ENTITIES = 3;
/** …and this share of the names of the article that names fewer. */
const STORY_SHARE = 0.5;

/**
 * A folder of fewer articles than this is an analyst's folder of one event (a few dozen outlets'
 * reports): there two articles that name one person, place or organisation in common report its
 * story (every article of such a folder names one of the event's); in a larger, mixed folder a
 * shared name is weak evidence (many stories name one government or city). The same bound as
 * statements.ts's pairing by names.
 */
export const EVENT_FOLDER_DOCS = NAME_PAIRING_MAX_DOCS;

/** Which shared names make two articles one story (`storyRelated`). */
export interface StoryNames {
  /** In an analyst's folder of one event (fewer than EVENT_FOLDER_DOCS articles): how many rare names shared at least. */
  inEventFolder: number;
  /** In a larger folder, three rare names and half of the fewer article's (else only `related`). */
  inLargeFolder: boolean;
}

/** For comparing figures: one rare name in an event folder, three (and half) in a large one. */
const FIGURE_STORY: StoryNames = { inEventFolder: 1, inLargeFolder: true };

/**
 * Articles looked through for the assertion a denial disputes: those quoting or copying one another,
 * and in an analyst's folder of one event those that name two of its rarer people, places or
 * organisations in common (outlets writing their own reports of one event share names, rarely
 * sentences: "was not in handcuffs" against "was handcuffed when he was shot"). Not by shared names
 * in a large mixed folder, where an ongoing story's articles name the same company for weeks.
 */
export const CLAIM_STORY: StoryNames = { inEventFolder: 2, inLargeFolder: false };

/**
 * Two articles report one story: `related` (a shared quote or much shared text), or they name the
 * same people, places and organisations (three that are not named across the whole folder).
 * Outlets that each write their own report of one event share names, rarely sentences.
 */
export function storyRelated(index: PassageIndex, related: Related, by: StoryNames = FIGURE_STORY): Related {
  // The folder's names are counted on the first pair that needs them (after an edit, most pairs
  // asked again are related by their quotes or text, or answered from the kept groups).
  let folder: { names: StoryState['names']; df: Map<string, number>; limit: number } | undefined;
  const namesOfFolder = () => {
    if (folder) return folder;
    const docs = index.allDocs();
    const state = (index.storyState ??= { names: new Map(), namesDf: new Map() });
    const names: StoryState['names'] = new Map();
    // The counts are kept with the names and brought up to date: only the articles whose entities
    // changed, or that were added or removed, are counted again (not the whole folder).
    const df = state.namesDf;
    const count = (list: readonly string[], by: number) => {
      for (const c of list) {
        const n = (df.get(c) ?? 0) + by;
        if (n > 0) df.set(c, n);
        else df.delete(c);
      }
    };
    for (const d of docs) {
      let known = state.names.get(d.id);
      if (!known || known.entities !== d.entities) {
        if (known) count(known.names, -1);
        const own = new Set<string>();
        for (const e of d.entities) own.add(e.canonical.toLowerCase());
        known = { entities: d.entities, names: [...own] };
        count(known.names, 1);
      }
      names.set(d.id, known);
      state.names.delete(d.id);
    }
    // What is left is the articles removed since.
    for (const gone of state.names.values()) count(gone.names, -1);
    state.names = names;
    return (folder = { names, df, limit: Math.max(COMMON_ENTITY_DOCS, docs.length / 50) });
  };
  // By the smaller id, then the larger (small integers: one key of both ids, past 2^31, was a
  // float to allocate and hash on every question, and this is asked for every candidate pair).
  const memo = new Map<number, Map<number, boolean>>();
  // Each article's rare names, filtered once per derivation (not once per pair it is in: an
  // article is asked about against many others).
  const rareOf = new Map<number, Set<string>>();
  const rare = (d: DocEntry): Set<string> => {
    let out = rareOf.get(d.id);
    if (!out) {
      const { names, df, limit } = namesOfFolder();
      out = new Set((names.get(d.id)?.names ?? []).filter((c) => df.get(c)! <= limit));
      rareOf.set(d.id, out);
    }
    return out;
  };
  const small = index.size < EVENT_FOLDER_DOCS;
  return (a, b) => {
    if (a === b) return true;
    const x = a.id < b.id ? a : b;
    const y = x === a ? b : a;
    let row = memo.get(x.id);
    if (!row) memo.set(x.id, (row = new Map()));
    let r = row.get(y.id);
    if (r === undefined) {
      r = related(x, y);
      if (!r) {
        // Names not found across the folder; most of the fewer of them shared.
        const mine = rare(x);
        const theirs = rare(y);
        let shared = 0;
        for (const c of mine) if (theirs.has(c)) shared++;
        r = small ? shared >= by.inEventFolder : by.inLargeFolder && shared >= STORY_ENTITIES && shared >= STORY_SHARE * Math.min(mine.size, theirs.size);
      }
      row.set(y.id, r);
    }
    return r;
  };
}

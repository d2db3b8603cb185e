import type { DocumentAnalysis } from '../common/analysisFormat';
import { linkEntitiesSteps, type EntityIndex, type EntityOverrides } from '../entities';
import { finish, type Steps } from '../common/budget';
import type { EntityMention } from '../common/types';
import { mapArray } from '../text';

export interface LinkedCorpus {
  /** Each article's analysis with folder-wide names: entity canonicals and speakers. New objects. */
  documents: Map<string, DocumentAnalysis>;
  entities: EntityIndex;
}

/**
 * One name per real-world entity across the folder: links the entities of every article
 * (`linkEntities`) and gives each quote's speaker the canonical name of the entity it names, so that
 * "Sergey Lavrov" in one article and "Sergei Lavrov" in another are one speaker. Pure.
 */
export function linkCorpus(analyses: ReadonlyMap<string, DocumentAnalysis>, overrides?: EntityOverrides): LinkedCorpus {
  return finish(linkCorpusSteps(analyses, overrides));
}

/** `linkCorpus` with checkpoints (common/budget.ts, `Steps`; see `linkEntitiesSteps`): the same result. */
export function* linkCorpusSteps(analyses: ReadonlyMap<string, DocumentAnalysis>, overrides?: EntityOverrides): Steps<LinkedCorpus> {
  const entities = yield* linkEntitiesSteps(analyses, overrides);
  const documents = new Map<string, DocumentAnalysis>();
  let n = 0;
  for (const [path, a] of analyses) {
    if (++n % 128 === 0) yield;
    documents.set(path, { quotes: speakersOf(entities, a), entities: entities.byDoc.get(path) ?? a.entities });
  }
  return { documents, entities };
}

/** Each quote's speaker as the canonical name of the entity it names. */
function speakersOf(entities: EntityIndex, a: DocumentAnalysis): DocumentAnalysis['quotes'] {
  return mapArray(a.quotes, (q) => {
    if (!q.speaker) return q;
    const e = entities.find(q.speaker);
    return e && e.type !== 'place' && e.canonical !== q.speaker ? { ...q, speaker: e.canonical } : q;
  });
}

/**
 * One article's names looked up in an existing folder-wide linking, without linking the folder
 * again: each mention (and each single word the article could not confirm) that names a known
 * entity takes its canonical name and type, the others keep their own. What an article being typed
 * in gets until the next full `linkCorpus` (which also lets its new names change the others').
 */
export function linkDocument(entities: EntityIndex, a: DocumentAnalysis): DocumentAnalysis {
  const out: EntityMention[] = [];
  for (const m of a.entities) {
    const e = entities.find(m.text);
    // The linker's own mentions carry no recogniser's hint, as linkCorpus's do not.
    out.push(e ? { start: m.start, end: m.end, text: m.text, type: e.type, canonical: e.canonical } : { start: m.start, end: m.end, text: m.text, type: m.type, canonical: m.canonical });
  }
  for (const p of a.unconfirmed ?? []) {
    const e = entities.find(p.text);
    if (e && !a.entities.some((m) => m.start < p.end && p.start < m.end)) out.push({ start: p.start, end: p.end, text: p.text, type: e.type, canonical: e.canonical });
  }
  out.sort((x, y) => x.start - y.start);
  return { quotes: speakersOf(entities, a), entities: out };
}

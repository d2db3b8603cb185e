import type { DocumentAnalysis } from '../common/analysisFormat';
import { linkEntities, type EntityIndex, type EntityOverrides } from '../entities';

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
  const entities = linkEntities(new Map([...analyses].map(([path, a]) => [path, a.entities])), overrides);
  const documents = new Map<string, DocumentAnalysis>();
  for (const [path, a] of analyses) {
    const quotes = a.quotes.map((q) => {
      if (!q.speaker) return q;
      const e = entities.find(q.speaker);
      return e && e.type !== 'place' && e.canonical !== q.speaker ? { ...q, speaker: e.canonical } : q;
    });
    documents.set(path, { quotes, entities: entities.byDoc.get(path) ?? a.entities });
  }
  return { documents, entities };
}

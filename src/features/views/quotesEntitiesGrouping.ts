/**
 * The Quotes & Entities view's grouping of the corpus (no `vscode`: unit-tested): quotes by speaker
 * and entities by type across the folder, gathered with checkpoints (common/budget.ts, `Steps`) so
 * that the view model can build it a slice at a time (quotesEntitiesModel.ts).
 */
import type { DocumentAnalysis } from '../../core/common/analysisFormat';
import type { Steps } from '../../core/common/budget';
import type { EntityType } from '../../core/common/types';

/** A place in an article: which article (index key) and which span. */
export interface Located {
  key: string;
  start: number;
  end: number;
}

export interface QuoteItem extends Located {
  text: string;
  kind: 'direct' | 'partial';
  speaker: string | null;
}

export interface SpeakerGroup {
  speaker: string | null;
  quotes: QuoteItem[];
  articles: number;
}

export interface EntityGroup {
  canonical: string;
  type: EntityType;
  /** Every spelling the articles use (the canonical first). */
  aliases: string[];
  mentions: Located[];
  /** Mention count per article key. */
  perArticle: Map<string, number>;
}

export interface QuotesEntitiesSnapshot {
  speakers: SpeakerGroup[];
  entities: Record<EntityType, EntityGroup[]>;
}

export const TYPES: EntityType[] = ['person', 'place', 'organization'];

/** One article's share of the groups (see ArticleParts). */
export interface ArticlePart {
  key: string;
  speakers: Map<string, { speaker: string | null; quotes: QuoteItem[] }>;
  /** Spellings in the order the article first uses them (the canonical first). */
  entities: Map<string, { canonical: string; type: EntityType; spellings: Set<string>; mentions: Located[] }>;
}
/** Articles grouped between two checkpoints, and quotes or mentions within one article (a 2 MB article has 100,000 of them). */
const ARTICLES_PER_STEP = 32;
const WORK_PER_STEP = 4096;

export const EMPTY_GROUPING: QuotesEntitiesSnapshot = { speakers: [], entities: { person: [], place: [], organization: [] } };

/**
 * One article's quotes by speaker and mentions by entity, kept with its (linked) analysis: after an
 * edit only that article's are worked out again, and the folder's groups are put together from
 * the kept ones (a 20 MB article's 220,000 mentions were gone through again on every rebuild).
 * A WeakMap owned by the view model, read by it alone (no pass of the analysis): the grouping is
 * the view's, so it is not a field of the core's DocumentAnalysis, and an analysis replaced by a
 * new one takes its part with it.
 */
export class ArticleParts {
  private readonly parts = new WeakMap<DocumentAnalysis, ArticlePart>();

  /** One article's share, with a checkpoint every WORK_PER_STEP quotes and mentions; kept once whole. */
  *partSteps(key: string, a: DocumentAnalysis): Steps<ArticlePart> {
    let part = this.parts.get(a);
    if (part?.key === key) return part;
    part = { key, speakers: new Map(), entities: new Map() };
    let work = 0;
    for (const q of a.quotes) {
      if (++work % WORK_PER_STEP === 0) yield;
      const id = q.speaker ?? '';
      let list = part.speakers.get(id);
      if (!list) part.speakers.set(id, (list = { speaker: q.speaker, quotes: [] }));
      list.quotes.push({ key, start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker });
    }
    for (const e of a.entities) {
      if (++work % WORK_PER_STEP === 0) yield;
      const id = `${e.type}\u0000${e.canonical}`;
      let g = part.entities.get(id);
      if (!g) part.entities.set(id, (g = { canonical: e.canonical, type: e.type, spellings: new Set([e.canonical]), mentions: [] }));
      g.spellings.add(e.text);
      g.mentions.push({ key, start: e.start, end: e.end });
    }
    this.parts.set(a, part);
    return part;
  }
}

/**
 * The folder's grouping from each article's (linked) analysis, with checkpoints every few articles
 * and inside a large one's share: speakers by quotes, entities by mentions, most first.
 */
export function* groupingSteps(documents: Iterable<readonly [string, DocumentAnalysis]>, parts: ArticleParts): Steps<QuotesEntitiesSnapshot> {
  const speakers = new Map<string, SpeakerGroup>();
  const entities = new Map<string, EntityGroup>();
  const aliases = new Map<EntityGroup, Set<string>>();
  let n = 0;
  for (const [key, a] of documents) {
    if (++n % ARTICLES_PER_STEP === 0) yield;
    const part = yield* parts.partSteps(key, a);
    for (const [id, p] of part.speakers) {
      let g = speakers.get(id);
      if (!g) speakers.set(id, (g = { speaker: p.speaker, quotes: [], articles: 0 }));
      for (const q of p.quotes) g.quotes.push(q);
      g.articles++;
    }
    for (const [id, p] of part.entities) {
      let g = entities.get(id);
      if (!g) {
        entities.set(id, (g = { canonical: p.canonical, type: p.type, aliases: [p.canonical], mentions: [], perArticle: new Map() }));
        aliases.set(g, new Set(g.aliases));
      }
      const seen = aliases.get(g)!;
      for (const text of p.spellings) {
        if (seen.has(text)) continue;
        seen.add(text);
        g.aliases.push(text);
      }
      for (const m of p.mentions) g.mentions.push(m);
      g.perArticle.set(key, (g.perArticle.get(key) ?? 0) + p.mentions.length);
    }
  }
  const byCount = <T extends { canonical?: string; speaker?: string | null }>(n: (t: T) => number, name: (t: T) => string) => (a: T, b: T) =>
    n(b) - n(a) || name(a).localeCompare(name(b));
  // (Each list sorted in a task of its own: tens of thousands of entities in a names-heavy folder.)
  yield;
  const speakerList = [...speakers.values()].sort((a, b) =>
    a.speaker === null ? 1 : b.speaker === null ? -1 : byCount<SpeakerGroup>((g) => g.quotes.length, (g) => g.speaker ?? '')(a, b),
  );
  const out = { speakers: speakerList, entities: { person: [], place: [], organization: [] } } as QuotesEntitiesSnapshot;
  for (const g of entities.values()) out.entities[g.type].push(g);
  for (const t of TYPES) {
    yield;
    out.entities[t].sort(byCount<EntityGroup>((g) => g.mentions.length, (g) => g.canonical));
  }
  return out;
}

/** The grouping narrowed to a text: speakers or quotes, and entities by any spelling, that contain it. */
export function applyFilter(s: QuotesEntitiesSnapshot, filter: string): QuotesEntitiesSnapshot {
  const f = filter.toLocaleLowerCase();
  const has = (t: string | null) => !!t && t.toLocaleLowerCase().includes(f);
  const speakers = s.speakers
    .map((g) => (has(g.speaker) ? g : { ...g, quotes: g.quotes.filter((q) => has(q.text)) }))
    .filter((g) => g.quotes.length > 0);
  const entities = {} as QuotesEntitiesSnapshot['entities'];
  for (const t of TYPES) entities[t] = s.entities[t].filter((g) => g.aliases.some(has));
  return { speakers, entities };
}

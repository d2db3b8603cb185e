import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../../core/common/analysisFormat';
import type { EntityType } from '../../core/common/types';
import { Coalescer } from '../../host/coalescer';
import { Disposable } from '../../host/lifecycle';
import type { IndexService } from '../indexing/indexService';

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

const TYPES: EntityType[] = ['person', 'place', 'organization'];

/** One article's share of the groups (see QuotesEntitiesModel.partOf). */
interface ArticlePart {
  key: string;
  speakers: Map<string, { speaker: string | null; quotes: QuoteItem[] }>;
  /** Spellings in the order the article first uses them (the canonical first). */
  entities: Map<string, { canonical: string; type: EntityType; spellings: Set<string>; mentions: Located[] }>;
}
/** How long the index must stay unchanged before the view is told to rebuild (typing has paused). */
const REBUILD_PAUSE_MS = 750;

/**
 * Quotes grouped by speaker and entities grouped by type across the corpus, with an optional text
 * filter. Rebuilt lazily after the index changes; the tree provider only presents it.
 */
export class QuotesEntitiesModel extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private cache: QuotesEntitiesSnapshot | undefined;
  private filter_ = '';
  private readonly tell = this.register(new Coalescer(() => this.changed.fire(), REBUILD_PAUSE_MS));

  constructor(private readonly index: IndexService) {
    super();
    // The data is stale at once (it is rebuilt lazily on the next read); telling the tree waits for
    // a pause in the index's changes (typing, indexing batches): the rebuild links names across the
    // whole folder (a third of a second at 2,000 articles), which must not land between keystrokes.
    this.register(
      index.onDidChange(() => {
        this.cache = undefined;
        this.tell.schedule(true);
      }),
    );
  }

  get filter(): string {
    return this.filter_;
  }

  setFilter(text: string): void {
    const f = text.trim();
    if (f === this.filter_) return;
    this.filter_ = f;
    this.changed.fire();
  }

  invalidate(): void {
    this.cache = undefined;
    this.changed.fire();
  }

  /** The corpus, grouped; filtered by the current filter text. */
  snapshot(): QuotesEntitiesSnapshot {
    const all = this.corpus();
    return this.filter_ ? applyFilter(all, this.filter_) : all;
  }

  /** The corpus, grouped, ignoring the filter. */
  corpus(): QuotesEntitiesSnapshot {
    this.cache ??= this.build();
    return this.cache;
  }

  /** The corpus-wide group of an entity, by type and canonical name. */
  entity(type: EntityType, canonical: string): EntityGroup | undefined {
    return this.corpus().entities[type].find((g) => g.canonical === canonical);
  }

  /**
   * One article's quotes by speaker and mentions by entity, kept with its (linked) analysis: after an
   * edit only that article's are worked out again, and the folder's groups are put together from
   * the kept ones (a 20 MB article's 220,000 mentions were gone through again on every rebuild).
   * A WeakMap owned by this view model, read by it alone (no pass of the analysis): the grouping is
   * the view's, so it is not a field of the core's DocumentAnalysis, and an analysis replaced by a
   * new one takes its part with it.
   */
  private readonly parts = new WeakMap<DocumentAnalysis, ArticlePart>();

  private partOf(key: string, a: DocumentAnalysis): ArticlePart {
    let part = this.parts.get(a);
    if (part?.key === key) return part;
    part = { key, speakers: new Map(), entities: new Map() };
    for (const q of a.quotes) {
      const id = q.speaker ?? '';
      let list = part.speakers.get(id);
      if (!list) part.speakers.set(id, (list = { speaker: q.speaker, quotes: [] }));
      list.quotes.push({ key, start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker });
    }
    for (const e of a.entities) {
      const id = `${e.type}\u0000${e.canonical}`;
      let g = part.entities.get(id);
      if (!g) part.entities.set(id, (g = { canonical: e.canonical, type: e.type, spellings: new Set([e.canonical]), mentions: [] }));
      g.spellings.add(e.text);
      g.mentions.push({ key, start: e.start, end: e.end });
    }
    this.parts.set(a, part);
    return part;
  }

  private build(): QuotesEntitiesSnapshot {
    const speakers = new Map<string, SpeakerGroup>();
    const entities = new Map<string, EntityGroup>();
    const aliases = new Map<EntityGroup, Set<string>>();
    for (const [key, a] of this.index.corpus.linked().documents) {
      const part = this.partOf(key, a);
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
    const speakerList = [...speakers.values()].sort((a, b) =>
      a.speaker === null ? 1 : b.speaker === null ? -1 : byCount<SpeakerGroup>((g) => g.quotes.length, (g) => g.speaker ?? '')(a, b),
    );
    const out = { speakers: speakerList, entities: { person: [], place: [], organization: [] } } as QuotesEntitiesSnapshot;
    for (const g of entities.values()) out.entities[g.type].push(g);
    for (const t of TYPES) out.entities[t].sort(byCount<EntityGroup>((g) => g.mentions.length, (g) => g.canonical));
    return out;
  }
}

function applyFilter(s: QuotesEntitiesSnapshot, filter: string): QuotesEntitiesSnapshot {
  const f = filter.toLocaleLowerCase();
  const has = (t: string | null) => !!t && t.toLocaleLowerCase().includes(f);
  const speakers = s.speakers
    .map((g) => (has(g.speaker) ? g : { ...g, quotes: g.quotes.filter((q) => has(q.text)) }))
    .filter((g) => g.quotes.length > 0);
  const entities = {} as QuotesEntitiesSnapshot['entities'];
  for (const t of TYPES) entities[t] = s.entities[t].filter((g) => g.aliases.some(has));
  return { speakers, entities };
}

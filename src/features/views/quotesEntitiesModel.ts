import * as vscode from 'vscode';
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

  private build(): QuotesEntitiesSnapshot {
    const speakers = new Map<string, SpeakerGroup>();
    const entities = new Map<string, EntityGroup>();
    const aliases = new Map<EntityGroup, Set<string>>();
    for (const [key, a] of this.index.index.linked().documents) {
      for (const q of a.quotes) {
        const id = q.speaker ?? '';
        let g = speakers.get(id);
        if (!g) speakers.set(id, (g = { speaker: q.speaker, quotes: [], articles: 0 }));
        g.quotes.push({ key, start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker });
      }
      for (const e of a.entities) {
        const id = `${e.type}\u0000${e.canonical}`;
        let g = entities.get(id);
        if (!g) {
          entities.set(id, (g = { canonical: e.canonical, type: e.type, aliases: [e.canonical], mentions: [], perArticle: new Map() }));
          aliases.set(g, new Set(g.aliases));
        }
        const seen = aliases.get(g)!;
        if (!seen.has(e.text)) {
          seen.add(e.text);
          g.aliases.push(e.text);
        }
        g.mentions.push({ key, start: e.start, end: e.end });
        g.perArticle.set(key, (g.perArticle.get(key) ?? 0) + 1);
      }
    }
    for (const g of speakers.values()) g.articles = new Set(g.quotes.map((q) => q.key)).size;
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

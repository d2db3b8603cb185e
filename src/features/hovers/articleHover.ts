import * as vscode from 'vscode';
import { Commands } from '../../constants';
import { plural } from '../../core/common/strings';
import type { EntityMention, Quote } from '../../core/common/types';
import { changeCount, elideSegments, escapeMarkdown, segmentsToMarkdown, versionSegments, type QuoteClusterView, type QuoteVariant } from '../../core/corpus';
import { articleKey } from '../../host/articles';
import type { ArticleSources } from '../sources/articleSources';
import type { Configuration } from '../../host/configuration';
import type { CorpusDerivation } from '../corpusDerivation';
import type { IndexService } from '../indexing/indexService';
import type { QuotesEntitiesModel } from '../views/quotesEntitiesModel';

const TYPE_LABEL = { person: 'Person', place: 'Place', organization: 'Organisation' } as const;

/** Versions longer than this many words show only the words around their changes. */
const LONG_VERSION_WORDS = 40;

/** A `command:` link whose arguments are JSON, encoded so that no character of them can end the link. */
function commandLink(title: string, command: string, args: unknown[], tooltip?: string): string {
  const query = encodeURIComponent(JSON.stringify(args)).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${title}](command:${command}?${query}${tooltip ? ` "${tooltip.replace(/["\\]/g, '')}"` : ''})`;
}

/** One other article's version of the quote under the mouse, compared with this article's. */
interface OtherVersion {
  cluster: QuoteClusterView;
  variant: QuoteVariant;
  doc: string;
  name: string;
  /** How many times that article quotes these words (its fullest version is shown). */
  times: number;
  changes: number;
}

/**
 * Hovers in article editors: on a quotation, its kind and speaker, how many other articles carry
 * it and their versions with the words that differ marked, with links that open each version
 * beside or compare it side by side; on a name, the entity's canonical name, type, other spellings
 * and mention counts per article across the corpus.
 */
export class ArticleHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly index: IndexService,
    private readonly derivation: CorpusDerivation,
    private readonly model: QuotesEntitiesModel,
    private readonly config: Configuration,
    private readonly sources: ArticleSources,
  ) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    // Bring a document that is being typed in up to date first, so offsets match what is shown.
    if (this.index.hasPendingEdit(doc.uri)) this.index.analyzeDocument(doc);
    if (!this.index.analysisOf(doc.uri)) return undefined;
    // Folder-wide names from the linking at hand; when the folder changed since, the Quotes &
    // Entities model links it again a slice at a time (the hover waits, the host does not).
    let analysis = this.index.linkedAnalysisAtHand(doc.uri);
    if (!analysis) {
      await this.model.ready();
      analysis = this.index.linkedAnalysisAtHand(doc.uri) ?? this.index.analysisOf(doc.uri);
      if (!analysis) return undefined;
    }
    const at = doc.offsetAt(pos);
    const inside = <T extends { start: number; end: number }>(s: T) => s.start <= at && at < s.end;
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;
    const entity = analysis.entities.find(inside);
    if (entity) {
      // The entity's spellings and counts: from the folder's grouping, rebuilt a slice at a time if stale.
      await this.model.ready();
      parts.push(this.entityHover(entity));
      range = new vscode.Range(doc.positionAt(entity.start), doc.positionAt(entity.end));
    }
    const quote = analysis.quotes.find(inside);
    if (quote) {
      parts.push(quoteHover(quote));
      const versions = this.versionsHover(doc, at);
      if (versions) parts.push(versions);
      range ??= new vscode.Range(doc.positionAt(quote.start), doc.positionAt(quote.end));
    }
    return parts.length ? new vscode.Hover(parts, range) : undefined;
  }

  private entityHover(e: EntityMention): vscode.MarkdownString {
    const md = new vscode.MarkdownString(undefined, true);
    md.appendMarkdown(`$(${e.type === 'person' ? 'person' : e.type === 'place' ? 'location' : 'organization'}) **`).appendText(e.canonical).appendMarkdown(`** — ${TYPE_LABEL[e.type]}\n\n`);
    const g = this.model.entity(e.type, e.canonical);
    if (!g) return md;
    const others = g.aliases.filter((a) => a !== e.canonical);
    if (others.length) md.appendMarkdown('Also written: ').appendText(others.join(', ')).appendMarkdown('\n\n');
    md.appendMarkdown(`${g.mentions.length} mention${g.mentions.length === 1 ? '' : 's'} in ${g.perArticle.size} article${g.perArticle.size === 1 ? '' : 's'}:\n\n`);
    for (const [key, n] of [...g.perArticle].sort((a, b) => b[1] - a[1])) {
      md.appendMarkdown('- ').appendText(`${this.sources.labelOf(key)} — ${n}`).appendMarkdown('\n');
    }
    return md;
  }

  /**
   * The other articles' versions of the quote at `at`: how many articles carry it, then up to
   * `crosscheck.hover.quoteVersions` versions, those that differ first, each with the words it
   * added in bold and the words it dropped struck through, a link that opens it beside with the
   * quote selected and one that compares it side by side. Reads the clusters the corpus derivation
   * derived (features/corpusDerivation.ts); while they are stale (changes have not paused yet), says
   * that the comparison is on its way.
   */
  private versionsHover(doc: vscode.TextDocument, at: number): vscode.MarkdownString | undefined {
    const max = this.config.value.hoverQuoteVersions;
    const key = articleKey(doc.uri);
    // Not cross-indexed (too large), or its analysis still in the worker: offsets may not match.
    const corpus = this.index.corpus;
    if (max <= 0 || !corpus.has(key) || this.index.hasPendingEdit(doc.uri)) return undefined;
    const md = new vscode.MarkdownString(undefined, true);
    if (!corpus.freshClusters()) {
      this.derivation.soon();
      md.appendMarkdown('$(sync~spin) _Comparing with the other articles… hover again in a moment._');
      return md;
    }
    const clusters = corpus.clustersAt(key, at); // (fresh: read, not derived)
    const versions: OtherVersion[] = [];
    for (const cluster of clusters) {
      const mine = cluster.members.findIndex((m) => m.doc === key && m.region.start <= at && at <= m.region.end);
      const fallback = cluster.members.findIndex((m) => m.doc === key && m.start <= at && at <= m.end);
      const chosen = mine >= 0 ? mine : fallback;
      if (chosen < 0) continue;
      // One version per other article: its fullest (an article may quote the words twice, a caption then the body).
      const byDoc = new Map<string, QuoteVariant[]>();
      for (const variant of corpus.versionsAgainst(cluster, chosen)) {
        const doc = cluster.members[variant.member]!.doc;
        if (doc === key) continue;
        byDoc.set(doc, [...(byDoc.get(doc) ?? []), variant]);
      }
      const size = (v: QuoteVariant) => cluster.members[v.member]!.region.end - cluster.members[v.member]!.region.start;
      const found: OtherVersion[] = [...byDoc].map(([doc, list]) => {
        const variant = list.reduce((a, b) => (size(b) > size(a) ? b : a));
        return { cluster, variant, doc, name: this.sources.labelOf(doc), times: list.length, changes: changeCount(variant.ops) };
      });
      // The same article in two clusters (this quote strings two utterances together): listed once.
      for (const v of found) if (!versions.some((x) => x.doc === v.doc)) versions.push(v);
    }
    if (!versions.length) {
      md.appendMarkdown('$(references) _No other article carries these words._');
      return md;
    }
    // Versions that differ first (most changes first), then those not compared word by word, then the same words.
    const rank = (v: OtherVersion) => (v.changes > 0 ? 0 : v.variant.ops.length === 0 ? 1 : 2);
    versions.sort((a, b) => rank(a) - rank(b) || b.changes - a.changes || a.name.localeCompare(b.name));
    const here = { uri: key, offset: at };
    md.appendMarkdown(`$(references) **Carried by ${plural(versions.length, 'other article')}**`);
    md.appendMarkdown(` · ${commandLink('$(split-horizontal) Compare outlets', Commands.compareOutlets, [here], 'Every outlet’s version side by side, the differences marked')}`);
    md.appendMarkdown(` · ${commandLink('$(diff) Compare versions…', Commands.compareQuote, [null, here], 'Compare this version with another, side by side')}\n\n`);
    let marked = false;
    for (const v of versions.slice(0, max)) {
      const m = v.cluster.members[v.variant.member]!;
      const r = region(v);
      const open = commandLink(escapeMarkdown(v.name), Commands.openLocation, [v.doc, r.start, r.end, true], `${this.sources.nameOf(v.doc).file} — open beside, with the quote selected`);
      const compare = commandLink('$(diff)', Commands.compareQuote, [v.doc, here], 'Compare side by side');
      const what = v.changes ? plural(v.changes, 'difference') : v.variant.ops.length ? 'same words' : 'worded too differently to compare word by word';
      md.appendMarkdown(`- ${open} ${compare} — ${what}${v.times > 1 ? ` · quoted ${v.times} times there` : ''}`);
      const segments = versionSegments(v.variant.ops, m.text.slice(r.start - m.start, r.end - m.start), r.start);
      const shown = v.variant.same && !segments.some((s) => s.kind === 'outside' && /\w/.test(s.text)) ? [] : elideSegments(segments, 6, LONG_VERSION_WORDS);
      if (shown.length) md.appendMarkdown(`\n\n  > ${segmentsToMarkdown(shown)}`);
      md.appendMarkdown('\n\n');
      marked ||= v.changes > 0;
    }
    if (versions.length > max) md.appendMarkdown(`_…and ${plural(versions.length - max, 'more article')}_\n\n`);
    if (marked) md.appendMarkdown('_**Bold**: words this article’s version does not have. ~~Struck~~: words only this article’s version has._');
    // Only the two links above may run, with the arguments written here; article text is escaped.
    md.isTrusted = { enabledCommands: [Commands.openLocation, Commands.compareQuote, Commands.compareOutlets] };
    return md;
  }
}

/** The part of the member's quote that renders the utterance (the whole quote, unless it strings several together). */
function region(v: OtherVersion): { start: number; end: number } {
  return v.cluster.members[v.variant.member]!.region;
}

function quoteHover(q: Quote): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`$(quote) **${q.kind === 'direct' ? 'Quotation' : 'Partial quotation'}** — `);
  if (q.speaker) md.appendMarkdown('said by **').appendText(q.speaker).appendMarkdown('**');
  else md.appendMarkdown('_the article does not say who said it_');
  return md;
}

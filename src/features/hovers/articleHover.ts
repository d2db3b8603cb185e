import * as vscode from 'vscode';
import type { EntityMention, Quote } from '../../core/common/types';
import { relativePath } from '../../host/articles';
import type { IndexService } from '../indexing/indexService';
import type { QuotesEntitiesModel } from '../views/quotesEntitiesModel';

const TYPE_LABEL = { person: 'Person', place: 'Place', organization: 'Organisation' } as const;

/**
 * Hovers in article editors: on a quotation, its kind and speaker; on a name, the entity's
 * canonical name, type, other spellings and mention counts per article across the corpus.
 */
export class ArticleHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly index: IndexService,
    private readonly model: QuotesEntitiesModel,
  ) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    // Bring a document that is being typed in up to date first, so offsets match what is shown.
    if (this.index.hasPendingEdit(doc.uri)) this.index.analyzeDocument(doc);
    const analysis = this.index.linkedAnalysisOf(doc.uri);
    if (!analysis) return undefined;
    const at = doc.offsetAt(pos);
    const inside = <T extends { start: number; end: number }>(s: T) => s.start <= at && at < s.end;
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;
    const entity = analysis.entities.find(inside);
    if (entity) {
      parts.push(this.entityHover(entity));
      range = new vscode.Range(doc.positionAt(entity.start), doc.positionAt(entity.end));
    }
    const quote = analysis.quotes.find(inside);
    if (quote) {
      parts.push(quoteHover(quote));
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
      const uri = this.index.uriOf(key);
      md.appendMarkdown('- ').appendText(`${uri ? relativePath(uri) : key} — ${n}`).appendMarkdown('\n');
    }
    return md;
  }
}

function quoteHover(q: Quote): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`$(quote) **${q.kind === 'direct' ? 'Quotation' : 'Partial quotation'}** — `);
  if (q.speaker) md.appendMarkdown('said by **').appendText(q.speaker).appendMarkdown('**');
  else md.appendMarkdown('_the article does not say who said it_');
  return md;
}

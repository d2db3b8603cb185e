import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { ArticleSources } from '../features/sources/articleSources';
import type { IndexService } from '../features/indexing/indexService';
import type { MatchesModel } from '../features/matches/matchesModel';
import { articleKey, relativePath } from '../host/articles';

export const QUOTE_SCHEME = 'crosscheck-quote';

/**
 * The versions of the quote at the cursor, side by side: VS Code's diff editor between this
 * article's version and another outlet's, so the words one added, dropped or changed are marked.
 * The versions are read-only virtual documents (`crosscheck-quote:` URIs).
 */
export function registerCompareQuote(model: MatchesModel, index: IndexService, sources: ArticleSources): vscode.Disposable[] {
  const versions = new Map<string, string>();
  const provider: vscode.TextDocumentContentProvider = { provideTextDocumentContent: (uri) => versions.get(uri.toString()) ?? '' };
  const versionUri = (doc: string, start: number, end: number, text: string) => {
    const label = (index.uriOf(doc) ? relativePath(index.uriOf(doc)!) : doc).replace(/[/\\]/g, '›');
    const uri = vscode.Uri.from({ scheme: QUOTE_SCHEME, path: `/${label} (${start}-${end}).txt` });
    versions.set(uri.toString(), wrap(text));
    return uri;
  };

  return [
    vscode.workspace.registerTextDocumentContentProvider(QUOTE_SCHEME, provider),
    // `other` (optional): the article to compare with, by relative path or index key; otherwise the analyst picks.
    // `at` (optional): the quote, as { uri, offset } (a hover's link); otherwise the cursor of the active editor.
    vscode.commands.registerCommand(Commands.compareQuote, async (other?: unknown, at?: unknown) => {
      const place = quotePlace(at, index);
      if (!place) {
        void vscode.window.showInformationMessage('Place the cursor in a quotation of an article to compare its versions.');
        return;
      }
      const { key, offset } = place;
      const clusters = index.corpus.clustersAt(key, offset); // (derived now if stale: the analyst asked)
      if (!clusters.length) {
        void vscode.window.showInformationMessage('No other article quotes these words.');
        return;
      }
      const mine = clusters.flatMap((c) => c.members.map((m, i) => ({ c, m, i }))).find(({ m }) => m.doc === key && m.start <= offset && offset <= m.end)!;
      const others = clusters.flatMap((c) => c.members.filter((m) => m.doc !== key).map((m) => ({ c, m })));
      // A named article may quote the words more than once (a caption, then the body): take its fullest version.
      const named =
        typeof other === 'string'
          ? others
              .filter((o) => o.m.doc === other || (index.uriOf(o.m.doc) && relativePath(index.uriOf(o.m.doc)!) === other))
              .sort((a, b) => b.m.text.length - a.m.text.length)[0]
          : undefined;
      const only = others.length === 1 ? others[0] : undefined;
      const pick =
        named || only
          ? (named ?? only)
          : await vscode.window.showQuickPick(
              others.map((o) => ({
                label: sources.labelOf(o.m.doc),
                description: [o.m.speaker, sources.nameOf(o.m.doc).file].filter(Boolean).join(' · '),
                detail: o.m.text.replace(/\s+/g, ' '),
                o,
              })),
              { title: `Compare “${mine.c.label}” with…`, matchOnDetail: true },
            ).then((p) => p?.o);
      if (!pick) return;
      const left = versionUri(key, mine.m.start, mine.m.end, mine.m.text);
      const right = versionUri(pick.m.doc, pick.m.start, pick.m.end, pick.m.text);
      const title = `“${mine.c.label}”: ${sources.labelOf(key)} ↔ ${sources.labelOf(pick.m.doc)}`;
      await vscode.commands.executeCommand('vscode.diff', left, right, title, { preview: true, viewColumn: vscode.ViewColumn.Beside });
    }),
  ];
}

/**
 * The article and offset of the quote to compare: `at` ({ uri: string, offset: number }) when
 * given, else the active editor's cursor; undefined when that is not in an indexed article. An
 * open document with an edit not analysed yet is analysed first, so that offsets match its text.
 */
export function quotePlace(at: unknown, index: IndexService): { key: string; uri: vscode.Uri; offset: number } | undefined {
  let uri: vscode.Uri | undefined;
  let offset: number | undefined;
  if (at && typeof at === 'object' && typeof (at as { uri?: unknown }).uri === 'string' && typeof (at as { offset?: unknown }).offset === 'number') {
    uri = vscode.Uri.parse((at as { uri: string }).uri);
    offset = (at as { offset: number }).offset;
  } else {
    const editor = vscode.window.activeTextEditor;
    if (editor) {
      uri = editor.document.uri;
      offset = editor.document.offsetAt(editor.selection.active);
    }
  }
  if (!uri || offset === undefined) return undefined;
  const key = articleKey(uri);
  if (!index.corpus.has(key)) return undefined;
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  if (doc && index.hasPendingEdit(doc.uri)) index.analyzeDocument(doc);
  return { key, uri, offset };
}

/** One sentence per line, so the diff lines up sentences and marks the words that differ. */
function wrap(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([.!?])\s+(?=\S)/g, '$1\n') + '\n';
}

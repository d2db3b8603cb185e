import * as vscode from 'vscode';
import { Commands } from '../constants';
import { exportMarkdown, layoutFromSetting, scanFolder } from '../core/annotations';
import type { AnalysisJson, DocumentAnalysis } from '../core/common/analysisFormat';
import { compareStrings } from '../core/corpus';
import { renderMarkdownReport } from '../core/report/markdown';
import type { AnnotationService } from '../features/annotations/annotationService';
import type { CorpusDerivation } from '../features/corpusDerivation';
import type { ArticleSources } from '../features/sources/articleSources';
import type { IndexService } from '../features/indexing/indexService';
import { isArticleUri, relativePath } from '../host/articles';
import type { Configuration } from '../host/configuration';
import { WorkspaceSidecarFileSystem } from '../host/workspaceSidecarFs';

/**
 * The folder's analysis as the index holds it (unsaved edits included), in the analysis format with
 * workspace-relative paths: what `crosscheck analyze` would write for the same texts. The clusters
 * and discrepancies are derived here if stale (the command awaits the corpus derivation first).
 */
export function analysisOfIndex(index: IndexService): AnalysisJson {
  const corpus = index.corpus;
  corpus.flush();
  const rel = (key: string) => {
    const uri = index.uriOf(key);
    return uri ? relativePath(uri) : key;
  };
  const documents: Record<string, DocumentAnalysis> = {};
  const linked = [...corpus.linked({ exact: true }).documents].map(([key, a]) => [rel(key), a] as const).sort((a, b) => compareStrings(a[0], b[0]));
  for (const [path, a] of linked) documents[path] = a;
  const out: AnalysisJson = {
    version: 1,
    offsets: 'utf16',
    documents,
    quoteClusters: corpus.quoteClusters().map((c) => ({ label: c.label, members: c.members.map((m) => ({ doc: rel(m.doc), start: m.start, end: m.end })) })),
    discrepancies: corpus.discrepancies().map((d) => ({ ...d, members: d.members.map((m) => ({ ...m, doc: rel(m.doc) })) })),
  };
  const errors = index.errors();
  if (errors.length) out.errors = errors;
  return out;
}

/** The analyst's claims and notes of every workspace folder, as saved (pending changes written first). */
async function claimsSections(annotations: AnnotationService, config: Configuration): Promise<string[]> {
  await annotations.flush();
  const folders = vscode.workspace.workspaceFolders ?? [];
  const layout = layoutFromSetting(config.value.annotationsFolder);
  const out: string[] = [];
  for (const folder of folders) {
    const scan = await scanFolder(new WorkspaceSidecarFileSystem(folder.uri), {
      layout,
      isArticle: (path) => isArticleUri(vscode.Uri.joinPath(folder.uri, path), config.value),
    });
    if (!scan.annotations.length && !scan.unreadable.length) continue;
    out.push(exportMarkdown(scan, folders.length > 1 ? `Claims & notes: ${folder.name}` : 'Claims & notes', 2));
  }
  return out;
}

/**
 * `crosscheck.openReport`: a Markdown report of the folder — the analyst's claims and notes, who is
 * quoted, the quotes several articles carry, where the articles differ, and each article's quotes
 * and names — in a new untitled editor (save it anywhere), with its preview beside.
 */
export function registerOpenReport(index: IndexService, derivation: CorpusDerivation, annotations: AnnotationService, config: Configuration, sources?: ArticleSources): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.openReport, async () => {
    const text = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Crosscheck: writing the report…' }, async () => {
      await index.whenIndexed();
      if (!index.corpus.size) return undefined;
      await derivation.whenDerived(); // (in steps, the editor responsive meanwhile)
      const name = vscode.workspace.name ?? 'workspace';
      const analysis = analysisOfIndex(index);
      if (sources) {
        // Each article's outlet, date and headline, by the same relative paths as its analysis.
        const bySource: NonNullable<AnalysisJson['sources']> = {};
        for (const key of index.corpus.paths()) {
          const n = sources.nameOf(key);
          if (n.source.outlet || n.source.date || n.source.headline) bySource[n.file] = { outlet: n.source.outlet, date: n.source.date, headline: n.source.headline };
        }
        analysis.sources = bySource;
      }
      return renderMarkdownReport(analysis, `Crosscheck report: ${name}`, await claimsSections(annotations, config));
    });
    if (text === undefined) {
      void vscode.window.showInformationMessage('Crosscheck: there are no articles to report on in this workspace (see the setting crosscheck.articles.include).');
      return undefined;
    }
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(doc, { preview: false });
    // The rendered report beside it, when the built-in Markdown extension is there.
    await vscode.commands.executeCommand('markdown.showPreviewToSide').then(undefined, () => undefined);
    return doc.uri;
  });
}

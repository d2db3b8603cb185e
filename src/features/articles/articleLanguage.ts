import * as vscode from 'vscode';
import { isArticleDocument } from '../../host/articles';
import type { Configuration } from '../../host/configuration';
import { Disposable } from '../../host/lifecycle';

/** The language of a plain-text article (package.json `languages`; no file extension claims it). */
export const ARTICLE_LANGUAGE = 'crosscheck-article';

/**
 * Articles read as prose: a plain-text article shown in an editor is given the language
 * `crosscheck-article`, for which the manifest's `configurationDefaults` wrap lines (and, as for
 * plain text, do not box curly quotes and other look-alike characters). So only articles wrap: the
 * user's other `.txt` files, their settings and the folder's files are left as they are. (Markdown
 * articles keep their language, which VS Code already wraps.)
 *
 * Why a language, and not the alternatives: a `[plaintext]` default would wrap every text file of
 * the user; there is no per-editor word-wrap API (toggling `editor.action.toggleWordWrap` flips a
 * state the extension cannot read); writing `.vscode/settings.json` changes the analyst's folder.
 * A language is what VS Code scopes editor settings by, shows in the status bar (so the analyst
 * sees why the article wraps and can pick Plain Text back), and lets `"[crosscheck-article]"` in
 * the user's settings change what articles get.
 *
 * Each article is given the language once per session: an analyst who picks another language for
 * it keeps that choice. A document with unsaved changes is left alone (changing a language closes
 * and reopens the document for the extensions, which re-read a closed dirty article from disk).
 */
export class ArticleLanguage extends Disposable {
  /** Articles given the language this session (document URIs). */
  private readonly given = new Set<string>();

  constructor(private readonly config: Configuration) {
    super();
    this.register(vscode.window.onDidChangeVisibleTextEditors((editors) => this.apply(editors)));
    this.apply(vscode.window.visibleTextEditors);
  }

  private apply(editors: readonly vscode.TextEditor[]): void {
    for (const { document: doc } of editors) {
      if (doc.languageId !== 'plaintext' || doc.isDirty || !isArticleDocument(doc, this.config.value)) continue;
      const key = doc.uri.toString();
      if (this.given.has(key)) continue;
      this.given.add(key);
      vscode.languages.setTextDocumentLanguage(doc, ARTICLE_LANGUAGE).then(undefined, () => this.given.delete(key));
    }
  }
}

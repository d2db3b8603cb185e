import * as vscode from 'vscode';
import { articleKey, isArticleDocument } from '../../host/articles';
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
 * An analyst who picks another language for an article keeps that choice for the session. VS Code
 * tells extensions of a change of language by closing the document and opening it again in the same
 * turn: an article closed in the language and opened at once in another one was changed by the
 * analyst (a document VS Code really closed — minutes after its last tab — and opened later comes
 * back as plain text, and is given the language again). A document with unsaved changes is left
 * alone (the extensions' view of a document being re-opened reads a closed dirty article from disk).
 */
export class ArticleLanguage extends Disposable {
  /** Articles whose language the analyst changed from ours this session (document URIs). */
  private readonly declined = new Set<string>();
  /** Articles being given the language (the change not confirmed yet). */
  private readonly pending = new Set<string>();
  /** Articles closed in our language in this turn of the event loop (a reopen in another language follows if the analyst changed it). */
  private readonly closing = new Set<string>();

  constructor(private readonly config: Configuration) {
    super();
    this.register(vscode.window.onDidChangeVisibleTextEditors((editors) => this.apply(editors)));
    this.register(
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc.languageId !== ARTICLE_LANGUAGE) return;
        if (!this.closing.size) setTimeout(() => this.closing.clear());
        this.closing.add(articleKey(doc.uri));
      }),
    );
    this.register(
      vscode.workspace.onDidOpenTextDocument((doc) => {
        const key = articleKey(doc.uri);
        if (doc.languageId === ARTICLE_LANGUAGE) this.declined.delete(key); // (picked back)
        else if (this.closing.has(key)) this.declined.add(key);
      }),
    );
    this.apply(vscode.window.visibleTextEditors);
  }

  private apply(editors: readonly vscode.TextEditor[]): void {
    for (const { document: doc } of editors) {
      if (doc.languageId !== 'plaintext' || doc.isDirty || !isArticleDocument(doc, this.config.value)) continue;
      const key = articleKey(doc.uri);
      if (this.declined.has(key) || this.pending.has(key)) continue;
      this.pending.add(key);
      const settled = () => this.pending.delete(key);
      vscode.languages.setTextDocumentLanguage(doc, ARTICLE_LANGUAGE).then(settled, settled);
    }
  }
}

import type * as vscode from 'vscode';
import { anchorTarget, followEdits, targetsOf, type AnchorStatus, type Annotation, type ArticleStatus, type PlaceUpdate, type Target, type TextEdit, type TextSpan } from '../../core/annotations';
import type { ArticleTexts } from '../../host/articleTexts';
import { Disposable } from '../../host/lifecycle';
import type { FolderAnnotations } from './annotationService';

/** Which annotation: the workspace folder (URI string), the article whose sidecar holds it (folder-relative), its id. */
export interface AnnotationRef {
  folder: string;
  home: string;
  id: string;
}

/** One place of an annotation (its home, or an appearance of the claim in another article), kept live while the article is edited. */
export interface LivePlace {
  ref: AnnotationRef;
  /** Index into the annotation's targets: 0 = home, 1… = appearances. */
  index: number;
  annotation: Annotation;
  /** The target as anchored (JSON), to notice when the sidecar changed it. */
  targetKey: string;
  /** How it was last anchored; 'orphan' also when the analyst deleted its words. */
  status: AnchorStatus;
  score: number;
  /** Live offsets in the article's current text (start === end for an orphan). */
  start: number;
  end: number;
  /** Moved by the analyst's edits since it was anchored (its selectors are refreshed on save). */
  edited: boolean;
  /** Text inside it was edited. */
  damaged: boolean;
  /** The status of the sidecar that holds it. */
  sidecarStatus: ArticleStatus;
}

/** An article with places in it. */
export interface LiveArticle {
  key: string;
  uri: vscode.Uri;
  folder: FolderAnnotations;
  path: string;
  /**
   * The text the places' offsets refer to (undefined: the article cannot be read). While the
   * article is typed in it lags behind: `doc` is set, the places follow the document's edits, and
   * textNow() takes the document's text when something needs it.
   */
  text: string | undefined;
  /** The edited document whose text `text` has not caught up with yet. */
  doc?: vscode.TextDocument;
  places: LivePlace[];
}

/** An article with annotations whose file is gone, with the text it had (see onDidLoseArticle). */
export interface LostArticle {
  folder: string;
  path: string;
  uri: vscode.Uri;
  text: string;
  annotations: number;
}

/**
 * What the live places need from the editor, and nothing more (so that they run in the unit layer
 * on the in-memory article workspace, without `vscode`): the VS Code one is vscodePlacesEditor
 * (livePlacesEditor.ts); a unit test passes its own.
 */
export interface PlacesEditor {
  /** The article key of a URI (articleKey). */
  keyOf(uri: vscode.Uri): string;
  /** The open (not closed) document of an article. */
  openDocument(key: string): vscode.TextDocument | undefined;
  /** The range of a span: in the open document's positions when there is one, else computed from `text`. */
  rangeOf(doc: vscode.TextDocument | undefined, text: string, span: TextSpan): vscode.Range;
}

/** Typing pauses this long before orphaned places are looked for again (an undone deletion brings them back). */
const HEAL_DEBOUNCE_MS = 300;

export const placeId = (p: { ref: AnnotationRef; index: number }) => `${p.ref.folder}\n${p.ref.home}\n${p.ref.id}\n${p.index}`;
export const byPosition = (a: LivePlace, b: LivePlace) => (a.status === 'orphan' ? 1 : 0) - (b.status === 'orphan' ? 1 : 0) || a.start - b.start || a.end - b.end || (a.ref.id < b.ref.id ? -1 : 1);

export function sameRef(a: AnnotationRef, b: AnnotationRef): boolean {
  return a.id === b.id && a.home === b.home && a.folder === b.folder;
}

export function anchorPlace(text: string | undefined, ref: AnnotationRef, index: number, annotation: Annotation, target: Target, sidecarStatus: ArticleStatus): LivePlace {
  const anchor = text === undefined ? undefined : anchorTarget(text, target);
  const found = anchor && anchor.status !== 'orphan';
  return {
    ref,
    index,
    annotation,
    targetKey: JSON.stringify(target),
    status: found ? anchor.status : 'orphan',
    score: anchor?.score ?? 0,
    start: found ? anchor.start : 0,
    end: found ? anchor.end : 0,
    edited: false,
    damaged: false,
    sidecarStatus,
  };
}

export function reanchor(p: LivePlace, text: string | undefined): LivePlace {
  const target = targetsOf(p.annotation)[p.index];
  return target ? anchorPlace(text, p.ref, p.index, p.annotation, target, p.sidecarStatus) : p;
}

/**
 * The live places of the annotations: every article with places in it, each place's offsets in the
 * article's current text, kept on their words while the article is typed in (and healed when an
 * undone deletion brings an orphan's words back), stored on save. Texts come from the article
 * workspace. The annotation service decides which places there are (syncHome); this tells where they are.
 */
export class LivePlaces extends Disposable {
  /** The articles with places in them (or open), by key. */
  readonly articles = new Map<string, LiveArticle>();
  private readonly healTimers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly texts: ArticleTexts,
    /** Tells that the places of these articles changed. */
    private readonly changed: (keys: string[]) => void,
    private readonly log: Pick<vscode.LogOutputChannel, 'error'>,
    private readonly editor: PlacesEditor,
  ) {
    super();
    this.register({ dispose: () => this.healTimers.forEach((t) => clearTimeout(t)) });
  }

  /** The live places in an article (home places and appearances of other articles' claims). */
  placesIn(uri: vscode.Uri): readonly LivePlace[] {
    return this.articles.get(this.editor.keyOf(uri))?.places ?? [];
  }

  /** The current text the places of an article refer to. */
  textOf(uri: vscode.Uri): string | undefined {
    const live = this.articles.get(this.editor.keyOf(uri));
    return (live && this.textNow(live)) ?? this.texts.textOf(this.editor.keyOf(uri));
  }

  /** The range of a span of an article's current text: the open document's positions, else computed from its text. */
  rangeOf(uri: vscode.Uri, span: TextSpan): vscode.Range | undefined {
    const doc = this.openDocument(this.editor.keyOf(uri));
    if (doc) return this.editor.rangeOf(doc, '', span);
    const text = this.textOf(uri);
    return text === undefined ? undefined : this.editor.rangeOf(undefined, text, span);
  }

  /** The words of a span of an article's current text (without reading the whole text of an open document). */
  textIn(uri: vscode.Uri, span: TextSpan): string | undefined {
    const doc = this.openDocument(this.editor.keyOf(uri));
    if (doc) return doc.getText(this.editor.rangeOf(doc, '', span));
    return this.textOf(uri)?.slice(span.start, span.end);
  }

  /** Every place of an annotation (home first), each with its article's URI. */
  placesOf(ref: AnnotationRef): { uri: vscode.Uri; place: LivePlace }[] {
    const out: { uri: vscode.Uri; place: LivePlace }[] = [];
    for (const live of this.articles.values()) {
      for (const p of live.places) if (sameRef(p.ref, ref)) out.push({ uri: live.uri, place: p });
    }
    return out.sort((a, b) => a.place.index - b.place.index);
  }

  /** Every live place, with its article. */
  *allPlaces(): Generator<{ uri: vscode.Uri; place: LivePlace }> {
    for (const live of this.articles.values()) for (const place of live.places) yield { uri: live.uri, place };
  }

  homePlaceOf(ref: AnnotationRef): LivePlace | undefined {
    return this.placesOf(ref).find((p) => p.place.index === 0)?.place;
  }

  /** Places under (or, with `touching`, next to) an offset of an open article, innermost first. */
  placesAt(uri: vscode.Uri, offset: number, touching = false): LivePlace[] {
    return this.placesIn(uri)
      .filter((p) => p.status !== 'orphan' && p.start <= offset && (offset < p.end || (touching && offset === p.end)))
      .sort((a, b) => a.end - a.start - (b.end - b.start));
  }

  /** The text an article's places refer to, catching up with the edits typed since it was last needed. */
  textNow(live: LiveArticle): string | undefined {
    if (live.doc) {
      // Readable after the document is closed, too (VS Code keeps a closed document's last text).
      live.text = live.doc.getText();
      delete live.doc;
    }
    return live.text;
  }

  openDocument(key: string): vscode.TextDocument | undefined {
    return this.editor.openDocument(key);
  }

  liveArticle(f: FolderAnnotations, path: string): LiveArticle {
    const uri = f.fs.uriOf(path);
    const key = this.editor.keyOf(uri);
    let live = this.articles.get(key);
    if (!live) {
      live = { key, uri, folder: f, path, text: this.texts.textOf(key), places: [] };
      this.articles.set(key, live);
    }
    return live;
  }

  /**
   * Keeps the places of an edited article on their words: each content change maps them (as
   * mapSpans does); a change that replaces a place's text together with text around it (a paste
   * over a paragraph, a reload from disk) anchors that place again from its stored selectors
   * rather than stretching it over the new text; a place whose words are deleted becomes an orphan.
   * Per keystroke this costs places × changes: the document's text is read only when a place must
   * be anchored again (followEdits), otherwise when something asks for it (textNow).
   */
  follow(e: vscode.TextDocumentChangeEvent): void {
    const key = this.editor.keyOf(e.document.uri);
    const live = this.articles.get(key);
    if (!live || e.contentChanges.length === 0) return;
    live.doc = e.document;
    if (live.places.length === 0) return;
    const edits: TextEdit[] = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, newText: c.text }));
    const after = followEdits(live.places, edits, (p) => reanchor(p, this.textNow(live)));
    live.places = after.places.sort(byPosition);
    this.changed([key]);
    if (after.orphaned || live.places.some((p) => p.status === 'orphan')) this.scheduleHeal(key);
  }

  /** After typing pauses: orphans of this article whose words are back (an undone deletion) are attached again. */
  private scheduleHeal(key: string): void {
    clearTimeout(this.healTimers.get(key));
    this.healTimers.set(
      key,
      setTimeout(() => {
        this.healTimers.delete(key);
        const live = this.articles.get(key);
        if (!live || !live.places.some((p) => p.status === 'orphan')) return;
        const text = this.textNow(live);
        if (text === undefined) return;
        let healed = false;
        live.places = live.places
          .map((p) => {
            if (p.status !== 'orphan') return p;
            const again = reanchor(p, text);
            if (again.status === 'orphan') return p;
            healed = true;
            return again;
          })
          .sort(byPosition);
        if (healed) this.changed([key]);
      }, HEAL_DEBOUNCE_MS),
    );
  }

  /** On save, the sidecars store the places as they are now, so that they describe the saved text. */
  async onSave(doc: vscode.TextDocument): Promise<void> {
    const key = this.editor.keyOf(doc.uri);
    const live = this.articles.get(key);
    if (!live) return;
    const followsDoc = live.doc === doc;
    const text = this.textNow(live);
    if (text === undefined || (!followsDoc && text !== doc.getText())) return; // should not happen: the change events keep it
    const updates: PlaceUpdate[] = live.places
      .filter((p) => p.edited && p.status !== 'orphan' && p.end > p.start && p.sidecarStatus === 'ok')
      .map((p) => ({ homeArticle: p.ref.home, id: p.ref.id, target: p.index, span: { start: p.start, end: p.end } }));
    if (!updates.length) return;
    try {
      await live.folder.store.refreshPlaces(live.path, text, updates);
    } catch (e) {
      this.log.error(`Annotations: could not store the places in ${live.path}: ${(e as Error)?.message ?? String(e)}`);
    }
  }
}

import * as vscode from 'vscode';
import type { AnnotationsView, AnnotationView } from '../../api';
import { claimTextOf, noteOf, tagsOf, verdictOf } from '../../core/annotations';
import type { VsCodeArticleWorkspace } from '../../host/articleWorkspace';
import type { Configuration } from '../../host/configuration';
import { Disposable } from '../../host/lifecycle';
import type { CorpusDerivation } from '../corpusDerivation';
import { DiscrepanciesModel } from '../discrepancies/discrepanciesModel';
import type { ArticleSources } from '../sources/articleSources';
import type { IndexService } from '../indexing/indexService';
import { AnnotationDecorations } from './annotationDecorations';
import { AnnotationHoverProvider } from './annotationHover';
import { AnnotationMoves } from './annotationMoves';
import { AnnotationService } from './annotationService';
import { ClaimsModel } from './claimsModel';
import { ClaimsTree } from './claimsTree';
import { NoteComments } from './noteComments';

/**
 * The annotations feature: the service, its decorations, hovers, note threads and the Claims &
 * Notes view (which also lists the discrepancies between the articles).
 */
export class Annotations extends Disposable {
  readonly service: AnnotationService;
  readonly decorations: AnnotationDecorations;
  readonly claims: ClaimsModel;
  readonly discrepancies: DiscrepanciesModel;
  readonly claimsTree: ClaimsTree;
  readonly moves: AnnotationMoves;

  constructor(index: IndexService, workspace: VsCodeArticleWorkspace, derivation: CorpusDerivation, config: Configuration, log: vscode.LogOutputChannel, workspaceState?: vscode.Memento, sources?: ArticleSources) {
    super();
    this.service = this.register(new AnnotationService(index, workspace, config, log));
    this.moves = this.register(new AnnotationMoves(this.service, workspace, log));
    this.decorations = this.register(new AnnotationDecorations(this.service));
    this.claims = this.register(new ClaimsModel(this.service, workspaceState));
    this.discrepancies = this.register(new DiscrepanciesModel(index, derivation, workspaceState, sources));
    this.claimsTree = this.register(new ClaimsTree(this.claims, this.discrepancies));
    this.register(new NoteComments(this.service, log));
    this.register(vscode.languages.registerHoverProvider({ scheme: 'file' }, new AnnotationHoverProvider(this.service)));
  }

  /** Writes every pending sidecar change (deactivation awaits it). */
  flush(): Promise<void> {
    return this.service.flush();
  }

  /** For the test API: an article's sidecar state and its annotations where they are now. */
  async annotationsOf(uri: vscode.Uri): Promise<AnnotationsView> {
    await this.service.settled();
    const state = await this.service.articleState(uri);
    await this.service.settled();
    const loc = this.service.locate(uri);
    const sidecar = loc ? this.service.sidecarUriOf({ folder: loc.folder.key, home: loc.path }) : undefined;
    const snap = loc ? (loc.folder.store.get(loc.path) ?? state) : undefined;
    const view: AnnotationsView = {
      sidecar: sidecar?.toString() ?? '',
      status: snap?.status ?? 'ok',
      pendingWrite: snap?.pendingWrite ?? false,
      recoveryFiles: (snap?.recoveryFiles ?? []).map((p) => (loc ? loc.folder.fs.uriOf(p).toString() : p)),
      annotations: [],
    };
    if (snap?.problem) view.problem = snap.problem;
    if (!loc || !snap) return view;
    for (const a of snap.annotations) {
      const ref = { folder: loc.folder.key, home: loc.path, id: a.id };
      const item: AnnotationView = { ref, id: a.id, tags: tagsOf(a), note: noteOf(a), quote: claimTextOf(a), status: 'orphan', appearances: [] };
      const verdict = verdictOf(a);
      if (verdict) item.verdict = verdict;
      for (const { uri: at, place } of this.service.places.placesOf(ref)) {
        const range = place.status !== 'orphan' ? this.service.places.rangeOf(at, place) : undefined;
        const words = range && this.service.places.textIn(at, place);
        if (place.index === 0) {
          item.status = place.status;
          if (range && words !== undefined) {
            item.range = range;
            item.text = words;
          }
        } else {
          const ap: AnnotationView['appearances'][number] = { uri: at.toString(), status: place.status };
          if (range && words !== undefined) {
            ap.range = range;
            ap.text = words;
          }
          item.appearances.push(ap);
        }
      }
      view.annotations.push(item);
    }
    return view;
  }
}

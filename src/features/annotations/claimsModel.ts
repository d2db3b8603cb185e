import * as vscode from 'vscode';
import { claimTextOf, noteOf, tagsOf, verdictOf, type Annotation, type AnchorStatus, type ArticleStatus, type Verdict } from '../../core/annotations';
import { ContextKeys } from '../../constants';
import { relativePath } from '../../host/articles';
import { Coalescer } from '../../host/coalescer';
import { Disposable } from '../../host/lifecycle';
import type { AnnotationRef, AnnotationService, LivePlace } from './annotationService';

export type ClaimsGrouping = 'verdict' | 'article';

export interface ClaimPlace {
  uri: vscode.Uri;
  path: string;
  index: number;
  status: AnchorStatus;
  start: number;
  end: number;
}

export interface ClaimItem {
  ref: AnnotationRef;
  annotation: Annotation;
  /** The home article. */
  uri: vscode.Uri;
  path: string;
  verdict: Verdict | undefined;
  tags: string[];
  note: string;
  /** The claim's words: as they are now in the article, or as stored for an orphan. */
  quote: string;
  status: AnchorStatus;
  start: number;
  /** The claim's other places. */
  appearances: ClaimPlace[];
  sidecarStatus: ArticleStatus;
}

export interface SidecarProblem {
  sidecar: vscode.Uri;
  article: string;
  status: ArticleStatus;
  message: string;
}

export interface ClaimsSnapshot {
  /** Attached claims, by article then position. */
  claims: ClaimItem[];
  /** Claims whose words were not found in their article. */
  orphans: ClaimItem[];
  problems: SidecarProblem[];
  recoveryFiles: vscode.Uri[];
}

/** Every claim and note across the corpus, as the Claims & Notes view shows them; rebuilt lazily after changes. */
export class ClaimsModel extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private cache: ClaimsSnapshot | undefined;
  /** Tells the view once a burst of changes has paused. */
  private readonly teller = this.register(new Coalescer(() => this.changed.fire(), 250));
  private grouping_: ClaimsGrouping;

  constructor(
    private readonly service: AnnotationService,
    private readonly memento?: vscode.Memento,
  ) {
    super();
    this.grouping_ = memento?.get<ClaimsGrouping>('crosscheck.claimsGrouping') === 'article' ? 'article' : 'verdict';
    void vscode.commands.executeCommand('setContext', ContextKeys.claimsGrouping, this.grouping_);
    this.register(
      service.onDidChange(() => {
        this.cache = undefined;
        this.teller.schedule(true);
      }),
    );
  }

  get grouping(): ClaimsGrouping {
    return this.grouping_;
  }

  setGrouping(g: ClaimsGrouping): void {
    if (g === this.grouping_) return;
    this.grouping_ = g;
    void this.memento?.update('crosscheck.claimsGrouping', g);
    void vscode.commands.executeCommand('setContext', ContextKeys.claimsGrouping, g);
    this.changed.fire();
  }

  snapshot(): ClaimsSnapshot {
    this.cache ??= this.build();
    return this.cache;
  }

  private build(): ClaimsSnapshot {
    const claims: ClaimItem[] = [];
    const orphans: ClaimItem[] = [];
    const problems: SidecarProblem[] = [];
    const placesById = new Map<string, { uri: vscode.Uri; place: LivePlace }[]>();
    for (const x of this.service.places.allPlaces()) {
      const id = `${x.place.ref.folder}\n${x.place.ref.home}\n${x.place.ref.id}`;
      const list = placesById.get(id) ?? [];
      list.push(x);
      placesById.set(id, list);
    }
    for (const { folder, snapshot } of this.service.allArticles()) {
      const home = { folder, home: snapshot.articlePath };
      const uri = this.service.uriOf(home);
      if (!uri) continue;
      if (snapshot.status !== 'ok') {
        problems.push({ sidecar: this.service.sidecarUriOf(home) ?? uri, article: snapshot.articlePath, status: snapshot.status, message: snapshot.problem ?? 'cannot be used' });
      }
      for (const a of snapshot.annotations) {
        const ref = { ...home, id: a.id };
        const places = (placesById.get(`${folder}\n${ref.home}\n${a.id}`) ?? []).sort((x, y) => x.place.index - y.place.index);
        const here = places.find((p) => p.place.index === 0)?.place;
        const attached = !!here && here.status !== 'orphan';
        const item: ClaimItem = {
          ref,
          annotation: a,
          uri,
          path: relativePath(uri),
          verdict: verdictOf(a),
          tags: tagsOf(a),
          note: noteOf(a),
          quote: (attached ? this.service.places.textIn(uri, here) : undefined) ?? claimTextOf(a),
          status: here?.status ?? 'orphan',
          start: attached ? here.start : -1,
          appearances: places
            .filter((p) => p.place.index > 0)
            .map(({ uri: u, place }) => ({ uri: u, path: relativePath(u), index: place.index, status: place.status, start: place.start, end: place.end })),
          sidecarStatus: snapshot.status,
        };
        (attached ? claims : orphans).push(item);
      }
    }
    const order = (a: ClaimItem, b: ClaimItem) => a.path.localeCompare(b.path) || a.start - b.start || (a.ref.id < b.ref.id ? -1 : 1);
    return { claims: claims.sort(order), orphans: orphans.sort(order), problems: problems.sort((a, b) => a.article.localeCompare(b.article)), recoveryFiles: this.service.recoveryFileUris() };
  }
}

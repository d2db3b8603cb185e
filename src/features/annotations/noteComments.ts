import * as vscode from 'vscode';
import { Commands } from '../../constants';
import { creatorName, noteOf, tagsOf, verdictOf } from '../../core/annotations';
import { Coalescer } from '../../host/coalescer';
import { Disposable } from '../../host/lifecycle';
import { VERDICT_LABEL } from './annotationHover';
import type { AnnotationRef, AnnotationService } from './annotationService';

/** One note, shown as the single comment of its claim's thread; editable in place. */
class NoteComment implements vscode.Comment {
  body: string | vscode.MarkdownString;
  mode = vscode.CommentMode.Preview;
  /** 'crosscheckNote' (editable) or 'crosscheckNoteLocked' (its sidecar cannot be changed). */
  contextValue = 'crosscheckNote';
  author: vscode.CommentAuthorInformation;
  label: string | undefined;
  timestamp: Date | undefined;

  constructor(
    readonly ref: AnnotationRef,
    public note: string,
    public thread: vscode.CommentThread | undefined,
    author: string,
  ) {
    this.body = new vscode.MarkdownString(note);
    this.author = { name: author || 'Note' };
  }
}

const threadId = (r: AnnotationRef) => `${r.folder}\n${r.home}\n${r.id}`;

/**
 * Notes as comment threads on their claims (collapsed, so the text stays readable; they also fill
 * VS Code's Comments panel): the pencil in a thread edits the note in place, in a multi-line
 * Markdown box, and Save writes it to the sidecar.
 */
export class NoteComments extends Disposable {
  private readonly controller = this.register(vscode.comments.createCommentController('crosscheck.notes', 'Crosscheck Notes'));
  private readonly threads = new Map<string, { thread: vscode.CommentThread; comment: NoteComment }>();
  /** Threads follow the annotations once a burst of changes has paused. */
  private readonly syncer = this.register(new Coalescer(() => this.sync(), 50));

  constructor(
    private readonly service: AnnotationService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.controller.options = { prompt: 'Note on this claim', placeHolder: 'A note in Markdown' };
    this.register({ dispose: () => this.threads.forEach(({ thread }) => thread.dispose()) });
    this.register(service.onDidChange(() => this.schedule()));
    this.register(vscode.commands.registerCommand(Commands.editNoteInline, (c: unknown) => this.startEditing(c)));
    this.register(vscode.commands.registerCommand(Commands.saveNoteInline, (c: unknown) => void this.save(c)));
    this.register(vscode.commands.registerCommand(Commands.cancelNoteInline, (c: unknown) => this.cancel(c)));
    this.schedule();
  }

  private schedule(): void {
    this.syncer.schedule(true);
  }

  private sync(): void {
    const wanted = new Set<string>();
    for (const { uri, place } of this.service.places.allPlaces()) {
      if (place.index !== 0 || place.status === 'orphan') continue;
      const note = noteOf(place.annotation);
      if (!note) continue;
      const range = this.service.places.rangeOf(uri, place);
      if (range === undefined) continue;
      const id = threadId(place.ref);
      wanted.add(id);
      const a = place.annotation;
      const verdict = verdictOf(a);
      const label = [verdict ? VERDICT_LABEL[verdict] : 'Note', ...tagsOf(a)].join(' · ');
      const known = this.threads.get(id);
      if (known && known.thread.uri.toString() === uri.toString()) {
        if (!known.thread.range?.isEqual(range)) known.thread.range = range;
        if (known.thread.label !== label) known.thread.label = label;
        if (known.comment.mode === vscode.CommentMode.Preview && known.comment.note !== note) {
          known.comment.note = note;
          known.comment.body = new vscode.MarkdownString(note);
          known.thread.comments = [known.comment];
        }
        continue;
      }
      known?.thread.dispose();
      const comment = new NoteComment(place.ref, note, undefined, creatorName(a.creator));
      comment.timestamp = new Date(a.modified);
      if (place.sidecarStatus !== 'ok') comment.contextValue = 'crosscheckNoteLocked';
      const thread = this.controller.createCommentThread(uri, range, [comment]);
      comment.thread = thread;
      thread.label = label;
      thread.canReply = false;
      thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
      this.threads.set(id, { thread, comment });
    }
    for (const [id, { thread, comment }] of this.threads) {
      if (wanted.has(id) || comment.mode === vscode.CommentMode.Editing) continue;
      thread.dispose();
      this.threads.delete(id);
    }
  }

  private find(c: unknown): { thread: vscode.CommentThread; comment: NoteComment } | undefined {
    if (c instanceof NoteComment) return [...this.threads.values()].find((t) => t.comment === c);
    return undefined;
  }

  private startEditing(c: unknown): void {
    const t = this.find(c);
    if (!t) return;
    t.comment.body = t.comment.note;
    t.comment.mode = vscode.CommentMode.Editing;
    t.thread.comments = [t.comment];
  }

  private cancel(c: unknown): void {
    const t = this.find(c);
    if (!t) return;
    t.comment.body = new vscode.MarkdownString(t.comment.note);
    t.comment.mode = vscode.CommentMode.Preview;
    t.thread.comments = [t.comment];
  }

  private async save(c: unknown): Promise<void> {
    const t = this.find(c);
    if (!t) return;
    const body = t.comment.body;
    const note = typeof body === 'string' ? body : body.value;
    t.comment.mode = vscode.CommentMode.Preview;
    t.comment.note = note;
    t.comment.body = new vscode.MarkdownString(note);
    t.thread.comments = [t.comment];
    try {
      await this.service.editing.update(t.comment.ref, { note });
    } catch (e) {
      this.log.error(`Annotations: could not save the note: ${(e as Error)?.message ?? String(e)}`);
      void vscode.window.showErrorMessage(`Crosscheck could not save the note: ${(e as Error)?.message ?? String(e)}`);
    }
  }
}

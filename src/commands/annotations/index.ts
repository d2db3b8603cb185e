/**
 * The analyst's annotation commands, one file each, over one AnnotationCommandContext (what a
 * command is about, tags remembered, creating an annotation, error handling).
 */
import type * as vscode from 'vscode';
import { registerAddNote } from './addNote';
import { AnnotationCommandContext, type AnnotationCommandDeps } from './context';
import { registerEditNote } from './editNote';
import { registerEditTags } from './editTags';
import { registerLinkClaim } from './linkClaim';
import { registerOpenAnnotation } from './openAnnotation';
import { registerReattachAnnotation } from './reattachAnnotation';
import { registerRemoveAnnotation } from './removeAnnotation';
import { registerSidecarCommands } from './sidecars';
import { registerTagClaim } from './tagClaim';
import { registerUndoAnnotationChange } from './undoAnnotationChange';

export type { AnnotateArgs, AnnotationCommandDeps, AnnotationCommandResult } from './context';

export function registerAnnotationCommands(deps: AnnotationCommandDeps): vscode.Disposable[] {
  const ctx = new AnnotationCommandContext(deps);
  return [
    registerTagClaim(ctx),
    registerAddNote(ctx),
    registerEditNote(ctx),
    registerEditTags(ctx),
    registerRemoveAnnotation(ctx),
    registerUndoAnnotationChange(ctx),
    registerReattachAnnotation(ctx),
    registerLinkClaim(ctx),
    registerOpenAnnotation(ctx),
    ...registerSidecarCommands(ctx),
  ];
}

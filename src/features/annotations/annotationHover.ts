import * as vscode from 'vscode';
import { Commands } from '../../constants';
import { creatorName, noteOf, tagsOf, verdictOf, type Verdict } from '../../core/annotations';
import type { AnnotationRef, AnnotationService, LivePlace } from './annotationService';

export const VERDICT_LABEL: Record<Verdict, string> = {
  disputed: 'Disputed',
  misattributed: 'Misattributed',
  unverified: 'Unverified',
  confirmed: 'Confirmed',
};

export const VERDICT_ICON: Record<Verdict, string> = {
  disputed: 'warning',
  misattributed: 'person',
  unverified: 'question',
  confirmed: 'pass',
};

/** A `command:` link with JSON arguments. */
export function commandLink(title: string, command: string, args: unknown[]): string {
  return `[${title}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/**
 * Hovers on annotated claims: verdict, tags, the note (Markdown, rendered untrusted), who wrote it
 * and when, how it was re-attached, where else the claim appears, and links to edit, link or remove
 * it (in a separate, command-enabled part of the hover, so a note can never run a command).
 */
export class AnnotationHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: AnnotationService) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const places = this.service.places.placesAt(doc.uri, doc.offsetAt(pos));
    if (!places.length) return undefined;
    const parts: vscode.MarkdownString[] = [];
    for (const p of places) parts.push(...this.describe(p));
    const first = places[0]!;
    return new vscode.Hover(parts, new vscode.Range(doc.positionAt(first.start), doc.positionAt(first.end)));
  }

  private describe(p: LivePlace): vscode.MarkdownString[] {
    const a = p.annotation;
    const verdict = verdictOf(a);
    const tags = tagsOf(a);
    const head = new vscode.MarkdownString(undefined, true);
    head.appendMarkdown(verdict ? `$(${VERDICT_ICON[verdict]}) **${VERDICT_LABEL[verdict]}**` : `$(tag) **${tags.length ? 'Tagged' : 'Note'}**`);
    if (tags.length) head.appendMarkdown(' · ').appendText(tags.join(', '));
    if (p.index > 0) head.appendMarkdown(' — linked from ').appendText(p.ref.home);
    const meta: string[] = [];
    const who = creatorName(a.creator);
    if (who) meta.push(who);
    meta.push(a.modified.slice(0, 10));
    if (p.status === 'moved' || p.status === 'fuzzy') meta.push(p.status === 'moved' ? 'found elsewhere in the text' : `found approximately (${Math.round(p.score * 100)}%)`);
    if (p.damaged) meta.push('edited since');
    if (p.sidecarStatus !== 'ok') meta.push(p.sidecarStatus === 'readOnly' ? 'read-only' : 'its sidecar is broken');
    head.appendMarkdown('\n\n').appendText(meta.join(' · '));
    const out = [head];
    const note = noteOf(a);
    if (note) out.push(new vscode.MarkdownString(note)); // the analyst's Markdown, untrusted
    const others = this.service.places.placesOf(p.ref).filter((x) => x.place !== p);
    const actions = new vscode.MarkdownString(undefined, true);
    const ref: AnnotationRef = p.ref;
    if (others.length) {
      actions.appendMarkdown('Also in: ');
      actions.appendMarkdown(
        others
          .map(({ uri, place }) => {
            const label = (this.service.locate(uri)?.path ?? uri.path).replace(/[[\]]/g, '');
            return place.status === 'orphan' ? `${label} (not found)` : commandLink(label, Commands.openAnnotation, [ref, place.index, uri.toString()]);
          })
          .join(', '),
      );
      actions.appendMarkdown('\n\n');
    }
    if (p.sidecarStatus === 'ok') {
      actions.appendMarkdown(
        [
          commandLink('$(edit) Note', Commands.editNote, [ref]),
          commandLink('$(tag) Tags & verdict', Commands.editTags, [ref]),
          commandLink('$(link) Link', Commands.linkClaim, [ref]),
          commandLink('$(trash) Remove', Commands.removeAnnotation, [ref]),
        ].join(' · '),
      );
    }
    actions.isTrusted = { enabledCommands: [Commands.openAnnotation, Commands.editNote, Commands.editTags, Commands.linkClaim, Commands.removeAnnotation] };
    out.push(actions);
    return out;
  }
}

import * as vscode from 'vscode';
import type { TextSpan } from '../../core/annotations';
import { articleKey } from '../../host/articles';
import type { PlacesEditor } from './livePlaces';
import { rangeIn } from './text';

/** What the live places need from VS Code: article keys, the open documents, ranges. */
export const vscodePlacesEditor: PlacesEditor = {
  keyOf: articleKey,
  openDocument: (key) => vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === key),
  rangeOf: (doc: vscode.TextDocument | undefined, text: string, span: TextSpan) =>
    doc ? new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end)) : rangeIn(text, span),
};

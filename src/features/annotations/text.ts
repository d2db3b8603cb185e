import * as vscode from 'vscode';
import type { TextSpan } from '../../core/annotations';

/** The position of a UTF-16 offset in a text (what TextDocument.positionAt gives for an open document). */
export function positionAt(text: string, offset: number): vscode.Position {
  const at = Math.max(0, Math.min(text.length, offset));
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return new vscode.Position(line, at - lineStart);
}

export function rangeIn(text: string, span: TextSpan): vscode.Range {
  return new vscode.Range(positionAt(text, span.start), positionAt(text, span.end));
}

export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

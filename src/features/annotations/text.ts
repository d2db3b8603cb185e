import * as vscode from 'vscode';
import { positionSelectorOf, quoteSelectorOf, type Target, type TextSpan } from '../../core/annotations';

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

/**
 * A text and a span in it whose selectors (the quote with its stored context, and the stored
 * position) are exactly those of `target`: used to put a target back as it was (undo) through the
 * store's public operations, which describe a span of a given text. Undefined when the target has no
 * quote.
 */
export function syntheticTextOf(target: Target): { text: string; span: TextSpan } | undefined {
  const q = quoteSelectorOf(target);
  if (!q || !q.exact) return undefined;
  const prefix = q.prefix ?? '';
  const suffix = q.suffix ?? '';
  const stored = positionSelectorOf(target)?.start;
  const pad = stored !== undefined && stored >= prefix.length ? stored - prefix.length : 0;
  const start = pad + prefix.length;
  return { text: ' '.repeat(pad) + prefix + q.exact + suffix, span: { start, end: start + q.exact.length } };
}

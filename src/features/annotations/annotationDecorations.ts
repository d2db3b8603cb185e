import * as vscode from 'vscode';
import type { AnnotationLayer } from '../../api';
import { Colors } from '../../constants';
import { noteOf, verdictOf } from '../../core/annotations';
import { Coalescer } from '../../host/coalescer';
import { Disposable } from '../../host/lifecycle';
import type { AnnotationService, LivePlace } from './annotationService';

export const ANNOTATION_LAYERS: readonly AnnotationLayer[] = ['disputed', 'misattributed', 'unverified', 'confirmed', 'note'];

export function isAnnotationLayer(layer: string): layer is AnnotationLayer {
  return (ANNOTATION_LAYERS as readonly string[]).includes(layer);
}

const COLORS: Record<AnnotationLayer, { background: string; border: string }> = {
  disputed: { background: Colors.disputedBackground, border: Colors.disputedBorder },
  misattributed: { background: Colors.misattributedBackground, border: Colors.misattributedBorder },
  unverified: { background: Colors.unverifiedBackground, border: Colors.unverifiedBorder },
  confirmed: { background: Colors.confirmedBackground, border: Colors.confirmedBorder },
  note: { background: Colors.noteBackground, border: Colors.noteBorder },
};

/** The layer an annotation's place is drawn in: its verdict's, or 'note' for tags and notes without a verdict. */
export function layerOf(p: LivePlace): AnnotationLayer {
  return verdictOf(p.annotation) ?? 'note';
}

function style(layer: AnnotationLayer): vscode.DecorationRenderOptions {
  const c = COLORS[layer];
  return {
    backgroundColor: new vscode.ThemeColor(c.background),
    borderStyle: 'none none solid none',
    borderWidth: '0 0 2px 0',
    borderColor: new vscode.ThemeColor(c.border),
    overviewRulerColor: new vscode.ThemeColor(c.border),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    // As mapSpan does: typing right before or right after a claim does not extend it.
    rangeBehavior: vscode.DecorationRangeBehavior.OpenOpen,
  };
}

/**
 * Draws the annotated claims in the visible editors, one decoration type per verdict (theme colours
 * with dark, light and high-contrast defaults) plus a small ✎ after claims that carry a note.
 * Orphans are not drawn (the Claims view lists them).
 */
export class AnnotationDecorations extends Disposable {
  private readonly types: Record<AnnotationLayer, vscode.TextEditorDecorationType>;
  private readonly noteMarker: vscode.TextEditorDecorationType;
  private readonly applied = new Map<string, Record<AnnotationLayer, vscode.Range[]>>();
  private readonly runner = new Coalescer(() => this.decorateVisible());

  constructor(private readonly service: AnnotationService) {
    super();
    const types = {} as Record<AnnotationLayer, vscode.TextEditorDecorationType>;
    for (const layer of ANNOTATION_LAYERS) types[layer] = this.register(vscode.window.createTextEditorDecorationType(style(layer)));
    this.types = types;
    this.noteMarker = this.register(
      vscode.window.createTextEditorDecorationType({
        after: { contentText: '\u270E', color: new vscode.ThemeColor(Colors.noteBorder), margin: '0 0 0 2px' },
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    );
    this.register(this.runner);
    this.register(vscode.window.onDidChangeVisibleTextEditors(() => this.schedule()));
    this.register(service.onDidChange(() => this.schedule()));
    this.schedule();
  }

  rangesFor(uri: vscode.Uri, layer: AnnotationLayer): vscode.Range[] {
    return this.applied.get(uri.toString())?.[layer] ?? [];
  }

  async whenDecorated(): Promise<void> {
    await this.service.settled();
    await this.runner.whenIdle();
  }

  private schedule(): void {
    this.runner.schedule();
  }

  private decorateVisible(): void {
    const visible = new Set<string>();
    for (const editor of vscode.window.visibleTextEditors) {
      const doc = editor.document;
      const key = doc.uri.toString();
      visible.add(key);
      const places = this.service.places.placesIn(doc.uri);
      if (!places.length && !this.applied.has(key)) continue;
      const ranges = {} as Record<AnnotationLayer, vscode.Range[]>;
      for (const layer of ANNOTATION_LAYERS) ranges[layer] = [];
      const notes: vscode.Range[] = [];
      const length = doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end); // (not getText() per keystroke)
      for (const p of places) {
        if (p.status === 'orphan' || p.end <= p.start || p.end > length) continue;
        const range = new vscode.Range(doc.positionAt(p.start), doc.positionAt(p.end));
        ranges[layerOf(p)].push(range);
        if (p.index === 0 && noteOf(p.annotation)) notes.push(new vscode.Range(range.end, range.end));
      }
      for (const layer of ANNOTATION_LAYERS) editor.setDecorations(this.types[layer], ranges[layer]);
      editor.setDecorations(this.noteMarker, notes);
      if (places.length) this.applied.set(key, ranges);
      else this.applied.delete(key);
    }
    for (const key of [...this.applied.keys()]) if (!visible.has(key)) this.applied.delete(key);
  }
}

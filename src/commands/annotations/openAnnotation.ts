import * as vscode from 'vscode';
import { Commands } from '../../constants';
import { relativePath } from '../../host/articles';
import type { AnnotationCommandContext } from './context';
import { quoteWords } from './quoteWords';

/** crosscheck.openAnnotation: shows an annotation's place (`index`: 0 its home, 1… its appearances) with the words selected. */
export function registerOpenAnnotation(ctx: AnnotationCommandContext): vscode.Disposable {
  const { service, model } = ctx;
  return vscode.commands.registerCommand(Commands.openAnnotation, async (arg?: unknown, index = 0) => {
    const ref = ctx.refFromArg(arg);
    if (!ref) return;
    const at = service.places.placesOf(ref).find((p) => p.place.index === index) ?? service.places.placesOf(ref)[0];
    const uri = at?.uri ?? service.uriOf(ref);
    if (!uri) return;
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      if (at && at.place.status !== 'orphan') {
        const range = new vscode.Range(doc.positionAt(at.place.start), doc.positionAt(at.place.end));
        await vscode.window.showTextDocument(doc, { selection: range, preview: true });
        vscode.window.activeTextEditor?.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      } else {
        await vscode.window.showTextDocument(doc, { preview: true });
        const quote = model.snapshot().orphans.find((o) => o.ref.id === ref.id)?.quote ?? '';
        void vscode.window.showWarningMessage(
          `Crosscheck could not find the annotated words in ${relativePath(uri)}: ${quoteWords(quote, 80)}. Select where they are now and use Re-attach to Selection.`,
        );
      }
    } catch (e) {
      void vscode.window.showErrorMessage(`Crosscheck could not open ${relativePath(uri)}: ${(e as Error)?.message ?? String(e)}`);
    }
  });
}

import * as vscode from 'vscode';
import { Commands } from '../../constants';
import { relativePath } from '../../host/articles';
import { toUri, type AnnotationCommandContext } from './context';

/**
 * The commands about sidecar files rather than one annotation: open an article's sidecar, read every
 * sidecar again, move a sidecar to where its article went, and how Claims & Notes groups them.
 */
export function registerSidecarCommands(ctx: AnnotationCommandContext): vscode.Disposable[] {
  const { service, moves, model, log } = ctx;
  return [
    vscode.commands.registerCommand(Commands.reloadAnnotations, async () => {
      await service.restart();
      await service.settled();
    }),

    vscode.commands.registerCommand(Commands.openSidecar, async (arg?: unknown) => {
      const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
      const loc = uri && service.locate(uri);
      if (!loc) return;
      const sidecar = service.sidecarUriOf({ folder: loc.folder.key, home: loc.path });
      try {
        if (sidecar) await vscode.window.showTextDocument(sidecar);
      } catch {
        void vscode.window.showInformationMessage(`Crosscheck: ${loc.path} has no annotations yet (its sidecar would be ${relativePath(sidecar!)}).`);
      }
    }),

    // { from, to } (article URIs or URI strings): move from's sidecar to to's place; none: pick one of the moves offered.
    vscode.commands.registerCommand(Commands.moveAnnotations, async (arg?: { from?: string | vscode.Uri; to?: string | vscode.Uri }) => {
      const r = await moves.move(arg?.from === undefined ? undefined : toUri(arg.from), arg?.to === undefined ? undefined : toUri(arg.to));
      if (!r.ok && r.reason !== 'cancelled' && arg?.from === undefined) void vscode.window.showInformationMessage(`Crosscheck: ${r.message}`);
      else if (!r.ok && r.reason !== 'cancelled') log.warn(`Annotations: ${r.message}`);
      return r;
    }),

    vscode.commands.registerCommand(Commands.claimsGroupByArticle, () => model.setGrouping('article')),
    vscode.commands.registerCommand(Commands.claimsGroupByVerdict, () => model.setGrouping('verdict')),
  ];
}

import * as vscode from 'vscode';
import type { ArticleAnnotations } from '../../core/annotations';

/**
 * Problems with sidecars, told once per problem: a broken one (a diagnostic on the file, an error
 * with Open File), a read-only or newer one (a warning), a write that failed (an error, retried at
 * the next change); and the recovery files that keep the annotations a broken sidecar refused.
 */
export class SidecarProblems implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('crosscheck.annotations');
  /** The problem last told for each sidecar (URI string; '' when it can be used). */
  private readonly reported = new Map<string, string>();
  private readonly recovery = new Set<string>();

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** Tells what is new about a sidecar's state (a problem, or that it can be used again). */
  report(sidecar: vscode.Uri, snap: ArticleAnnotations): void {
    const id = sidecar.toString();
    const problem = snap.status !== 'ok' ? (snap.problem ?? `${snap.sidecarPath}: cannot be used`) : snap.writeError ? `${snap.sidecarPath}: could not be saved (${snap.writeError}); retrying at the next change` : '';
    const before = this.reported.get(id) ?? '';
    if (before === problem) return;
    this.reported.set(id, problem);
    if (!problem) {
      this.diagnostics.delete(sidecar);
      this.log.info(`Annotations: ${snap.sidecarPath} can be used again.`);
      return;
    }
    if (snap.status === 'invalid') {
      const line = /line (\d+), column (\d+)/.exec(problem);
      const pos = line ? new vscode.Position(Number(line[1]) - 1, Math.max(0, Number(line[2]) - 1)) : new vscode.Position(0, 0);
      const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), problem.replace(`${snap.sidecarPath}: `, ''), vscode.DiagnosticSeverity.Error);
      d.source = 'Crosscheck';
      this.diagnostics.set(sidecar, [d]);
      this.log.error(`Annotations: ${problem}. The file is left as it is; annotations of ${snap.articlePath} cannot be changed until it is fixed.`);
      void vscode.window
        .showErrorMessage(`Crosscheck cannot use ${problem}. The file is not changed; new annotations for ${snap.articlePath} are refused until it is fixed.`, 'Open File', 'Show Log')
        .then((c) => {
          if (c === 'Open File') void vscode.window.showTextDocument(sidecar);
          else if (c === 'Show Log') this.log.show(true);
        });
    } else if (snap.status === 'readOnly') {
      this.diagnostics.delete(sidecar);
      this.log.warn(`Annotations: ${problem}`);
      void vscode.window.showWarningMessage(problem);
    } else {
      this.log.error(`Annotations: ${problem}`);
      void vscode.window.showErrorMessage(`Crosscheck: ${problem}.`, 'Show Log').then((c) => c && this.log.show(true));
    }
  }

  /** A recovery file appeared (or was written), or went. */
  recoveryFile(uri: vscode.Uri, present: boolean): void {
    if (present) this.recovery.add(uri.toString());
    else this.recovery.delete(uri.toString());
  }

  recoveryFileUris(): vscode.Uri[] {
    return [...this.recovery].sort().map((s) => vscode.Uri.parse(s));
  }

  /** Forgets everything (the sidecars are read again). */
  clear(): void {
    this.recovery.clear();
    this.reported.clear();
    this.diagnostics.clear();
  }

  dispose(): void {
    this.diagnostics.dispose();
  }
}

import path from 'node:path';
import * as vscode from 'vscode';
import { ContextKeys } from '../../constants';
import { AnalysisWorkerClient } from './analysisWorkerClient';
import type { SyncHost } from './syncHost';

/** The corpus sync's host in the extension: VS Code's progress, messages and context key, and the analysis worker. */
export function vscodeSyncHost(log: vscode.LogOutputChannel): SyncHost {
  return {
    log,
    // dist/extension.js runs next to dist/analysisWorker.js
    worker: new AnalysisWorkerClient(path.join(__dirname, 'analysisWorker.js'), (m) => log.warn(m)),
    withProgress: (title, notify, task) =>
      Promise.resolve(
        vscode.window.withProgress({ location: notify ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window, title, cancellable: notify }, (progress, token) =>
          task({ report: (increment, message) => progress.report({ increment, message }), isCancelled: () => token.isCancellationRequested }),
        ),
      ),
    showError: (message) => void vscode.window.showErrorMessage(message),
    showSkipped: (message) =>
      void vscode.window.showWarningMessage(message, 'Show Log').then((choice) => {
        if (choice) log.show(true);
      }),
    showState: (state) => void vscode.commands.executeCommand('setContext', ContextKeys.state, state),
  };
}

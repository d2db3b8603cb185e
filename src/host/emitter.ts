import type * as vscode from 'vscode';

/**
 * An event source with VS Code's `Event` shape and no `vscode` at run time, for the host services
 * that also run in the unit layer on the in-memory article workspace (the corpus sync, the twin).
 * As in VS Code's own emitter, a listener that throws does not keep the others from hearing the
 * event; its error goes to `onListenerError` (by default the console), never silently away.
 */
export class Emitter<T> implements vscode.Disposable {
  private readonly listeners = new Set<(e: T) => unknown>();

  constructor(private readonly onListenerError: (e: unknown) => void = (e) => console.error(e)) {}

  readonly event: vscode.Event<T> = (listener, thisArgs?, disposables?) => {
    const bound = thisArgs === undefined ? listener : (e: T) => listener.call(thisArgs, e);
    this.listeners.add(bound);
    const d = { dispose: () => void this.listeners.delete(bound) };
    disposables?.push(d);
    return d;
  };

  fire(e: T): void {
    for (const l of [...this.listeners]) {
      try {
        l(e);
      } catch (err) {
        this.onListenerError(err);
      }
    }
  }

  dispose(): void {
    this.listeners.clear();
  }
}

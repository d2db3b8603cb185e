/**
 * What keeps a result list still while the analyst works through it (as VS Code's References view
 * keeps its results while you open them): the articles a list opened itself do not change what it
 * lists when their editors become active or their cursors move. Activating the list's own article,
 * or any article the list did not open, lets the list follow again (and forgets what it opened).
 */
export class OpenedFromList {
  private readonly opened = new Set<string>();

  /** The list is opening this article (index key): its editor must not change the list. */
  add(key: string): void {
    this.opened.add(key);
  }

  /** Is the list held by an article it opened? */
  get holding(): boolean {
    return this.opened.size > 0;
  }

  /**
   * Should the list follow the editor of `key` (became active, or its cursor moved)? No for an
   * article the list opened; yes for any other, which also releases the list.
   */
  follows(key: string | undefined): boolean {
    if (key !== undefined && this.opened.has(key)) return false;
    this.opened.clear();
    return true;
  }

  release(): void {
    this.opened.clear();
  }
}

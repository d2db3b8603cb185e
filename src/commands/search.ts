import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { IndexService } from '../features/indexing/indexService';
import type { ArticleSources } from '../features/sources/articleSources';

interface HitItem extends vscode.QuickPickItem {
  key: string;
  start: number;
  end: number;
}

/** A quick pick that searches the whole corpus as you type (prefix and fuzzy), and opens the hit. */
export function registerSearch(index: IndexService, sources: ArticleSources): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.search, async () => {
    const pick = vscode.window.createQuickPick<HitItem>();
    pick.title = 'Crosscheck: Search Articles';
    pick.placeholder = 'Search every article (prefix and fuzzy matching)';
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    const update = (query: string) => {
      const hits = index.corpus.search(query, 30);
      pick.items = hits.map((h): HitItem => {
        const text = index.corpus.textOf(h.path) ?? '';
        const at = firstOccurrence(text, h.terms);
        const name = sources.nameOf(h.path);
        return {
          key: h.path,
          start: at?.start ?? 0,
          end: at?.end ?? 0,
          label: h.title || name.label,
          description: name.label === name.file ? name.file : `${name.label} · ${name.file}`,
          detail: at ? snippet(text, at.start, at.end) : undefined,
          alwaysShow: true,
        };
      });
    };
    pick.onDidChangeValue(update);
    pick.onDidAccept(() => {
      const item = pick.selectedItems[0];
      pick.hide();
      if (item) void vscode.commands.executeCommand(Commands.openLocation, item.key, item.start, item.end);
    });
    pick.onDidHide(() => pick.dispose());
    pick.show();
  });
}

function firstOccurrence(text: string, terms: string[]): { start: number; end: number } | undefined {
  const lower = text.toLowerCase();
  let best: { start: number; end: number } | undefined;
  for (const t of terms) {
    const re = new RegExp(`\\b${t.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
    const m = re.exec(lower);
    if (m && (!best || m.index < best.start)) best = { start: m.index, end: m.index + t.length };
  }
  return best;
}

function snippet(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 50);
  const to = Math.min(text.length, end + 70);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}

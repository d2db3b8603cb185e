import * as vscode from 'vscode';
import { searchSentences, type CandidateCorpus, type PassageCandidate } from '../../features/annotations/linkCandidates';
import { quoteWords } from './quoteWords';

interface Item extends vscode.QuickPickItem {
  candidate: PassageCandidate;
}

/** Typing fewer characters than this lists the suggestions again. */
const MIN_QUERY = 2;
const SEARCH_DEBOUNCE_MS = 150;

/**
 * The Link Claim picker: the passages suggested for the claim at first; typing searches every other
 * article's sentences through the index (searchSentences), so that a passage worded differently
 * from the claim is found too. What is ticked stays ticked (and listed) while the list changes.
 */
export function pickLinkTargets(corpus: CandidateCorpus, nameOf: (key: string) => string, homeKey: string, suggested: PassageCandidate[], title: string): Promise<PassageCandidate[] | undefined> {
  const qp = vscode.window.createQuickPick<Item>();
  qp.title = title;
  qp.canSelectMany = true;
  qp.matchOnDescription = true;
  qp.placeholder = 'Tick the passages that report the claim, or type words to search every article’s sentences';
  const itemOf = new Map<string, Item>();
  const toItem = (c: PassageCandidate, searched: boolean): Item => {
    const id = `${c.key}:${c.start}:${c.end}`;
    let item = itemOf.get(id);
    if (!item) {
      item = { label: quoteWords(c.text, 90), description: `${nameOf(c.key)} · ${c.how}`, candidate: c };
      itemOf.set(id, item);
    }
    // (found by a search: shown whatever the typed words; VS Code would otherwise filter it out by its label)
    item.alwaysShow = searched;
    return item;
  };
  const show = (items: Item[]) => {
    const ticked = qp.selectedItems;
    const listed = new Set(items);
    qp.items = [...ticked.filter((t) => !listed.has(t)), ...items];
    qp.selectedItems = ticked;
  };
  show(suggested.map((c) => toItem(c, false)));
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: PassageCandidate[] | undefined) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(value);
      qp.dispose();
    };
    qp.onDidChangeValue((value) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const query = value.trim();
        if (query.length < MIN_QUERY) return show(suggested.map((c) => toItem(c, false)));
        qp.busy = true;
        const found = searchSentences(corpus, homeKey, query);
        show([...found.map((c) => toItem(c, true)), ...suggested.map((c) => toItem(c, false))]);
        qp.busy = false;
      }, SEARCH_DEBOUNCE_MS);
    });
    qp.onDidAccept(() => finish(qp.selectedItems.map((i) => i.candidate)));
    qp.onDidHide(() => finish(undefined));
    qp.show();
  });
}

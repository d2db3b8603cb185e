#!/usr/bin/env python3
"""Prints lexicon.ts: common English words from a general news corpus (run from the repo root).

A word form is common when it occurs at least 4 times in lower case and at least twice as often in
lower case as capitalised in mid-sentence. Proper nouns (Brown, China, White House) drop out.
"""
import collections, glob, re

lc = collections.Counter(); capmid = collections.Counter()
tok = re.compile(r"[A-Za-z][a-z]*(?:'[a-z]+)?|[.!?]|\n")
for f in sorted(glob.glob('bench/corpus/bbc/**/*.txt', recursive=True)):
    prev_end = True
    for m in tok.finditer(open(f, encoding='utf-8', errors='replace').read()):
        w = m.group()
        if w in '.!?\n':
            prev_end = True
            continue
        w = w.split("'")[0]
        if w.islower():
            lc[w] += 1
        elif w[0].isupper() and (len(w) == 1 or w[1:].islower()) and not prev_end:
            capmid[w.lower()] += 1
        prev_end = False
words = sorted((w for w, c in lc.items() if c >= 4 and c >= 2 * capmid[w] and len(w) > 1), key=lambda w: (-lc[w], w))
lines, cur = [], ''
for x in words:
    if len(cur) + len(x) + 1 > 120:  # 120 columns: the list stays under 700 lines (issue 16)
        lines.append(cur); cur = x
    else:
        cur = f'{cur} {x}' if cur else x
lines.append(cur)
print('''/**
 * Common English words: lower-case word forms that, in a general news corpus (the BBC News corpus in
 * bench/corpus/bbc, 2,095 articles), occur at least 4 times in lower case and at least twice as often
 * in lower case as capitalised in mid-sentence. Used to tell a capital that comes from sentence
 * position or headline case ("Despite", "Meets") from one that marks a name, and (ordered by
 * frequency) a word of every story ("time") from a telling one.
 * Regenerate with `python3 scripts/build-lexicon.py > src/core/entities/lexicon.ts`.
 */
const WORDS = `''')
print('\n'.join(lines))
print('''`;

let ranks: Map<string, number> | undefined;

/** True for a common English word (lower-case form). */
export function isCommonWord(lower: string): boolean {
  return commonWordRank(lower) >= 0;
}

/** A common English word's place by frequency (0 for "the"), or -1 for a word not in the list. */
export function commonWordRank(lower: string): number {
  if (!ranks) {
    ranks = new Map();
    for (const w of WORDS.split(/\\s+/)) if (w && !ranks.has(w)) ranks.set(w, ranks.size);
  }
  return ranks.get(lower) ?? -1;
}''')

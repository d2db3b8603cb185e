/**
 * What the linker's steps (link.ts, linkVariants.ts) share: the folder's mentions as items, each with
 * the node of the name it writes, and the union-find over nodes that joins them into entities.
 */
import type { EntityMention, MentionHint, Strength } from '../common/types';

export const RANK: Record<Strength, number> = { override: 4, known: 3, strong: 2, cue: 1, weak: 0 };

/** One mention of the folder, with its article, name key and node. */
export interface Item {
  doc: string;
  m: EntityMention;
  info: MentionHint;
  key: string;
  node: string;
  /** The mention with its folder-wide canonical and type, once linked (null: its entity is ignored). */
  linked: EntityMention | null;
}

/** A full personal name's node: how often it is written, its first and last words. */
export interface FullName {
  node: string;
  count: number;
  first: string;
  last: string;
}

/** Nodes joined into entities, with the groups the analyst said are apart (`tag`). */
export class UnionFind {
  private readonly parent = new Map<string, string>();
  /** root → (rule → which name of the rule the group holds): groups the analyst said are apart. */
  private readonly tags = new Map<string, Map<number, number>>();
  find(x: string): string {
    if (!this.parent.has(x)) {
      this.parent.set(x, x);
      return x;
    }
    let r = x;
    while (this.parent.get(r) !== r) r = this.parent.get(r)!;
    while (x !== r) {
      const n = this.parent.get(x)!;
      this.parent.set(x, r);
      x = n;
    }
    return r;
  }
  /** Marks `node` as holding name `name` of "separate" rule `rule`. */
  tag(node: string, rule: number, name: number): void {
    const r = this.find(node);
    (this.tags.get(r) ?? this.tags.set(r, new Map()).get(r)!).set(rule, name);
  }
  /** Joins two groups, unless the analyst said they are different entities. */
  union(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const ta = this.tags.get(ra);
    const tb = this.tags.get(rb);
    if (ta && tb) for (const [rule, name] of tb) if (ta.has(rule) && ta.get(rule) !== name) return false;
    this.parent.set(rb, ra);
    if (tb) {
      const merged = ta ?? this.tags.set(ra, new Map()).get(ra)!;
      for (const [rule, name] of tb) merged.set(rule, name);
      this.tags.delete(rb);
    }
    return true;
  }
}

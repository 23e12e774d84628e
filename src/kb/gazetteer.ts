import { fold } from './fold.js';

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  values: T[] | null;
}

export interface GazetteerMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly values: readonly T[];
}

/**
 * A character trie over folded names. Lookup walks the folded text from a token start and
 * reports the longest name that ends exactly on a token end, so "New Zealand" wins over "New"
 * and "Iran" never matches inside "Iranian".
 */
export class Gazetteer<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: null };
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(name: string, value: T): void {
    const key = fold(name.trim());
    if (key === '') return;
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), values: null };
        node.next.set(c, child);
      }
      node = child;
    }
    if (!node.values) {
      node.values = [];
      this.count++;
    }
    node.values.push(value);
  }

  /** Exact lookup of a whole name. */
  get(name: string): readonly T[] {
    const key = fold(name.trim());
    let node: TrieNode<T> | undefined = this.root;
    for (let i = 0; i < key.length && node; i++) node = node.next.get(key.charCodeAt(i));
    return node?.values ?? [];
  }

  /**
   * The longest entry starting at `start` in `folded` (the folded document text) that ends where
   * `isTokenEnd` says a token ends.
   */
  longestAt(folded: string, start: number, isTokenEnd: (offset: number) => boolean): GazetteerMatch<T> | null {
    let node: TrieNode<T> | undefined = this.root;
    let best: GazetteerMatch<T> | null = null;
    for (let i = start; i < folded.length; i++) {
      node = node.next.get(folded.charCodeAt(i));
      if (!node) break;
      if (node.values && isTokenEnd(i + 1)) best = { start, end: i + 1, values: node.values };
    }
    return best;
  }
}

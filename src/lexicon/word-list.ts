/**
 * Items ordered by the length of their text, longest first, ties kept in their order: the one
 * longest-first sort of the project, so a longer name is always tried before a shorter one inside it.
 */
export function longestFirst<T>(items: Iterable<T>, text: (item: T) => string): T[] {
  return [...items].map((item, i) => ({ item, i, length: text(item).length })).sort((a, b) => b.length - a.length || a.i - b.i).map(({ item }) => item);
}

/**
 * A named list of words, held longest first, so every search finds the longest member (集团有限公司
 * before 有限公司) without a caller sorting anything. Ties keep the order of the data file.
 */
export class WordList implements Iterable<string> {
  /** Members, longest first. */
  readonly words: readonly string[];
  private readonly members: ReadonlySet<string>;
  private readonly lengths: readonly number[];

  constructor(
    /** `zh/legalForms`: the language and the list's name, as errors and guards name it. */
    readonly name: string,
    words: readonly string[],
  ) {
    this.words = longestFirst(words, (word) => word);
    this.members = new Set(words);
    this.lengths = [...new Set(this.words.map((w) => w.length))];
  }

  get size(): number {
    return this.words.length;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.words[Symbol.iterator]();
  }

  has(word: string): boolean {
    return this.members.has(word);
  }

  /** The longest member that `text` ends with, leaving at least `minRest` characters before it. */
  suffixOf(text: string, minRest = 0): string | undefined {
    for (const length of this.lengths) {
      if (text.length - length < minRest) continue;
      const tail = text.slice(text.length - length);
      if (this.members.has(tail)) return tail;
    }
    return undefined;
  }

  /** Whether `text` ends with a member and holds at least `minRest` characters before it. */
  endsText(text: string, minRest = 0): boolean {
    return this.suffixOf(text, minRest) !== undefined;
  }

  /** The longest member that `text` starts with, leaving at least `minRest` characters after it. */
  prefixOf(text: string, minRest = 0): string | undefined {
    for (const length of this.lengths) {
      if (text.length - length < minRest) continue;
      const head = text.slice(0, length);
      if (this.members.has(head)) return head;
    }
    return undefined;
  }

  /** The longest member written in `text` from offset `at`. */
  at(text: string, at: number): string | undefined {
    for (const length of this.lengths) {
      if (at + length > text.length) continue;
      const word = text.slice(at, at + length);
      if (this.members.has(word)) return word;
    }
    return undefined;
  }

  /** The longest member written in `text` just before offset `end`. */
  endingAt(text: string, end: number): string | undefined {
    for (const length of this.lengths) {
      if (length > end) continue;
      const word = text.slice(end - length, end);
      if (this.members.has(word)) return word;
    }
    return undefined;
  }

  /** Whether any member occurs anywhere in `text`. */
  occursIn(text: string): boolean {
    return this.words.some((word) => text.includes(word));
  }

  /** A regular-expression alternation of the members, longest first and escaped (for a table's patterns). */
  alternation(): string {
    return this.words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  }
}

import { WutongError } from '../shared/errors';

/**
 * Items ordered by the length of their text, longest first, ties kept in their order: the one
 * longest-first sort of the project, so a longer name is always tried before a shorter one inside it.
 */
export function longestFirst<T>(items: Iterable<T>, text: (item: T) => string): T[] {
  return [...items].map((item, i) => ({ item, i, length: text(item).length })).sort((a, b) => b.length - a.length || a.i - b.i).map(({ item }) => item);
}

/** The distinct lengths of the words (longest first, as they come) by a code unit at one edge of each word. */
function lengthsByEdge(words: readonly string[], edge: (word: string) => number): Map<number, number[]> {
  const lengths = new Map<number, number[]>();
  for (const word of words) {
    const code = edge(word);
    const known = lengths.get(code);
    if (known === undefined) lengths.set(code, [word.length]);
    else if (!known.includes(word.length)) known.push(word.length);
  }
  return lengths;
}

/**
 * A named list of words, held longest first, so every search finds the longest member (集团有限公司
 * before 有限公司) without a caller sorting anything. Ties keep the order of the data file.
 */
export class WordList implements Iterable<string> {
  /** Members, longest first. */
  readonly words: readonly string[];
  private readonly members: ReadonlySet<string>;
  /**
   * The lengths of the members, longest first, by their first and by their last UTF-16 unit: a
   * search at a position whose character starts (or ends) no member costs one lookup instead of a
   * substring per length. The boilerplate pass searches every position of every article.
   */
  private readonly lengthsByFirst: ReadonlyMap<number, readonly number[]>;
  private readonly lengthsByLast: ReadonlyMap<number, readonly number[]>;

  constructor(
    /** `zh/legalForms`: the language and the list's name, as errors and guards name it. */
    readonly name: string,
    words: readonly string[],
  ) {
    // The empty word starts and ends nowhere, and would be found everywhere: no list holds it.
    if (words.includes('')) throw new WutongError('lexicon', 'EMPTY_WORD', `${name} holds the empty word`);
    this.words = longestFirst(words, (word) => word);
    this.members = new Set(words);
    this.lengthsByFirst = lengthsByEdge(this.words, (word) => word.charCodeAt(0));
    this.lengthsByLast = lengthsByEdge(this.words, (word) => word.charCodeAt(word.length - 1));
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
    for (const length of this.lengthsByLast.get(text.charCodeAt(text.length - 1)) ?? []) {
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
    for (const length of this.lengthsByFirst.get(text.charCodeAt(0)) ?? []) {
      if (text.length - length < minRest) continue;
      const head = text.slice(0, length);
      if (this.members.has(head)) return head;
    }
    return undefined;
  }

  /** The longest member written in `text` from offset `at`. */
  at(text: string, at: number): string | undefined {
    for (const length of this.lengthsByFirst.get(text.charCodeAt(at)) ?? []) {
      if (at + length > text.length) continue;
      const word = text.slice(at, at + length);
      if (this.members.has(word)) return word;
    }
    return undefined;
  }

  /** The longest member written in `text` just before offset `end`. */
  endingAt(text: string, end: number): string | undefined {
    for (const length of this.lengthsByLast.get(text.charCodeAt(end - 1)) ?? []) {
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

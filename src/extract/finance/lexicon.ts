import { readFileSync } from 'node:fs';

/** A character trie over the finance name lexicon; a node marks where a whole name ends. */
interface TrieNode {
  /** Children by UTF-16 code unit, which spares a string per character read. */
  next: Map<number, TrieNode>;
  name: boolean;
}

export interface LexiconHit {
  start: number;
  end: number;
}

export interface NameLexicon {
  has(name: string): boolean;
  /** The longest name starting at each position, left to right, never overlapping one another. */
  scan(text: string): LexiconHit[];
  /** The longest name ending exactly at `end`, if any. */
  endingAt(text: string, end: number, maxLength: number): number | undefined;
}

function buildLexicon(names: string[]): NameLexicon {
  const root: TrieNode = { next: new Map(), name: false };
  const all = new Set(names);
  for (const name of names) {
    let node = root;
    for (let k = 0; k < name.length; k += 1) {
      const code = name.charCodeAt(k);
      let child = node.next.get(code);
      if (child === undefined) node.next.set(code, (child = { next: new Map(), name: false }));
      node = child;
    }
    node.name = true;
  }
  // Most characters start no name: a table of first characters answers them without the trie.
  const starts = new Uint8Array(65536);
  for (const code of root.next.keys()) starts[code] = 1;
  const longestAt = (text: string, start: number): number => {
    if (starts[text.charCodeAt(start)] === 0) return -1;
    let node: TrieNode | undefined = root;
    let end = -1;
    for (let i = start; i < text.length && node !== undefined; i += 1) {
      node = node.next.get(text.charCodeAt(i));
      if (node?.name) end = i + 1;
    }
    return end;
  };
  return {
    has: (name) => all.has(name),
    scan(text) {
      const hits: LexiconHit[] = [];
      for (let i = 0; i < text.length; ) {
        const end = longestAt(text, i);
        // A Latin name must not be the inside of a longer Latin word (GE in GENERAL).
        const latinCut = end > 0 && (/[A-Za-z]/.test(text[i - 1] ?? '') || /[A-Za-z]/.test(text[end] ?? '')) && /[A-Za-z]/.test(text[i]!);
        if (end > 0 && !latinCut) {
          hits.push({ start: i, end });
          i = end;
        } else i += 1;
      }
      return hits;
    },
    endingAt(text, end, maxLength) {
      for (let start = Math.max(0, end - maxLength); start < end - 1; start += 1) if (all.has(text.slice(start, end))) return start;
      return undefined;
    },
  };
}

let lexicon: NameLexicon | undefined;

/** The lexicon of company names mined from finance news (scripts/mine-finance-names.ts), loaded once. */
export function financeLexicon(): NameLexicon {
  lexicon ??= buildLexicon(readFileSync(new URL('./names.txt', import.meta.url), 'utf8').split('\n').filter(Boolean));
  return lexicon;
}

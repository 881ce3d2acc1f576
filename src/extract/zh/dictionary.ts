import { FeatureTable } from '../../tagger/index';

const HASH_MASK = 0x3fffffff;
const PAIR_MASK = (1 << 20) - 1;
export const HASH_START = 0x811c9dc5 & HASH_MASK;

/** Hash steps that stay small integers, so dictionary probes are table lookups without substrings. */
export function step(h: number, code: number): number {
  return (Math.imul(h ^ code, 0x01000193) >>> 0) & HASH_MASK;
}

function pairSlot(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & PAIR_MASK;
}

/** The hash of s read from its last character to its first: suffixes are probed from where they end. */
export function backwardHash(s: string): number {
  let h = HASH_START;
  for (let i = s.length - 1; i >= 0; i--) h = step(h, s.charCodeAt(i));
  return h;
}

/**
 * Names of two characters or more, hashed, each with a value; their first two characters are kept
 * as a quick reject, so most positions of a text cost one array read.
 */
export class HashedNames {
  private readonly values: FeatureTable;
  private readonly starts = new Uint8Array(PAIR_MASK + 1);

  constructor(capacity: number) {
    this.values = new FeatureTable(capacity);
  }

  /** Adds a name unless it is there already: the first value given wins. */
  add(name: string, value: number): void {
    if (name.length < 2) return;
    let h = HASH_START;
    for (let i = 0; i < name.length; i++) h = step(h, name.charCodeAt(i));
    this.values.set(h, value);
    this.starts[pairSlot(name.charCodeAt(0), name.charCodeAt(1))] = 1;
  }

  /** Forward maximum match over text's first n positions: each longest name, left to right, none overlapping. */
  forEachLongest(text: string, n: number, maxLength: number, found: (start: number, length: number, value: number) => void): void {
    for (let i = 0; i < n; ) {
      if (i + 1 >= n || !this.starts[pairSlot(text.charCodeAt(i), text.charCodeAt(i + 1))]) {
        i++;
        continue;
      }
      let matched = 0;
      let value = 0;
      let h = step(HASH_START, text.charCodeAt(i));
      for (let len = 2; len <= maxLength && i + len <= n; len++) {
        h = step(h, text.charCodeAt(i + len - 1));
        const v = this.values.get(h);
        if (v >= 0) {
          matched = len;
          value = v;
        }
      }
      if (!matched) {
        i++;
        continue;
      }
      found(i, matched, value);
      i += matched;
    }
  }
}

/** Where a position stands in a match: 0 first, 1 inside, 2 last. */
export function placeInMatch(k: number, length: number): number {
  return k === 0 ? 0 : k === length - 1 ? 2 : 1;
}

/** A span of text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The spans of a list that overlap a stretch of text, found by binary search instead of a scan of
 * the whole list: an article-wide check per mention (does anything overlap here?) would otherwise
 * grow with the square of the article. The list must not change while the index is in use.
 */
export class SpanIndex<T extends Span> {
  /** Positions in `spans`, by start. */
  private readonly order: number[];
  /** The furthest end among the first k spans by start, for each k. */
  private readonly reach: number[];

  constructor(readonly spans: readonly T[]) {
    this.order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
    this.reach = [];
    let furthest = -Infinity;
    for (const i of this.order) this.reach.push((furthest = Math.max(furthest, spans[i]!.end)));
  }

  /** Whether some span for which `accept` holds overlaps [start, end). */
  some(start: number, end: number, accept: (span: T) => boolean = () => true): boolean {
    let found = false;
    this.walk(start, end, (i) => {
      found = accept(this.spans[i]!);
      return found;
    });
    return found;
  }

  /** The spans overlapping [start, end), in the list's own order. */
  overlapping(start: number, end: number): T[] {
    const positions: number[] = [];
    this.walk(start, end, (i) => {
      positions.push(i);
      return false;
    });
    return positions.sort((a, b) => a - b).map((i) => this.spans[i]!);
  }

  /** Visits the positions of spans overlapping [start, end) (latest start first) until `visit` says stop. */
  private walk(start: number, end: number, visit: (i: number) => boolean): void {
    // The spans starting before `end` are a prefix of the order; of those, only the ones reaching past `start` overlap.
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[this.order[mid]!]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && this.reach[k]! > start; k--) {
      const i = this.order[k]!;
      if (this.spans[i]!.end > start && visit(i)) return;
    }
  }
}

/** Positions grouped by a key (a span's start or end), each group in list order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => number, accept: (item: T) => boolean = () => true): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  items.forEach((item, i) => {
    if (!accept(item)) return;
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [i]);
    else group.push(i);
  });
  return groups;
}

/**
 * Where a piece of text starting at `start` ends when it may hold at most `max` characters: after
 * the last mark of the first class of `marks` that has one in the piece's second half (so no piece
 * comes out short), else at `max` itself, moved off the middle of a surrogate pair.
 */
export function cutPoint(text: string, start: number, max: number, marks: ReadonlyArray<ReadonlySet<string>>): number {
  const limit = Math.min(text.length, start + max);
  if (limit === text.length) return limit;
  for (const kind of marks) {
    for (let at = limit; at > start + max / 2; at--) if (kind.has(text[at - 1]!)) return at;
  }
  const code = text.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff && limit - 1 > start ? limit - 1 : limit;
}

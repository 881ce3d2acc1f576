import { zh } from '../../lexicon';
import type { Mention } from '../types';
import { groupBy, SpanIndex } from '../spans';
import type { SentenceSpan } from './sentences';

const LEGAL_FORMS = zh('legalForms');

/**
 * An article's mentions as every sentence looks them up: those inside a sentence, those overlapping
 * a stretch, the first organisation with a given head, the first opening at a position. Each lookup
 * costs a binary search or a map read, so reading sentence by sentence stays linear in the article.
 */
export class ArticleMentions {
  /** Mention indices by start, the longer first at one start. */
  private readonly order: number[];
  private readonly spans: SpanIndex<Mention>;
  private readonly byStart: Map<number, number[]>;
  private readonly withHead = new Map<string, { indices: number[]; earliest: number[] }>();

  constructor(readonly mentions: Mention[]) {
    this.order = mentions.map((_, i) => i).sort((a, b) => mentions[a]!.start - mentions[b]!.start || mentions[b]!.end - mentions[a]!.end);
    this.spans = new SpanIndex(mentions);
    this.byStart = groupBy(mentions, (m) => m.start);
  }

  /** Indices of the mentions lying wholly inside the sentence, in text order. */
  inside(sentence: SentenceSpan): number[] {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[this.order[mid]!]!.start < sentence.start) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let k = lo; k < this.order.length && this.mentions[this.order[k]!]!.start < sentence.end; k++) {
      if (this.mentions[this.order[k]!]!.end <= sentence.end) found.push(this.order[k]!);
    }
    return found;
  }

  /** Whether any mention overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    return this.spans.some(start, end);
  }

  /**
   * The first organisation (in list order) named before `before` whose name ends with a bare head
   * (湘潭市第二人民医院 for 医院); a registered name ends with its legal form after the head
   * (广东美联家居集团有限公司 for 集团).
   */
  namedWithHead(head: string, before: number): number | undefined {
    let named = this.withHead.get(head);
    if (named === undefined) {
      const indices = this.mentions.flatMap((m, i) => {
        if (m.type !== 'Institution' && m.type !== 'Company') return [];
        const name = m.text.slice(0, m.text.length - (LEGAL_FORMS.suffixOf(m.text)?.length ?? 0));
        return name.endsWith(head) && name.length > head.length ? [i] : [];
      });
      // The earliest start among the first k, for each k: the first named before a point is where it drops below it.
      let earliest = Infinity;
      named = { indices, earliest: indices.map((i) => (earliest = Math.min(earliest, this.mentions[i]!.start))) };
      this.withHead.set(head, named);
    }
    let lo = 0;
    let hi = named.indices.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (named.earliest[mid]! >= before) lo = mid + 1;
      else hi = mid;
    }
    return named.indices[lo];
  }

  /** The first mention (in list order) starting at `start` for which `accept` holds. */
  firstAt(start: number, accept: (m: Mention) => boolean): number | undefined {
    return this.byStart.get(start)?.find((i) => accept(this.mentions[i]!));
  }
}

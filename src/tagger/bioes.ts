import { WutongError } from '../shared/errors';

/** A typed span over positions of a tagged sequence, end exclusive. */
export interface Span {
  start: number;
  end: number;
  type: string;
}

const PARTS = ['B', 'I', 'E', 'S'] as const;

/**
 * Label 0 is O; type t owns labels 1+4t..4+4t for B, I, E, S. Keeping the layout arithmetic lets
 * decoding and transition constraints work on numbers only.
 */
export class BioesLabels {
  readonly types: readonly string[];
  readonly size: number;

  constructor(types: readonly string[]) {
    this.types = types;
    this.size = 1 + 4 * types.length;
  }

  label(type: string, part: (typeof PARTS)[number]): number {
    const t = this.types.indexOf(type);
    if (t < 0) throw new WutongError('tagger', 'UNKNOWN_TYPE', `unknown type ${type}`);
    return 1 + 4 * t + PARTS.indexOf(part);
  }

  name(label: number): string {
    if (label === 0) return 'O';
    return `${PARTS[(label - 1) % 4]}-${this.types[Math.floor((label - 1) / 4)]}`;
  }

  /** Whether label b may follow label a (a = -1 at the start; b = -1 at the end). */
  allowed(a: number, b: number): boolean {
    const aOpen = a > 0 && ((a - 1) % 4 === 0 || (a - 1) % 4 === 1);
    if (b === -1) return !aOpen;
    const bContinues = b > 0 && ((b - 1) % 4 === 1 || (b - 1) % 4 === 2);
    if (aOpen) return bContinues && Math.floor((a - 1) / 4) === Math.floor((b - 1) / 4);
    return !bContinues;
  }

  encode(length: number, spans: readonly Span[]): Uint8Array {
    const labels = new Uint8Array(length);
    for (const { start, end, type } of spans) {
      if (end - start === 1) {
        labels[start] = this.label(type, 'S');
        continue;
      }
      labels[start] = this.label(type, 'B');
      for (let i = start + 1; i < end - 1; i++) labels[i] = this.label(type, 'I');
      labels[end - 1] = this.label(type, 'E');
    }
    return labels;
  }

  decode(labels: ArrayLike<number>): Span[] {
    const spans: Span[] = [];
    let open = -1;
    for (let i = 0; i < labels.length; i++) {
      const label = labels[i];
      if (label === 0) {
        open = -1;
        continue;
      }
      const part = (label - 1) % 4;
      const type = this.types[Math.floor((label - 1) / 4)];
      if (part === 3) spans.push({ start: i, end: i + 1, type });
      if (part === 0) open = i;
      if (part === 2 && open >= 0) spans.push({ start: open, end: i + 1, type });
      if (part === 2 || part === 3) open = -1;
    }
    return spans;
  }
}

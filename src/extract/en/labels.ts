/** BIOES labels over the CoNLL classes; MISC is learnt (it sharpens the others) but never emitted. */
export const CLASSES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
export type NerClass = (typeof CLASSES)[number];

export const LABELS: readonly string[] = ['O', ...CLASSES.flatMap((c) => ['B', 'I', 'E', 'S'].map((p) => `${p}-${c}`))];

export interface ClassSpan {
  cls: NerClass;
  /** Token indices, end exclusive. */
  start: number;
  end: number;
}

/** Whether label `next` may follow label `prev` (undefined prev = sentence start) in BIOES. */
export function allowedTransition(prev: string | undefined, next: string): boolean {
  const prevOpen = prev !== undefined && (prev.startsWith('B-') || prev.startsWith('I-'));
  const nextContinues = next.startsWith('I-') || next.startsWith('E-');
  if (prevOpen) return nextContinues && prev.slice(2) === next.slice(2);
  return !nextContinues;
}

export function spansToLabels(length: number, spans: ClassSpan[]): string[] {
  const labels = new Array<string>(length).fill('O');
  for (const { cls, start, end } of spans) {
    if (end - start === 1) labels[start] = `S-${cls}`;
    else {
      labels[start] = `B-${cls}`;
      for (let i = start + 1; i < end - 1; i++) labels[i] = `I-${cls}`;
      labels[end - 1] = `E-${cls}`;
    }
  }
  return labels;
}

export function labelsToSpans(labels: string[]): ClassSpan[] {
  const spans: ClassSpan[] = [];
  let open: { cls: NerClass; start: number } | undefined;
  labels.forEach((label, i) => {
    const [prefix, cls] = label.split('-') as [string, NerClass | undefined];
    if (prefix === 'S' && cls) spans.push({ cls, start: i, end: i + 1 });
    if (prefix === 'B' && cls) open = { cls, start: i };
    if (prefix === 'E' && cls && open?.cls === cls) spans.push({ cls, start: open.start, end: i + 1 });
    if (prefix !== 'B' && prefix !== 'I') open = undefined;
  });
  return spans;
}

/** Splits a sentence into plain and marked pieces; marks are [start, end) offsets, sorted, not overlapping. */
export function markSegments(text: string, marks: [number, number][]): { text: string; marked: boolean }[] {
  const segments: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start < at || end > text.length || end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

import type { EntityType, Mention } from '../types';

/**
 * A name the tagger read whole in one sentence and cut in another, where the text writes it whole
 * again (青禾 of 青禾飞鸿, 禾飞鸿 of 青禾飞鸿, 钱立 of 钱立刚于上周): the article's own spelling says the
 * piece is the name there too, and it takes the name's type. The whole name must not cross another
 * mention there; the pieces inside it give way to it. A place read alone stays a place.
 */
export function withWholeReadings(text: string, mentions: Mention[]): Mention[] {
  const names = new Map<string, EntityType>();
  for (const m of mentions) if (m.simplified === undefined && !m.nested) names.set(m.text, m.type);
  const spans: Array<{ start: number; end: number; name: string }> = [];
  for (const m of mentions) {
    if (m.simplified !== undefined || m.nested) continue;
    let best: { start: number; end: number; name: string } | undefined;
    for (const name of names.keys()) {
      if (name.length <= m.text.length || (best !== undefined && name.length <= best.name.length)) continue;
      for (let k = name.indexOf(m.text); k >= 0; k = name.indexOf(m.text, k + 1)) {
        const start = m.start - k;
        if (start >= 0 && text.startsWith(name, start)) best = { start, end: start + name.length, name };
      }
    }
    if (best !== undefined && !spans.some((s) => s.start === best.start && s.end === best.end)) spans.push(best);
  }
  if (spans.length === 0) return mentions;
  const gone = new Set<Mention>();
  const added: Mention[] = [];
  // Longest first, so that a span inside a longer one taken is not taken again.
  for (const s of spans.sort((a, b) => b.end - b.start - (a.end - a.start))) {
    const touching = mentions.filter((m) => m.start < s.end && m.end > s.start);
    // Where the tagger read the whole name too, its reading stands. A place read alone is as good a
    // reading as a firm's name it opens (桂阳 of 桂阳风电: that place's wind power in its sentence).
    if (touching.some((m) => m.start === s.start && m.end === s.end)) continue;
    if (touching.length === 1 && touching[0]!.type === 'Place' && names.get(s.name) !== 'Place') continue;
    if (touching.some((m) => gone.has(m) || m.start < s.start || m.end > s.end)) continue;
    if (added.some((a) => a.start < s.end && a.end > s.start)) continue;
    for (const m of touching) gone.add(m);
    added.push({ text: s.name, type: names.get(s.name)!, start: s.start, end: s.end, rule: 'whole-reading' });
  }
  if (added.length === 0) return mentions;
  return [...mentions.filter((m) => !gone.has(m)), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

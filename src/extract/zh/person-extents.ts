import type { Mention } from '../types';

const HAN = /^[\u4e00-\u9fff]+$/;

/** Where `word` is written in `text`, each start. */
function occurrences(text: string, word: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) at.push(i);
  return at;
}

/**
 * A person's name the tagger cut short in one sentence and read whole in another (罗冰 of 罗冰生于上周,
 * the tagger taking 生于 for a word), or ran on into the next word (张毅却 beside 张毅): of two readings
 * one character apart, the article's own spelling decides. When every occurrence of the shorter one is
 * followed by that character, the longer is the name and each short reading is made whole; when the
 * shorter one is also written before another character, it is the name and each longer reading is cut
 * back to it.
 */
export function withPersonExtents(text: string, mentions: Mention[]): Mention[] {
  const people = new Set(mentions.filter((m) => m.type === 'Person' && HAN.test(m.text)).map((m) => m.text));
  const whole = new Map<string, string>(); // short reading → the name it is a piece of
  const cut = new Map<string, string>(); // long reading → the name it runs on from
  for (const short of people) {
    for (const long of people) {
      if (long.length !== short.length + 1 || !long.startsWith(short)) continue;
      const tail = long[short.length]!;
      const next = occurrences(text, short).map((i) => text[i + short.length]);
      if (next.every((ch) => ch === tail)) whole.set(short, long);
      else cut.set(long, short);
    }
  }
  if (whole.size === 0 && cut.size === 0) return mentions;
  const starts = new Set(mentions.map((m) => m.start));
  let changed = false;
  const out = mentions.map((m): Mention => {
    // A traditional article's reading keys the name too (simplified); it is left as the tagger read it.
    if (m.type !== 'Person' || m.simplified !== undefined) return m;
    const long = whole.get(m.text);
    // Made whole only where the next character is no other mention's start.
    if (long !== undefined && !starts.has(m.end)) {
      changed = true;
      return { ...m, text: long, end: m.start + long.length, rule: 'person-extent' };
    }
    const short = cut.get(m.text);
    if (short === undefined) return m;
    changed = true;
    return { ...m, text: short, end: m.start + short.length, rule: 'person-extent' };
  });
  return changed ? out : mentions;
}

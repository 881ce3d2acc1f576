import type { Mention } from '../types';

const HAN = /^[\u4e00-\u9fff]+$/;

/** What follows each place where `word` is written in `text`. */
function followers(text: string, word: string): string[] {
  const next: string[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) next.push(text[i + word.length] ?? '');
  return next;
}

/**
 * A person's name the tagger ran on into the next word in one sentence (邹明却, 钱立曾) and read alone
 * in another: of two readings one character apart, the shorter is the name when the article also
 * writes it before another character, and each longer reading is cut back to it. (When the shorter
 * one is always written before that character, it is a piece of the longer name: whole-readings.)
 */
export function withPersonExtents(text: string, mentions: Mention[]): Mention[] {
  const people = new Set(mentions.filter((m) => m.type === 'Person' && HAN.test(m.text)).map((m) => m.text));
  const cut = new Map<string, string>(); // long reading → the name it runs on from
  for (const short of people) {
    for (const long of people) {
      if (long.length !== short.length + 1 || !long.startsWith(short)) continue;
      if (followers(text, short).some((ch) => ch !== long[short.length])) cut.set(long, short);
    }
  }
  if (cut.size === 0) return mentions;
  return mentions.map((m): Mention => {
    const short = m.type === 'Person' && m.simplified === undefined ? cut.get(m.text) : undefined;
    return short === undefined ? m : { ...m, text: short, end: m.start + short.length, rule: 'person-extent' };
  });
}

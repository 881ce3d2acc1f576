import type { Mention } from '../types';

/** Brackets a name's original is written in, after the name (迪恩·麦克卡隆(Dean McCarron)). */
const OPENING = new Set(['(', '（']);
const CLOSING = new Set([')', '）']);
const LATIN = /^[A-Za-z][A-Za-z .'&-]*$/u;
const HAN = /\p{Script=Han}/u;

/**
 * A Latin name in brackets right after a Chinese name is that name's original (瑞贝卡-史密斯(Rebecca
 * Smith), 青禾矿业公司(Qinghe Mining)): it takes the Chinese name's type, where the tagger, which sees
 * little English, read a person's original as a firm. The bracket must hold the name alone.
 */
export function withBracketedOriginals(text: string, mentions: Mention[]): Mention[] {
  const endingAt = new Map<number, Mention>();
  for (const m of mentions) if (!m.nested && HAN.test(m.text)) endingAt.set(m.end, m);
  let changed = false;
  const out = mentions.map((m) => {
    if (m.nested || !LATIN.test(m.text) || !OPENING.has(text[m.start - 1] ?? '') || !CLOSING.has(text[m.end] ?? '')) return m;
    const chinese = endingAt.get(m.start - 1);
    if (chinese === undefined || chinese.type === m.type) return m;
    changed = true;
    return { ...m, type: chinese.type, rule: 'bracketed-original' };
  });
  return changed ? out : mentions;
}

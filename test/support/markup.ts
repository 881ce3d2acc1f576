import type { EntityType, Mention } from '../../src/extract/types';

const TYPES: Record<string, EntityType> = { C: 'Company', I: 'Institution', P: 'Person', L: 'Place' };

/** `[湖南鑫能实业|C]与[郴州经开区|L]签约` → the plain text and its mentions (C, I, P, L for the four types). */
export function parseMarkup(markup: string): { text: string; mentions: Mention[] } {
  const mentions: Mention[] = [];
  let text = '';
  for (const part of markup.split(/(\[[^\]|]+\|[CIPL]\])/)) {
    const m = /^\[([^\]|]+)\|([CIPL])\]$/.exec(part);
    if (m === null) {
      text += part;
      continue;
    }
    mentions.push({ text: m[1]!, type: TYPES[m[2]!]!, start: text.length, end: text.length + m[1]!.length });
    text += m[1]!;
  }
  return { text, mentions };
}

import { zh } from '../../lexicon';
import type { Mention } from '../types';

const KINDS = [zh('kindNouns'), zh('genericKinds')];
/** A description of a firm's kind, not its name: business words and modifiers only before a kind noun (电力公司, 跨国制药企业, 五大集团). */
const DESCRIPTION = new RegExp(`^(?:(?:${zh('industryWords').alternation()}|${zh('genericModifiers').alternation()})+|[一二三四五六七八九十两几多数]+大)$`, 'u');

/**
 * A firm's mention that only describes a firm (电力公司, 标的公司, 跨国制药企业, 五大集团): business
 * words and modifiers and no name before a kind noun. The annotation rules make generic words no
 * entities; a name holds a word of its own (青禾电力公司, 某国电力公司).
 */
export function withoutGenericDescriptions(mentions: Mention[]): Mention[] {
  const kept = mentions.filter((m) => m.type !== 'Company' || !describesOnly(m.text));
  return kept.length === mentions.length ? mentions : kept;
}

function describesOnly(name: string): boolean {
  for (const kinds of KINDS) {
    const kind = kinds.suffixOf(name, 1);
    if (kind !== undefined && DESCRIPTION.test(name.slice(0, -kind.length))) return true;
  }
  return false;
}

import type { EntityType, Mention } from '../types';

const ORGANISATIONS: readonly EntityType[] = ['Company', 'Institution'];

/**
 * One name, one type within an article, where a firm's name was read as a person's: a three-character
 * brand such as 富创伟 looks like a given name to the tagger in one sentence and is framed as a
 * company in another. A name read as an organisation at least as often as a person is an
 * organisation throughout (the type it has most). A person's name read once as a firm stays a person
 * where the tagger said so, since articles do name founders and their firms alike (李宁, 李宁公司).
 */
export function unifiedTypes(mentions: Mention[]): Mention[] {
  const counts = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    const byType = counts.get(m.text) ?? new Map<EntityType, number>();
    byType.set(m.type, (byType.get(m.type) ?? 0) + 1);
    counts.set(m.text, byType);
  }
  return mentions.map((m) => {
    if (m.type !== 'Person') return m;
    const byType = counts.get(m.text)!;
    const org = ORGANISATIONS.map((t) => [t, byType.get(t) ?? 0] as const).sort((a, b) => b[1] - a[1])[0]!;
    return org[1] >= (byType.get('Person') ?? 0) ? { ...m, type: org[0] } : m;
  });
}

import { z } from 'zod';
import { CO_MENTIONED, TYPED_RELATIONS } from '../../lexicon';
import { readJson } from '../../shared/data';
import { WutongError } from '../../shared/errors';
import { RULE_ID, type BetweenRows, type SentenceSpan } from '../relations';
import { ENTITY_TYPES, type EntityType, type Mention, type Relation } from '../types';

interface RelationPattern {
  /** The row's name, stamped on the relations it types (provenance). */
  id: string;
  type: string;
  source: EntityType[];
  target: EntityType[];
  between: RegExp;
  after?: RegExp;
  reverse: boolean;
}

const entityType = z.enum(ENTITY_TYPES as unknown as [EntityType, ...EntityType[]]);
const table = readJson(new URL('./relations.json', import.meta.url), z.object({
  comment: z.string().optional(),
  patterns: z.array(z.object({
    id: z.string().regex(RULE_ID, 'lowercase words joined by hyphens'),
    type: z.string().refine((type) => TYPED_RELATIONS.includes(type), 'no statement type of src/lexicon/relation-types.json'),
    source: z.array(entityType),
    target: z.array(entityType),
    between: z.string(),
    after: z.string().optional(),
    reverse: z.boolean().optional(),
    // Not held to the registry's argument types: "Changsha, Hunan" is PART_OF between two places
    // here (a labelled case of index.test.ts), where the registry and the Chinese rows say LOCATED_IN.
  })),
  anaphoricPosts: z.object({ comment: z.string().optional(), after: z.string(), companyNouns: z.array(z.string()) }),
}), 'extract');
const rows = table.patterns;
const duplicate = rows.find((row, k) => rows.findIndex((other) => other.id === row.id) !== k);
if (duplicate !== undefined) throw new WutongError('extract', 'BAD_PATTERN', `src/extract/en/relations.json: id ${duplicate.id} names two rows`);
const ANAPHORIC_AFTER = new RegExp(table.anaphoricPosts.after, 'iu');
const ANAPHORIC_CONFIDENCE = 0.7;
/** The rule of a post said of "the company" the article is about (…, the company's Asia director). */
export const ANAPHORIC_POST_RULE = 'en-anaphoric-post';
const patterns: RelationPattern[] = rows.map((row) => ({
  ...row,
  between: new RegExp(row.between, 'iu'),
  after: row.after === undefined ? undefined : new RegExp(row.after, 'iu'),
  reverse: row.reverse ?? false,
}));

const TYPED_CONFIDENCE = 0.8;

/**
 * The English rows that type a pair by the text between its names, for the relation engine
 * (extractRelations' betweenRows): for each ordered pair of the sentence, the first row whose
 * `between` (and `after`) match types it. Pairs no row reads are left to the engine's pattern
 * table and then its co-mentions.
 */
export const betweenRelations: BetweenRows = (text, sentence, mentions, inSentence) => {
  const indices = [...inSentence].sort((i, j) => mentions[i]!.start - mentions[j]!.start || i - j);
  const relations: Relation[] = [];
  const evidence = { start: sentence.start, end: sentence.end };
  for (let a = 0; a < indices.length; a++) {
    for (let b = a + 1; b < indices.length; b++) {
      const [first, second] = [mentions[indices[a]!]!, mentions[indices[b]!]!];
      if (first.text === second.text) continue;
      const between = text.slice(first.end, second.start);
      const after = text.slice(second.end, sentence.end);
      const typedBy = patterns.find((pattern) => {
        const [source, target] = pattern.reverse ? [second, first] : [first, second];
        return pattern.source.includes(source.type) && pattern.target.includes(target.type) &&
          pattern.between.test(between) && (pattern.after === undefined || pattern.after.test(after));
      });
      if (typedBy === undefined) continue;
      const post = typedBy.between.exec(between)?.groups?.post;
      const [source, target] = typedBy.reverse ? [indices[b]!, indices[a]!] : [indices[a]!, indices[b]!];
      relations.push({ source, target, type: typedBy.type, ...evidence, confidence: TYPED_CONFIDENCE, rule: typedBy.id, ...(post ? { props: { post } } : {}) });
    }
  }
  return relations;
};

/**
 * The organisation of a type that an article is about up to a point: the one it names most often
 * before, the first of those on a tie. "The company" in news points back to the firm the lead
 * introduced, whatever partner the sentences in between name.
 */
function mainOrganisation(mentions: Mention[], type: EntityType, before: number): number | undefined {
  const counts = new Map<string, { first: number; count: number }>();
  for (const [j, m] of mentions.entries()) {
    if (m.type !== type || m.end > before) continue;
    const entry = counts.get(m.text) ?? { first: j, count: 0 };
    entry.count += 1;
    counts.set(m.text, entry);
  }
  let best: { first: number; count: number } | undefined;
  for (const entry of counts.values()) if (best === undefined || entry.count > best.count) best = entry;
  return best?.first;
}

/**
 * "…," said Pieter van Dijk, the company's Asia director: the person works at the company (or, for
 * a hospital or a university, the institution) the article is about so far. The post goes on the
 * relation; a co-mention of the same pair in the sentence gives way.
 */
export function anaphoricPosts(text: string, sentences: readonly SentenceSpan[], mentions: Mention[], relations: Relation[]): Relation[] {
  const { companyNouns } = table.anaphoricPosts;
  const added: Relation[] = [];
  for (const sentence of sentences) {
    for (const [i, person] of mentions.entries()) {
      if (person.type !== 'Person' || person.start < sentence.start || person.end > sentence.end) continue;
      const found = ANAPHORIC_AFTER.exec(text.slice(person.end, sentence.end))?.groups;
      if (found === undefined) continue;
      const wanted: EntityType = companyNouns.includes(found.noun!.toLowerCase()) ? 'Company' : 'Institution';
      const employer = mainOrganisation(mentions, wanted, person.start);
      if (employer === undefined) continue;
      added.push({ source: i, target: employer, type: 'WORKS_AT', start: sentence.start, end: sentence.end, confidence: ANAPHORIC_CONFIDENCE, props: { post: found.post! }, rule: ANAPHORIC_POST_RULE });
    }
  }
  const pair = (r: Relation): string => [r.source, r.target].sort((a, b) => a - b).join(':');
  const taken = new Set(added.map((r) => `${pair(r)}@${r.start}`));
  return [...relations.filter((r) => !(r.type === CO_MENTIONED && taken.has(`${pair(r)}@${r.start}`))), ...added];
}

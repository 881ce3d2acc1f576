import { relationOptions, type NestedPass, type RelationPass } from '../passes';
import { extractRelations, postsBeforeNames, withNamedParents } from '../relations';
import { anaphoricPosts, betweenRelations } from './relations';

/**
 * The English relation passes, in the order they run: the relation engine Chinese uses too (the
 * English rows of relations/patterns.json, the en block of grammar.json, amounts and dates), with
 * the rows of en/relations.json typing the pairs the pattern table leaves untyped, then the posts
 * said of "the company".
 */
export const RELATION_PASSES: readonly RelationPass[] = [
  {
    id: 'sentence-relations',
    doc: 'Pattern rows, then the between-names rows of en/relations.json, then co-mentions, sentence by sentence.',
    run: (ctx, mentions) => extractRelations(ctx.text, mentions, 'en', { ...relationOptions(ctx), betweenRows: betweenRelations }),
  },
  {
    id: 'anaphoric-posts',
    doc: 'A post said of "the company" (…, the company\'s Asia director) is held at the organisation the article is about.',
    run: (ctx, mentions, relations) => anaphoricPosts(ctx.text, ctx.sentences, mentions, relations),
  },
  {
    id: 'post-before-name',
    doc: 'A title written before a name (Mayor Li Wei) goes on the person\'s WORKS_AT, or on a new one to the organisation right before.',
    run: (ctx, mentions, relations) => postsBeforeNames(mentions, relations, ctx.sentences, 'en'),
  },
];

/** Last, what the names themselves state: a Chinese unit's name quoted in English text names its parent as it does in Chinese. */
export const NESTED_PASSES: readonly NestedPass[] = [
  {
    id: 'named-parent',
    doc: 'A unit whose Chinese name starts with its parent\'s (某某大学附属医院) is PART_OF that parent, named by a nested mention.',
    run: (ctx, extraction) => withNamedParents(extraction, ctx.sentences),
  },
];

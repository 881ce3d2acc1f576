import type { ArticleContext } from './context';
import type { Extraction, Mention, Relation } from './types';

/**
 * One named step after a recogniser: it reads the article's context and the mentions so far and
 * returns them changed. A mention it makes or changes names its rule (provenance); `id` names the step.
 */
export interface MentionPass {
  id: string;
  /** What the pass does and why, in a line. */
  doc: string;
  /** Whether the pass applies to this article (a pass for one style of news); every article when absent. */
  when?: (ctx: ArticleContext) => boolean;
  run(ctx: ArticleContext, mentions: Mention[]): Mention[];
}

/** One named step of relation finding: it reads the context, the final mentions and the relations so far. */
export interface RelationPass {
  id: string;
  doc: string;
  when?: (ctx: ArticleContext) => boolean;
  run(ctx: ArticleContext, mentions: Mention[], relations: Relation[]): Relation[];
}

/**
 * One named step after the relation passes, reading what the names themselves state: it may add
 * nested mentions (names read inside a mention, marked `nested`) and the relations to them. It runs
 * last, so no other pass reads what it adds.
 */
export interface NestedPass {
  id: string;
  doc: string;
  run(ctx: ArticleContext, extraction: Extraction): Extraction;
}

/** Runs the passes in their listed order. */
export function runMentionPasses(passes: readonly MentionPass[], ctx: ArticleContext, mentions: Mention[]): Mention[] {
  return passes.reduce((found, pass) => (pass.when === undefined || pass.when(ctx) ? pass.run(ctx, found) : found), mentions);
}

/** Runs the relation passes in their listed order, starting from none. */
export function runRelationPasses(passes: readonly RelationPass[], ctx: ArticleContext, mentions: Mention[]): Relation[] {
  return passes.reduce<Relation[]>((found, pass) => (pass.when === undefined || pass.when(ctx) ? pass.run(ctx, mentions, found) : found), []);
}

/** Runs the nested passes in their listed order. */
export function runNestedPasses(passes: readonly NestedPass[], ctx: ArticleContext, extraction: Extraction): Extraction {
  return passes.reduce((found, pass) => pass.run(ctx, found), extraction);
}

/** The relation engine's options from an article's context: its date and the sentences already split. */
export function relationOptions(ctx: ArticleContext): { published?: string; sentences: ArticleContext['sentences'] } {
  return { sentences: ctx.sentences, ...(ctx.published === undefined ? {} : { published: ctx.published }) };
}

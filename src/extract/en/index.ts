import type { Extraction, Extractor, Mention } from '../types';
import { articleContext, type ArticleContext } from '../context';
import { runRelationPasses } from '../passes';
import { alignShortNames } from './consistency';
import { sentenceMentions } from './mentions';
import { RELATION_PASSES } from './passes';
import { sentenceTokens, tokenize } from './tokenize';

export { namesNaturalFeature } from './names';
export { NESTED_PASSES, RELATION_PASSES } from './passes';

/**
 * The type the English tagger gives a Latin name read alone, when it reads the name whole as one
 * mention (Tim Reed → Person): what English text would make of a name another extractor met.
 */
export function englishReadingOf(name: string): Mention['type'] | undefined {
  const mentions = sentenceTokens(name, tokenize(name)).flatMap((tokens) => sentenceMentions(name, tokens));
  return mentions.length === 1 && mentions[0]?.start === 0 && mentions[0].end === name.length ? mentions[0].type : undefined;
}

/** The English extractor, which also gives its mentions alone for the default extractor's passes. */
export interface EnglishExtractor extends Extractor {
  mentions(ctx: ArticleContext): Mention[];
}

/**
 * English extractor: an averaged-perceptron tagger trained on CoNLL-2003 (with compromise's lexicon
 * as gazetteer features), refined by company-form and institution rules, one type per short name
 * across the article, then the relation passes of en/passes.ts.
 */
export function createEnglishExtractor(): EnglishExtractor {
  const mentions = ({ text }: ArticleContext): Mention[] => alignShortNames(sentenceTokens(text, tokenize(text)).flatMap((tokens) => sentenceMentions(text, tokens)));
  return {
    name: 'en',
    mentions,
    async extract({ text, published }): Promise<Extraction> {
      const ctx = articleContext({ text, lang: 'en', ...(published === undefined ? {} : { published }) });
      const entities = mentions(ctx);
      return { entities, relations: runRelationPasses(RELATION_PASSES, ctx, entities) };
    },
  };
}

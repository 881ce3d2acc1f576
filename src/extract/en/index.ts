import type { Extraction, Extractor, Relation } from '../types';
import { alignShortNames } from './consistency';
import { sentenceMentions } from './mentions';
import { anaphoricPosts, sentenceRelations } from './relations';
import { sentenceTokens, tokenize } from './tokenize';

export { namesNaturalFeature } from './names';

/**
 * English extractor: an averaged-perceptron tagger trained on CoNLL-2003 (with compromise's lexicon
 * as gazetteer features), refined by company-form and institution rules, plus pattern relations.
 */
export function createEnglishExtractor(): Extractor {
  return {
    name: 'en',
    async extract({ text }): Promise<Extraction> {
      const sentences = sentenceTokens(text, tokenize(text)).map((tokens) => ({
        start: tokens[0].start,
        end: tokens[tokens.length - 1].end,
        mentions: sentenceMentions(text, tokens),
      }));
      const entities = alignShortNames(sentences.flatMap((s) => s.mentions));
      const relations: Relation[] = [];
      let first = 0;
      const indexed = sentences.map((sentence) => {
        const indices = sentence.mentions.map((_, k) => first + k);
        first += sentence.mentions.length;
        relations.push(...sentenceRelations(text, sentence, entities, indices));
        return { start: sentence.start, end: sentence.end, indices };
      });
      return { entities, relations: anaphoricPosts(text, indexed, entities, relations) };
    },
  };
}

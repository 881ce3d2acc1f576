import type { EntityType, Extraction, Extractor, ExtractInput, Mention } from '../types';
import { tagWords } from './segment';

const POS_TYPES: Record<string, EntityType> = { nr: 'Person', ns: 'Place', nt: 'Institution' };

/** The naive baseline the issue measures against: every jieba word tagged nr/ns/nt is a mention. */
export function createNaiveJiebaExtractor(): Extractor {
  return {
    name: 'jieba-pos',
    async extract({ text }: ExtractInput): Promise<Extraction> {
      const entities: Mention[] = [];
      for (const { word, tag, start, end } of tagWords(text)) {
        const type = POS_TYPES[tag];
        if (type) entities.push({ text: word, type, start, end, rule: 'jieba-pos' });
      }
      return { entities, relations: [] };
    },
  };
}

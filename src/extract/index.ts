import type { Extraction, Extractor, ExtractInput } from './types';
import { completeLists, createChineseExtractor, unifiedTypes, type ChineseExtractorOptions } from './zh';
import { createEnglishExtractor } from './en';
import { extractRelations } from './relations';
import { withFinanceMentions } from './finance';
import { detectLanguage } from './language';
import { extractionVersion } from './version';

export type { EntityType, Extraction, Extractor, ExtractInput, Mention, Relation, RelationProps } from './types';
export { ENTITY_TYPES } from './types';
export { detectLanguage } from './language';
export { extractionVersion } from './version';
export { splitSentences } from './relations';

export interface ExtractorOptions {
  /** Force one language instead of detecting it per input. */
  lang?: 'zh' | 'en';
  /** Model files for the Chinese tagger (evaluation compares models through the whole extractor). */
  zh?: ChineseExtractorOptions;
}

/**
 * The default extractor: picks the Chinese or English recogniser per input (its `lang`, the
 * option, or detection), adds the short company names of business news (Chinese), then relations
 * from the pattern table and pair model where the recogniser gave none.
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const byLang = { zh: createChineseExtractor(options.zh), en: createEnglishExtractor() };
  return {
    name: 'rules',
    get version(): string {
      return extractionVersion();
    },
    prime(texts: readonly string[]): void {
      byLang.zh.prime?.(texts.filter((text) => (options.lang ?? detectLanguage(text)) === 'zh'));
    },
    async extract(input: ExtractInput): Promise<Extraction> {
      const lang = input.lang ?? options.lang ?? detectLanguage(input.text);
      const base = await byLang[lang].extract({ ...input, lang });
      if (base.relations.length > 0) return base;
      // Business news names listed companies by short forms the tagger misses; the finance layer adds them.
      // A list is read again once its names have their article-wide types (富创伟 framed as a firm elsewhere).
      const entities = lang === 'zh' ? completeLists(input.text, unifiedTypes(withFinanceMentions(input.text, base.entities))) : base.entities;
      const relations = extractRelations(input.text, entities, lang, input.published ? { published: input.published } : {});
      return { entities, relations };
    },
  };
}

import type { Extraction, Extractor, ExtractInput } from './types';
import { ARTICLE_PASSES, createChineseExtractor, NESTED_PASSES, relationPasses, simplifiedReading, verifierPasses, type ChineseExtractorOptions, type GroupReader } from './zh';
import { createEnglishExtractor, NESTED_PASSES as EN_NESTED_PASSES, RELATION_PASSES as EN_RELATION_PASSES } from './en';
import type { PairModel } from './relations/pair-model';
import { articleContext } from './context';
import { runMentionPasses, runNestedPasses, runRelationPasses } from './passes';
import { detectLanguage } from '../shared/language';
import { moduleOf, versionOf } from './version';
import { inBoundedChunks } from './chunks';
import { maskBoilerplate } from './boilerplate';
import { beforeBoilerplate, inOwnScript, withoutEdgeSpaces } from './surfaces';

export type { EntityType, Extraction, Extractor, ExtractorRecipe, ExtractInput, Mention, Relation, RelationProps } from './types';
export { ENTITY_TYPES } from './types';
export { detectLanguage } from '../shared/language';
export { inputsOf, moduleOf, versionOf } from './version';
export { splitSentences } from './relations';
export { boundedChunks, inBoundedChunks, MAX_CHUNK } from './chunks';
export { keepMentions, textMentions } from './kept';
export { isEnglishWordOrNoun } from './zh/latin-words';
export { isCommonWord } from './zh/common-words';

export interface ExtractorOptions {
  /** Force one language instead of detecting it per input. */
  lang?: 'zh' | 'en';
  /** Model files for the Chinese tagger (evaluation compares models through the whole extractor). */
  zh?: ChineseExtractorOptions;
  /**
   * The link model that reads the Chinese relation passes' pairs last (see relations/link-model.ts):
   * the trained one by default; false leaves the passes' relations as they proposed them (training
   * the model reads those).
   */
  links?: PairModel | false;
  /**
   * The mention verifier that reads the Chinese names of regional business news last (see
   * zh/mention-verifier.ts): the trained one by default; false leaves the names as the passes read
   * them (training the verifier reads those, and scores its held-out readings through a reader).
   */
  verifier?: GroupReader | false;
}

/**
 * The default extractor: picks the Chinese or English recogniser per input (its `lang`, the
 * option, or detection), builds one context for the article, runs the language's mention passes
 * on what the recogniser found, then its relation passes (one relation engine for both languages).
 * A text longer than MAX_CHUNK is read in chunks (see inBoundedChunks).
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const byLang = { zh: createChineseExtractor(options.zh), en: createEnglishExtractor() };
  // The passes of each language are listed in order, with why each is there, in zh/passes.ts and en/passes.ts.
  const passes = {
    zh: { mentions: [...ARTICLE_PASSES, ...verifierPasses(options.verifier)], relations: relationPasses(options.links), nested: NESTED_PASSES },
    en: { mentions: [], relations: EN_RELATION_PASSES, nested: EN_NESTED_PASSES },
  };
  return inBoundedChunks({
    name: 'rules',
    // The files this module and its imports read (not the LLM's prompts), so only they re-extract its articles.
    get version(): string {
      return versionOf([moduleOf(import.meta.url)]);
    },
    recipe: { module: import.meta.url, factory: 'createExtractor', options },
    prime(texts: readonly string[]): void {
      byLang.zh.prime?.(texts.filter((text) => (options.lang ?? detectLanguage(text)) === 'zh'));
    },
    async extract(input: ExtractInput): Promise<Extraction> {
      const lang = input.lang ?? options.lang ?? detectLanguage(input.text);
      // Script, URLs and datelines are blanked first, offset for offset: nothing in them is a name.
      const prose = maskBoilerplate(input.text);
      // A traditional article is read in simplified characters, offset for offset; names keep their own script.
      const reading = lang === 'zh' ? simplifiedReading(prose) : undefined;
      const text = reading ?? prose;
      const style = lang === 'zh' ? byLang.zh.styleOf(text) : undefined;
      const ctx = articleContext({ text, lang, ...(input.published ? { published: input.published } : {}), ...(style === undefined ? {} : { style }) });
      const entities = runMentionPasses(passes[lang].mentions, ctx, byLang[lang].mentions(ctx));
      const found = withoutEdgeSpaces(beforeBoilerplate({ entities, relations: runRelationPasses(passes[lang].relations, ctx, entities) }, input.text, prose), text);
      return inOwnScript(runNestedPasses(passes[lang].nested, ctx, found), input.text, reading);
    },
  });
}

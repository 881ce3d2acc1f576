import type { EntityType, Extraction, Extractor, ExtractInput, Mention } from '../types';
import { ruleMentions } from './rules';
import { articleContext, type ArticleContext } from '../context';
import { runMentionPasses } from '../passes';
import { TAGGER_PASSES } from './passes';
import { DEFAULT_FINANCE_STYLE_PATH, DEFAULT_MODEL_PATH, DEFAULT_NEWS_STYLE_PATH, DEFAULT_STYLE_PATH } from './model-path';
import type { TextStyle } from './features';
import { classifyStyle, sourcePrior, styleScore } from './style';
import { WutongError } from '../../shared/errors';
import { loadModel, loadStyleClassifier, taggerMentions } from './tagger-extractor';

export { knownCompanies, nerSplits, orgType, readCharTagged, readFinreNames, readFinreRows, type CharTaggedSentence, type FinreRow, type GoldSentence, type NerSplits, type PartialSentence } from './corpora';
export { chineseFeatures, FEATURES_PER_POSITION, FEATURE_VERSION, type TextStyle } from './features';
export { classifyStyle, trainStyleClassifier, writeStyleFile } from './style';
export { DEFAULT_ENTITIES_PATH, DEFAULT_FINANCE_STYLE_PATH, DEFAULT_MODEL_PATH, DEFAULT_NEWS_STYLE_PATH, DEFAULT_STYLE_PATH } from './model-path';
export { entityLexicon, mineEntities, writeEntityFile } from './entity-lexicon';
export { genericWords, surelyOutside } from './outside';
export { loadModel, taggerMentions } from './tagger-extractor';
export { createNaiveJiebaExtractor } from './naive';
export { unifiedTypes, withRepeatedNames, withShortForms } from './consistency';
export { completeLists } from './lists';
export { simplifiedReading } from './script';
export { ARTICLE_PASSES, NESTED_PASSES, relationPasses, TAGGER_PASSES, verifierPasses } from './passes';
export { decide, MENTION_CLASSES, MENTION_MODEL, NO_ENTITY, type GroupReader, type MentionGroup, type MentionModel } from './mention-verifier';

/** The label set the tagger is trained on; MSRA ORG is split into the last two. */
export const ENTITY_TYPES_FOR_TAGGER: readonly EntityType[] = ['Person', 'Place', 'Company', 'Institution'];

export interface ChineseExtractorOptions {
  /** 'tagger' (default): the trained character tagger; 'rules': jieba, gazetteer and suffix rules only. */
  method?: 'tagger' | 'rules';
  /** A model file written by `npm run train`; the committed models/zh-ner.bin by default. */
  modelPath?: string;
  /**
   * Which annotation conventions the tagger follows: 'print' (People's Daily: every place name),
   * 'web' (Sina/CLUENER: places mostly as addresses), 'finance' (FinRE: companies by their short
   * names) or 'auto' (default): classifiers trained on the corpora pick one per input text.
   */
  style?: TextStyle | 'auto';
  stylePath?: string;
  /** The finance-or-not classifier; a text it reads as finance news gets the finance table. */
  financeStylePath?: string;
  /** The news-or-not classifier; a text it reads as regional business news (the users' genre) gets the news table. */
  newsStylePath?: string;
}

/**
 * How surely a text must read as finance news to get the finance table, which reads every name as
 * a company: a short line (a byline, a headline) scores near zero either way. FinRE sentences score
 * 24 or more in 95 of 100 alone, and their batch adds some 200; other news stays far below.
 */
const FINANCE_MARGIN = 50;

/** The Chinese extractor, which also says which annotation conventions (style) it reads a text by. */
export interface ChineseExtractor extends Extractor {
  /** The style the tagger reads the text in (after priming, as extract would); undefined for the rules. */
  styleOf(text: string): TextStyle | undefined;
  /** The mentions of an article whose context holds the style styleOf gave: the recogniser, then TAGGER_PASSES. */
  mentions(ctx: ArticleContext): Mention[];
}

/** The default Chinese extractor; relations are added by the caller's relation stage. */
export function createChineseExtractor(options: ChineseExtractorOptions = {}): ChineseExtractor {
  const method = options.method ?? 'tagger';
  const modelPath = options.modelPath ?? DEFAULT_MODEL_PATH;
  const stylePath = options.stylePath ?? DEFAULT_STYLE_PATH;
  const financePath = options.financeStylePath ?? DEFAULT_FINANCE_STYLE_PATH;
  const newsPath = options.newsStylePath ?? DEFAULT_NEWS_STYLE_PATH;
  const chosen = options.style ?? 'auto';
  let prior = 0;
  let financePrior = 0;
  let newsPrior = 0;
  const autoStyle = (text: string): TextStyle => {
    if (styleScore(loadStyleClassifier(financePath), text) + financePrior > FINANCE_MARGIN) return 'finance';
    if (styleScore(loadStyleClassifier(newsPath), text) + newsPrior > 0) return 'news';
    return classifyStyle(loadStyleClassifier(stylePath), text, prior);
  };
  const styleOf = (text: string): TextStyle | undefined => {
    if (method !== 'tagger') return undefined;
    return chosen === 'auto' ? autoStyle(text) : chosen;
  };
  const mentions = (ctx: ArticleContext): Mention[] => {
    if (method === 'rules') return ruleMentions(ctx.text, ctx.words);
    if (ctx.style === undefined) throw new WutongError('extract', 'EXTRACT_NO_STYLE', 'the Chinese tagger needs the style styleOf gives in the article context');
    return runMentionPasses(TAGGER_PASSES, ctx, taggerMentions(loadModel(modelPath, ctx.style), ctx.text, `tagger:${ctx.style}`, ctx.words));
  };
  return {
    name: method === 'tagger' && chosen !== 'auto' ? `zh-tagger-${chosen}` : `zh-${method}`,
    styleOf,
    mentions,
    prime(texts: readonly string[]): void {
      if (method !== 'tagger' || chosen !== 'auto') return;
      prior = sourcePrior(loadStyleClassifier(stylePath), texts);
      financePrior = sourcePrior(loadStyleClassifier(financePath), texts);
      newsPrior = sourcePrior(loadStyleClassifier(newsPath), texts);
    },
    async extract({ text, published }: ExtractInput): Promise<Extraction> {
      const style = styleOf(text);
      const ctx = articleContext({ text, lang: 'zh', ...(published === undefined ? {} : { published }), ...(style === undefined ? {} : { style }) });
      return { entities: this.mentions(ctx), relations: [] };
    },
  };
}

import type { TextStyle } from './zh/features';
import { segmentWords, type Word } from './zh/segment';
import { splitSentences, type SentenceSpan } from './relations';

/**
 * What every pass of one article reads, built once per article (or chunk of a long one): the text,
 * its language and date, and what is costly to find again — jieba's words, the sentences — each
 * worked out on first use and then shared, so no pass pays for another's reading.
 */
export interface ArticleContext {
  /** The text the passes read: a traditional article's simplified reading, offset for offset. */
  readonly text: string;
  readonly lang: 'zh' | 'en';
  /** The article's ISO date, which gives the year to dates such as 12月7日. */
  readonly published?: string;
  /** The annotation conventions the Chinese tagger reads the text by; undefined where no tagger reads it (the rules method, English). */
  readonly style?: TextStyle;
  /** jieba's words of the width-folded text. */
  readonly words: readonly Word[];
  readonly sentences: readonly SentenceSpan[];
}

export interface ArticleContextInput {
  text: string;
  lang: 'zh' | 'en';
  published?: string;
  style?: TextStyle;
}

export function articleContext(input: ArticleContextInput): ArticleContext {
  return new LazyArticleContext(input);
}

class LazyArticleContext implements ArticleContext {
  readonly text: string;
  readonly lang: 'zh' | 'en';
  readonly published?: string;
  readonly style?: TextStyle;
  private segmented?: readonly Word[];
  private split?: readonly SentenceSpan[];

  constructor(input: ArticleContextInput) {
    this.text = input.text;
    this.lang = input.lang;
    if (input.published !== undefined) this.published = input.published;
    if (input.style !== undefined) this.style = input.style;
  }

  get words(): readonly Word[] {
    this.segmented ??= segmentWords(this.text);
    return this.segmented;
  }

  get sentences(): readonly SentenceSpan[] {
    this.split ??= splitSentences(this.text, this.lang);
    return this.split;
  }
}

export type EntityType = 'Company' | 'Institution' | 'Person' | 'Place';

export const ENTITY_TYPES: readonly EntityType[] = ['Company', 'Institution', 'Person', 'Place'];

/** A span of the input text; offsets are JavaScript string indices, end exclusive. */
export interface Mention {
  text: string;
  type: EntityType;
  start: number;
  end: number;
  /** The pass or pattern row that made this mention or last changed it (provenance). */
  rule?: string;
  /**
   * The name as the text's simplified reading spells it (長沙市 → 长沙市), when that differs from
   * `text`: what resolve keys a traditional article's names by.
   */
  simplified?: string;
  /**
   * Set on a name read inside another mention (the 青禾大学 of 青禾大学附属医院), not a surface the
   * text names on its own: the graph gets its node and link, while `wutong extract --jsonl` and
   * the evaluations leave it out (see textMentions).
   */
  nested?: true;
}

/** Scalar properties a relation may carry (a post for WORKS_AT, an amount for INVESTS_IN …). */
export type RelationProps = Record<string, string | number | boolean>;

export interface Relation {
  /** Index into the extraction's entities. */
  source: number;
  target: number;
  /** UPPER_SNAKE_CASE relationship type, e.g. SIGNED_WITH, or CO_MENTIONED as the fallback. */
  type: string;
  /** Evidence span (usually the sentence) in the input text. */
  start: number;
  end: number;
  confidence: number;
  props?: RelationProps;
  /** The pass or pattern row that made this relation or last changed it (provenance). */
  rule?: string;
}

export interface Extraction {
  entities: Mention[];
  relations: Relation[];
}

export interface ExtractInput {
  text: string;
  lang?: 'zh' | 'en';
  /** Names the input for caches and error messages (an article id, a JSONL id). */
  id?: string;
  /** The article's ISO date, which gives the year to dates such as 12月7日. */
  published?: string;
  /** Stops the extraction of a long text between its chunks (a caller's time budget), with an EXTRACT_STOPPED error. */
  signal?: AbortSignal;
}

/**
 * How to make the same extractor in a worker thread: `module` (a URL) exports `factory`, which is
 * called with `options` (plain data, copied to the worker).
 */
export interface ExtractorRecipe {
  module: string;
  factory: string;
  options: unknown;
}

/** One interface for every extractor (Chinese rules/tagger, English, LLM, hybrid). */
export interface Extractor {
  readonly name: string;
  /** What the extraction depends on (code, data, models); articles stored under another version are extracted again. */
  readonly version?: string;
  /** Present when the extractor can be rebuilt in a worker thread; absent keeps it on the caller's thread. */
  readonly recipe?: ExtractorRecipe;
  extract(input: ExtractInput): Promise<Extraction>;
  /**
   * Shown a sample of the texts about to come (one input batch, usually one source) before any of
   * them: conventions that belong to a source rather than to a sentence are read from the sample.
   */
  prime?(texts: readonly string[]): void;
}

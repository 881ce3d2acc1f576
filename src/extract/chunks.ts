import type { Extraction, Extractor, ExtractInput } from './types';
import { detectLanguage } from '../shared/language';
import { cutPoint, type Span } from './spans';
import { WutongError } from '../shared/errors';

/**
 * The longest text an extractor reads at once. A longer article (a site's text in one field, a
 * book) is read in chunks of at most this many characters, so no pass over the whole article ever
 * sees more: the cost per character stays that of news, whatever passes grow faster than their
 * text. News articles stay far below it (40,916 characters at most among 11,686 Sina articles).
 */
export const MAX_CHUNK = 50_000;

const PARAGRAPH_ENDS = new Set(['\n', '\r']);
const SENTENCE_ENDS = new Set(['。', '！', '？', '；', '!', '?', ';', '.']);
const CLAUSE_MARKS = new Set(['，', ',', '、', '：', ':', ' ', '\t', '\u3000']);

/**
 * The chunks of a text: consecutive spans covering all of it, each at most `max` long, cut after a
 * line break, else after a sentence's end, else after a clause mark, else anywhere but inside a
 * character; a text of `max` characters or fewer is one chunk.
 */
export function boundedChunks(text: string, max = MAX_CHUNK): Span[] {
  const chunks: Span[] = [];
  for (let start = 0; start < text.length; ) {
    const end = cutPoint(text, start, max, [PARAGRAPH_ENDS, SENTENCE_ENDS, CLAUSE_MARKS]);
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}

/**
 * An extractor that hands a text longer than `max` to `inner` chunk by chunk, and puts the pieces
 * back together: mentions and evidence offset into the whole text, relations indexing the merged
 * mention list. The language is read once for the whole text. What an article-wide pass would tie
 * across a cut (a short form named in full in an earlier chunk, a subject carried from the sentence
 * before) is read within each chunk. Between chunks, `signal` may stop the work.
 */
export function inBoundedChunks(inner: Extractor, max = MAX_CHUNK): Extractor {
  return {
    name: inner.name,
    get version(): string | undefined {
      return inner.version;
    },
    ...(inner.recipe === undefined ? {} : { recipe: inner.recipe }),
    prime: (texts) => inner.prime?.(texts),
    async extract(input: ExtractInput): Promise<Extraction> {
      if (input.text.length <= max) return inner.extract(input);
      const chunks = boundedChunks(input.text, max);
      const lang = input.lang ?? detectLanguage(input.text);
      const merged: Extraction = { entities: [], relations: [] };
      for (const [k, { start, end }] of chunks.entries()) {
        if (input.signal?.aborted) {
          throw new WutongError('extract', 'EXTRACT_STOPPED', `${input.id ?? 'article'}: stopped after ${k} of ${chunks.length} chunks (${String(input.signal.reason)})`, { cause: input.signal.reason });
        }
        const id = `${input.id ?? 'article'}[${k + 1}/${chunks.length}]`;
        const { entities, relations } = await inner.extract({ ...input, text: input.text.slice(start, end), lang, id });
        const first = merged.entities.length;
        for (const m of entities) merged.entities.push({ ...m, start: m.start + start, end: m.end + start });
        for (const r of relations) merged.relations.push({ ...r, source: r.source + first, target: r.target + first, start: r.start + start, end: r.end + start });
        // A timer (the caller's time budget) gets its turn between chunks.
        if (input.signal !== undefined) await new Promise((resolve) => setImmediate(resolve));
      }
      return merged;
    },
  };
}

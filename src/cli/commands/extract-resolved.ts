import { createInterface } from 'node:readline';
import { once } from 'node:events';
import type { CommandIO } from '../command';
import type { Extraction, Extractor } from '../../extract';
import type { CorpusFieldNames } from '../../ingest';

/** The contract's fields of one extraction, as `wutong extract --jsonl` writes them. */
export type ContractShape = (extraction: Extraction) => { entities: unknown[]; relations: unknown[] };

/**
 * `wutong extract --jsonl --resolved`: each input line is a corpus row (fields detected or named as
 * for build), read into the article build would make of it, extracted and resolved as build does,
 * and written with the contract's fields plus what `wutong load` needs. No read-ahead: each line is
 * extracted on its own, as build extracts it, so a load equals the build. Returns the number of
 * lines that failed.
 */
export async function extractResolved(io: CommandIO, extractor: Extractor, fields: CorpusFieldNames, source: string, shape: ContractShape): Promise<number> {
  const { detectFields, rowArticle } = await import('../../ingest');
  const { extractForLoad } = await import('../../pipeline');
  let failures = 0;
  let line = 0;
  let index = 0;
  const write = async (output: Record<string, unknown>): Promise<void> => {
    if ('error' in output) {
      failures++;
      io.stderr.write(`wutong extract: line ${line}: ${String(output.error)}\n`);
    }
    if (!io.stdout.write(JSON.stringify(output) + '\n')) await once(io.stdout, 'drain');
  };
  for await (const text of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    line += 1;
    const body = line === 1 ? text.replace(/^\uFEFF/u, '') : text;
    if (body.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(body);
    } catch {
      record = undefined;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      await write({ id: null, entities: [], relations: [], error: 'not a JSON object' });
      continue;
    }
    const row = record as Record<string, unknown>;
    const article = rowArticle(row, detectFields(Object.keys(row), fields), fields, { source, index, line });
    if (typeof article === 'string') {
      await write({ id: null, entities: [], relations: [], error: article });
      continue;
    }
    index += 1;
    const id = article.corpus?.id ?? null;
    try {
      const { extraction, loadable } = await extractForLoad(article, extractor);
      await write({ id, ...shape(extraction), ...loadable });
    } catch (error) {
      await write({ id, entities: [], relations: [], error: error instanceof Error ? error.message : String(error) });
    }
  }
  return failures;
}

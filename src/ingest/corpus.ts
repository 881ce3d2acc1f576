import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse as parseCsv, type CsvError } from 'csv-parse';
import { errorLine, WutongError } from '../shared/errors';
import type { CorpusField, CorpusFieldNames } from './corpus-fields';
import { detectFields, fieldNames, rowArticle } from './corpus-row';
import type { Article } from './types';

/** Corpus files: one article per row. Each may also be gzipped (name.jsonl.gz). */
export const CORPUS_EXTENSIONS = ['.jsonl', '.ndjson', '.csv'];

export function isCorpusFile(path: string): boolean {
  const name = path.toLowerCase().replace(/\.gz$/u, '');
  return CORPUS_EXTENSIONS.some((extension) => name.endsWith(extension));
}

/**
 * What a corpus file yields, row by row: an article, or a row that cannot be one, named by the line
 * it starts on. `bytes` is how far into the file (compressed bytes for .gz) reading has come.
 */
export type CorpusItem =
  | { article: Article; bytes: number }
  | { line: number; reason: string; bytes: number };

/** How far the rows handed on reach into the (uncompressed) text, kept by the row reader. */
interface Consumed {
  bytes: number;
}

/**
 * The byte stream of a file, gunzipped when its name says so, and how far into the file the rows
 * handed on reach: in a plain file the bytes of those rows (reading runs ahead of them by its
 * buffers); in a gzipped one the compressed bytes read, the only measure of the file's size.
 */
function openBytes(path: string): { input: Readable; consumed: Consumed; bytesRead: () => number } {
  const raw = createReadStream(path);
  const gzipped = path.toLowerCase().endsWith('.gz');
  const input = gzipped ? raw.pipe(createGunzip()) : raw;
  // A failure of the file itself (missing, unreadable) must reach whoever reads the gunzipped end.
  if (input !== raw) raw.on('error', (error) => input.destroy(error));
  const consumed = { bytes: 0 };
  return { input, consumed, bytesRead: () => (gzipped ? raw.bytesRead : Math.min(consumed.bytes, raw.bytesRead)) };
}

/**
 * The rows of a JSON lines or CSV file (UTF-8, a BOM allowed; gzipped when named .gz), streamed: only
 * the row being read is held, so a file of any size reads in flat memory. A row that is not valid
 * JSON, has no text, or has another number of CSV fields than the header is yielded with its line
 * and reason, and reading goes on. A file that cannot be read on (missing, a broken gzip stream, a
 * CSV header without a text column) raises a one-line WutongError naming the file and the line.
 */
export async function* readCorpus(path: string, chosen: CorpusFieldNames = {}): AsyncGenerator<CorpusItem> {
  const { input, consumed, bytesRead } = openBytes(path);
  const rows = path.toLowerCase().replace(/\.gz$/u, '').endsWith('.csv') ? csvRows(path, input, chosen, consumed) : jsonRows(input, consumed);
  let index = 0;
  let line = 0;
  try {
    for await (const row of rows) {
      line = row.line;
      if ('reason' in row) {
        yield { line: row.line, reason: row.reason, bytes: bytesRead() };
        continue;
      }
      const fields = row.fields ?? detectFields(Object.keys(row.record), chosen);
      const article = rowArticle(row.record, fields, chosen, { source: path, index, line: row.line });
      if (typeof article === 'string') yield { line: row.line, reason: article, bytes: bytesRead() };
      else {
        index += 1;
        yield { article, bytes: bytesRead() };
      }
    }
  } catch (error) {
    throw readFailure(path, line, error);
  } finally {
    input.destroy();
  }
}

/**
 * The JSON objects of a JSON lines file (gzipped when named .gz), streamed, each with its line, or
 * the line and why it is not one; failures of the file itself as readCorpus raises them.
 */
export async function* readJsonLines(path: string): AsyncGenerator<({ line: number; record: Record<string, unknown> } | { line: number; reason: string }) & { bytes: number }> {
  const { input, consumed, bytesRead } = openBytes(path);
  let line = 0;
  try {
    for await (const row of jsonRows(input, consumed)) {
      line = row.line;
      yield { ...row, bytes: bytesRead() };
    }
  } catch (error) {
    throw readFailure(path, line, error);
  } finally {
    input.destroy();
  }
}

function readFailure(path: string, line: number, error: unknown): WutongError {
  if (error instanceof WutongError) return error;
  const code = error instanceof Error && 'code' in error ? String(error.code) : errorLine(error);
  const what = line === 0 ? 'cannot read file' : `cannot read on after line ${line}`;
  return new WutongError('ingest', 'INGEST_READ', `${path}: ${what} (${code})`, { cause: error });
}

type RawRow =
  | { line: number; record: Record<string, unknown>; fields?: Partial<Record<CorpusField, string>> }
  | { line: number; reason: string };

async function* jsonRows(input: Readable, consumed: Consumed): AsyncGenerator<RawRow> {
  let line = 0;
  // readline ends quietly when its input fails (a broken gzip stream): the failure is kept and raised after.
  let failure: unknown;
  input.on('error', (error) => {
    failure = error;
  });
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line += 1;
    consumed.bytes += Buffer.byteLength(text) + 1;
    const body = line === 1 ? text.replace(/^\uFEFF/u, '') : text;
    if (body.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (error) {
      yield { line, reason: `not valid JSON (${errorLine(error).replace(/^SyntaxError: /u, '')})` };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) yield { line, reason: 'not a JSON object' };
    else yield { line, record: value as Record<string, unknown> };
  }
  if (failure !== undefined) throw failure;
}

/** Line breaks inside a record's raw text, its own closing delimiter aside (csv-parse counts a quoted CRLF as two lines). */
const innerBreaks = (raw: string): number => raw.replace(/(\r\n|\r|\n)$/u, '').match(/\r\n|\r|\n/gu)?.length ?? 0;

/**
 * CSV records keyed by the header row. Fields may hold quoted newlines, so a record's first line is
 * counted from where the one before ended. A quote left open swallows the rest of the file: that
 * is named as one bad row at its line.
 */
async function* csvRows(path: string, input: Readable, chosen: CorpusFieldNames, consumed: Consumed): AsyncGenerator<RawRow> {
  const skippedRows: RawRow[] = [];
  let ended = 0;
  const parser = input.pipe(parseCsv({
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    // A stray quote inside an unquoted field is kept as text rather than costing the rows after it.
    relax_quotes: true,
    skip_records_with_error: true,
    on_skip: (error?: CsvError) => {
      const reason = error?.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quote opened here is never closed: the rest of the file is this one broken row' : (error?.message ?? 'not a CSV record');
      skippedRows.push({ line: ended + 1, reason });
      ended = Number((error as { lines?: number } | undefined)?.lines ?? ended + 1);
    },
  }));
  input.on('error', (error) => parser.destroy(error));
  let header: string[] | undefined;
  let fields: Partial<Record<CorpusField, string>> = {};
  for await (const { record, raw, info } of parser as AsyncIterable<{ record: string[]; raw: string; info: { bytes: number } }>) {
    consumed.bytes = info.bytes;
    yield* skippedRows.splice(0);
    const line = ended + 1;
    ended = line + innerBreaks(raw);
    if (record.length === 1 && record[0]!.trim() === '') continue;
    if (header === undefined) {
      header = record.map((name) => name.trim());
      fields = detectFields(header, chosen);
      if (fields.text === undefined) {
        throw new WutongError('ingest', 'INGEST_CORPUS_HEADER', `${path}: line ${line}: no text column (looked for ${fieldNames('text', chosen).join(', ')}; the header has ${header.join(', ')})`);
      }
      continue;
    }
    if (record.length !== header.length) {
      yield { line, reason: `${record.length} field(s) where the header has ${header.length}` };
      continue;
    }
    yield { line, record: Object.fromEntries(header.map((name, i) => [name, record[i]])), fields };
  }
  yield* skippedRows.splice(0);
}

import { flagValue } from './args';
import type { ParsedArgs } from './command';
// The field list alone: the usage text shows it without loading ingest.
import { CORPUS_FIELDS, type CorpusFieldNames } from '../ingest/corpus-fields';

/** One flag per corpus field: --id-field, --title-field, --text-field, --date-field, --url-field, --source-field. */
export const CORPUS_FIELD_FLAGS = CORPUS_FIELDS.map((field) => `${field}-field`);

export const CORPUS_USAGE = `Corpus files (.jsonl, .ndjson, .csv, each also .gz; UTF-8): one article per row, streamed. Fields are
detected by name (id, title, text/content/body, date/published, url, source); a flag names a column:
  --text-field NAME  --title-field NAME  --id-field NAME  --date-field NAME  --url-field NAME  --source-field NAME
A row without a title takes its text's first line; a row that is not valid JSON, has no text, or has
another number of CSV fields than the header is named with its file and line and skipped.`;

export function corpusFieldsFromFlags(args: ParsedArgs): CorpusFieldNames {
  const names: CorpusFieldNames = {};
  for (const field of CORPUS_FIELDS) {
    const name = flagValue(args, `${field}-field`);
    if (name !== undefined) names[field] = name;
  }
  return names;
}

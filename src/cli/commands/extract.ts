import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { createExtractorFromFlags, EXTRACTOR_FLAGS, EXTRACTOR_USAGE } from '../extractor-flags';
import { flagValue, hasFlag, UsageError } from '../args';
import { CORPUS_FIELD_FLAGS, corpusFieldsFromFlags } from '../corpus-flags';
import { extractResolved } from './extract-resolved';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type Command } from '../command';
import { textMentions, type Extraction, type Extractor } from '../../extract';

interface InputLine {
  id?: unknown;
  text?: unknown;
  lang?: unknown;
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'extract entities and relations from JSON lines on stdin',
  usage: `wutong extract --jsonl [--rules] [--lang zh|en] [--extractor rules|llm|hybrid] < in.jsonl > out.jsonl
       wutong extract --jsonl --resolved [--source PATH] [--text-field NAME …] < corpus.jsonl > extraction.jsonl

Reads {"id", "text", "lang"?} per line and writes one line per input, in order:
{"id", "entities": [{"text", "type", "start", "end"}], "relations": [{"source", "target", "type", "start", "end"}]}
Offsets are JavaScript string indices, end exclusive; source/target index into entities; a relation's
start/end is its evidence span. A line that cannot be read gets empty lists and an "error" field.
--rules adds to each entity and relation the "rule" that made it or last changed it (the pass, pattern row or model).
The first 1,000 lines are read ahead: the Chinese tagger leans a short line to the style of its batch.

--resolved reads corpus rows (fields detected or named as for wutong build: --text-field NAME,
--title-field, --id-field, --date-field, --url-field, --source-field) and adds to each line what
wutong load writes into Neo4j: "format": "wutong-extraction/2", "article" (the article wutong build
makes of the row), "resolved" (its entities, relations and authors after resolution) and
"extractedBy". "id" is the row's id. No read-ahead: each row is extracted as wutong build extracts
it, so wutong load of the output equals wutong build of the rows. --source PATH names the corpus
file on the articles (give the absolute path build would see; default stdin); a row's index
counts the rows of this input, so shards of one file differ from the whole file there only.

${EXTRACTOR_USAGE}`,
  valueFlags: [...EXTRACTOR_FLAGS, ...CORPUS_FIELD_FLAGS, 'source'],
  booleanFlags: ['jsonl', 'rules', 'resolved'],
  async run(args, io) {
    if (!hasFlag(args, 'jsonl')) {
      io.stderr.write('wutong extract: only --jsonl input is supported; see wutong extract --help\n');
      return EXIT_USAGE;
    }
    const { extractor } = await createExtractorFromFlags(args, io.env);
    const withRules = hasFlag(args, 'rules');
    const corpusFlags = [...CORPUS_FIELD_FLAGS, 'source'].filter((flag) => hasFlag(args, flag));
    if (corpusFlags.length > 0 && !hasFlag(args, 'resolved')) throw new UsageError(`--${corpusFlags[0]} reads corpus rows: it goes with --resolved`);
    if (hasFlag(args, 'resolved')) {
      const failed = await extractResolved(io, extractor, corpusFieldsFromFlags(args), flagValue(args, 'source') ?? 'stdin', (extraction) => contractShape(extraction, withRules));
      return failed > 0 ? EXIT_FAILURE : EXIT_OK;
    }
    let failures = 0;
    // The first lines are read ahead and shown to the extractor: one input is usually one source,
    // and a one-sentence line tells little about its source's conventions on its own.
    const ahead: Array<InputLine | undefined> = [];
    let primed = false;
    const emit = async (input: InputLine | undefined): Promise<void> => {
      const output = await extractLine(input, extractor, withRules);
      if ('error' in output) {
        failures++;
        io.stderr.write(`wutong extract: line ${failures}: ${output.error}\n`);
      }
      if (!io.stdout.write(JSON.stringify(output) + '\n')) await once(io.stdout, 'drain');
    };
    const flush = async (): Promise<void> => {
      extractor.prime?.(ahead.flatMap((input) => (typeof input?.text === 'string' ? [input.text] : [])));
      primed = true;
      for (const input of ahead.splice(0)) await emit(input);
    };
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      const input = parseLine(line);
      if (primed) await emit(input);
      else if (ahead.push(input) >= READ_AHEAD) await flush();
    }
    if (!primed) await flush();
    return failures > 0 ? EXIT_FAILURE : EXIT_OK;
  },
};

const READ_AHEAD = 1000;

/** A line's object, or undefined when it is not a JSON object (its error is reported in its turn). */
function parseLine(line: string): InputLine | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null ? (value as InputLine) : undefined;
  } catch {
    return undefined;
  }
}

async function extractLine(input: InputLine | undefined, extractor: Extractor, withRules: boolean): Promise<Record<string, unknown>> {
  if (input === undefined) return { id: null, entities: [], relations: [], error: 'not a JSON object' };
  const id = input.id ?? null;
  if (typeof input.text !== 'string') return { id, entities: [], relations: [], error: 'no "text" string' };
  const lang = input.lang === 'zh' || input.lang === 'en' ? input.lang : undefined;
  try {
    const extraction = await extractor.extract({ text: input.text, ...(lang ? { lang } : {}), ...(id !== null ? { id: String(id) } : {}) });
    return { id, ...contractShape(extraction, withRules) };
  } catch (error) {
    return { id, entities: [], relations: [], error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Exactly the fields of the command-line contract, in its order; with `withRules`, each item's rule
 * after them. Only what the text names: a nested mention is the graph's, not a surface of the text.
 */
function contractShape(extraction: Extraction, withRules: boolean) {
  const rule = (item: { rule?: string }) => (withRules && item.rule !== undefined ? { rule: item.rule } : {});
  const named = textMentions(extraction);
  return {
    entities: named.entities.map((m) => ({ text: m.text, type: m.type, start: m.start, end: m.end, ...rule(m) })),
    relations: named.relations.map((r) => ({ source: r.source, target: r.target, type: r.type, start: r.start, end: r.end, ...rule(r) })),
  };
}

import { z } from 'zod';
import { RELATION_TYPES } from '../lexicon';
import { readJson } from '../shared/data';
import { cypherFolder } from '../store';

const promptSchema = z.object({
  comment: z.string(),
  version: z.number().int(),
  tool: z.string().min(1),
  system: z.array(z.string()),
  model: z.array(z.string()),
  comention: z.string(),
});

export const PROMPT = readJson(new URL('./prompt.json', import.meta.url), promptSchema, 'ask', 'ASK_PROMPT');

/** The graph as the model is told it: node labels and properties, then every relationship type of the registry with its ends and meaning. */
export function graphSchema(): string {
  const relations = RELATION_TYPES.map((t) => t.weak
    ? `- ${PROMPT.comention}`
    : `- ${t.type} (${t.source.join('|')} ${t.symmetric ? '—' : '→'} ${t.target.join('|')}${t.symmetric ? ', symmetric: match it without direction' : ''}): ${t.meaning}`);
  return [...PROMPT.model, ...relations].join('\n');
}

/** The system message: rules, the graph's schema, and the queries of cypher/queries/ as examples. */
export function systemPrompt(): string {
  const examples = cypherFolder('queries').map((q) => `// ${q.name}\n${q.text}`).join('\n\n');
  return PROMPT.system.join('\n').replace('{schema}', graphSchema()).replace('{examples}', examples);
}

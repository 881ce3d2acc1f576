import type { CypherAnswer, EntityDetail, Evidence, LinkRef, RelationDetail, SerializedGraph, Status, TimeWindow, Timeline } from '../../src/server/source';
import type { SearchHit } from '../../src/graph/search';
import type { PathAnswer } from '../../src/server/paths';
import type { AskAnswer } from '../../src/ask/question';
import type { MergeSuggestion } from '../../src/identity/types';

/** An API failure with the server's code (Neo4j's own code for query errors) and its HTTP status. */
export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly status: number) {
    super(message);
  }
}

/** The server writes a fresh token into the page it serves and refuses API calls that do not send it back. */
const TOKEN = document.querySelector<HTMLMetaElement>('meta[name="wutong-token"]')?.content ?? '';

async function send(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { ...init.headers, 'x-wutong-token': TOKEN } });
  } catch (error) {
    throw new ApiError('SERVER_UNREACHABLE', (error as Error).message, 0);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { code: string; message: string } };
    throw new ApiError(body.error?.code ?? 'SERVER_ERROR', body.error?.message ?? response.statusText, response.status);
  }
  return response;
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  return (await (await send(path, init)).json()) as T;
}

const postJson = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const q = encodeURIComponent;

export const api = {
  status: () => call<Status>('/api/status'),
  graph: (window: TimeWindow) => call<SerializedGraph>(`/api/graph?from=${q(window.from)}&to=${q(window.to)}`),
  timeline: () => call<Timeline>('/api/timeline'),
  entity: (id: string) => call<EntityDetail>(`/api/entity?id=${q(id)}`),
  neighbours: (id: string, skip: number) => call<SerializedGraph>(`/api/neighbours?id=${q(id)}&skip=${skip}`),
  evidence: (link: LinkRef, skip: number) =>
    call<Evidence[]>(`/api/evidence?id=${q(link.entity)}&other=${q(link.other)}&type=${q(link.type)}&outgoing=${link.outgoing ? 1 : 0}&skip=${skip}`),
  search: (text: string) => call<SearchHit[]>(`/api/search?q=${q(text)}&limit=12`),
  path: (from: string, to: string, comentions: boolean) => call<PathAnswer>(`/api/path?from=${q(from)}&to=${q(to)}${comentions ? '&comentions=1' : ''}`),
  ask: (question: string) => call<AskAnswer>('/api/ask', postJson({ question })),
  suggestions: () => call<MergeSuggestion[]>('/api/suggestions'),
  decide: (verdict: 'accept' | 'reject', s: MergeSuggestion) => call<{ decided: string }>(`/api/suggestions/${verdict}`, postJson(s)),
  queries: () => call<{ name: string; text: string }[]>('/api/queries'),
  cypher: (query: string) => call<CypherAnswer>('/api/cypher', postJson({ query })),
  /** The server's own GEXF / GraphML writer, so the page's files match `wutong export`. */
  exportFile: async (graph: SerializedGraph, format: 'gexf' | 'graphml') => (await send(`/api/export?format=${format}`, postJson(graph))).blob(),
};

export type { AskAnswer, CypherAnswer, MergeSuggestion, EntityDetail, Evidence, PathAnswer, RelationDetail, SerializedGraph, Status, SearchHit, TimeWindow, Timeline };

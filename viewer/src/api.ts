import type { CypherAnswer, EntityDetail, SerializedGraph, Status } from '../../src/server/source';
import type { SearchHit } from '../../src/graph/search';

/** An API failure with the server's code (Neo4j's own code for query errors) and its HTTP status. */
export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly status: number) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    throw new ApiError('SERVER_UNREACHABLE', (error as Error).message, 0);
  }
  const body = (await response.json().catch(() => ({}))) as { error?: { code: string; message: string } };
  if (!response.ok) throw new ApiError(body.error?.code ?? 'SERVER_ERROR', body.error?.message ?? response.statusText, response.status);
  return body as T;
}

const q = encodeURIComponent;

export const api = {
  status: () => call<Status>('/api/status'),
  graph: () => call<SerializedGraph>('/api/graph'),
  entity: (id: string) => call<EntityDetail>(`/api/entity?id=${q(id)}`),
  neighbours: (id: string) => call<SerializedGraph>(`/api/neighbours?id=${q(id)}`),
  search: (text: string) => call<SearchHit[]>(`/api/search?q=${q(text)}&limit=12`),
  queries: () => call<{ name: string; text: string }[]>('/api/queries'),
  cypher: (query: string) => call<CypherAnswer>('/api/cypher', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }),
  }),
};

export type { CypherAnswer, EntityDetail, SerializedGraph, Status, SearchHit };

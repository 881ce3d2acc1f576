import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGraph, writeGraph } from '../graph';
import { isWutongError } from '../shared/errors';
import type { GraphSource } from './source';

export const VIEWER_DIST = fileURLToPath(new URL('../../viewer/dist/', import.meta.url));
const EXAMPLE_QUERIES = fileURLToPath(new URL('../../cypher/queries/', import.meta.url));
const MAX_BODY = 1 << 20;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.map': 'application/json',
};

/** Scripts only from us; workers from blob: because the ForceAtlas2 supervisor builds its worker that way. */
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function sendJsonText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': CONTENT_TYPES['.json'], 'cache-control': 'no-store', ...SECURITY_HEADERS });
  res.end(text);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  sendJsonText(res, status, JSON.stringify(body));
}

/** Statuses of our own codes for a query: refused or too large is the request's fault, past the time limit a 504. */
const QUERY_STATUS: Record<string, number> = { GRAPH_QUERY_REFUSED: 400, GRAPH_ANSWER_TOO_LARGE: 422, SERVER_ANSWER_TOO_LARGE: 422, SERVER_QUERY_TIMEOUT: 504 };

/** Neo4j's own code and message reach the page unchanged; an unreachable database is a 503. */
function sendError(res: ServerResponse, error: unknown): void {
  const code = (error as { code?: string }).code ?? 'SERVER_ERROR';
  const cause = (error as { cause?: { message?: string } }).cause;
  const message = isWutongError(error) && error.module === 'graph' && cause?.message ? cause.message : (error as Error).message;
  const unavailable = code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|connect/i.test(message) && !code.startsWith('Neo.');
  const status = unavailable ? 503 : QUERY_STATUS[code] ?? (code.startsWith('Neo.ClientError') || code === 'SERVER_NO_DATABASE' ? 400 : 500);
  sendJson(res, status, { error: { code: unavailable ? 'NEO4J_UNAVAILABLE' : code, message } });
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw Object.assign(new Error('request body too large'), { code: 'SERVER_BODY_TOO_LARGE' });
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

async function exampleQueries(): Promise<{ name: string; text: string }[]> {
  const names = (await readdir(EXAMPLE_QUERIES).catch(() => [] as string[])).filter((n) => n.endsWith('.cypher')).sort();
  return Promise.all(names.map(async (name) => ({ name: name.replace(/\.cypher$/, ''), text: (await readFile(join(EXAMPLE_QUERIES, name), 'utf8')).trim() })));
}

async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const file = join(VIEWER_DIST, relative === '' ? 'index.html' : relative);
  if (!file.startsWith(VIEWER_DIST) || file.includes(`${sep}..${sep}`)) return sendJson(res, 404, { error: { code: 'NOT_FOUND', message: pathname } });
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', ...SECURITY_HEADERS });
    res.end(body);
  } catch {
    const index = await readFile(join(VIEWER_DIST, 'index.html'));
    res.writeHead(200, { 'content-type': CONTENT_TYPES['.html'], ...SECURITY_HEADERS });
    res.end(index);
  }
}

async function route(source: GraphSource, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const p = url.searchParams;
  switch (`${req.method} ${url.pathname}`) {
    case 'GET /api/status': return sendJson(res, 200, await source.status());
    case 'GET /api/graph': {
      sendJson(res, 200, await source.graph(p.get('reload') === '1'));
      // The search index (pinyin for every name) is built while the page draws, not on the first keystroke.
      void source.search('', 1).catch(() => undefined);
      return;
    }
    case 'GET /api/entity': {
      const detail = await source.entity(p.get('id') ?? '');
      return detail === null ? sendJson(res, 404, { error: { code: 'NOT_FOUND', message: `no entity ${p.get('id')}` } }) : sendJson(res, 200, detail);
    }
    case 'GET /api/neighbours': return sendJson(res, 200, await source.neighbours(p.get('id') ?? ''));
    case 'GET /api/search': return sendJson(res, 200, await source.search(p.get('q') ?? '', Math.min(50, Number(p.get('limit') ?? 20) || 20)));
    case 'GET /api/queries': return sendJson(res, 200, await exampleQueries());
    case 'POST /api/cypher': {
      const body = (await readBody(req)) as { query?: unknown; params?: unknown };
      if (typeof body.query !== 'string' || body.query.trim() === '') return sendJson(res, 400, { error: { code: 'SERVER_BAD_QUERY', message: 'query is empty' } });
      const params = typeof body.params === 'object' && body.params !== null ? (body.params as Record<string, unknown>) : {};
      return sendJsonText(res, 200, await source.cypher(body.query, params));
    }
    case 'POST /api/export': {
      const format = p.get('format') === 'graphml' ? 'graphml' : 'gexf';
      const text = writeGraph(readGraph(JSON.stringify(await readBody(req)), 'json'), format);
      res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8', 'content-disposition': `attachment; filename="wutong.${format}"`, ...SECURITY_HEADERS });
      res.end(text);
      return;
    }
    default:
      if (req.method !== 'GET' || url.pathname.startsWith('/api/')) return sendJson(res, 404, { error: { code: 'NOT_FOUND', message: url.pathname } });
      return serveStatic(res, url.pathname);
  }
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(source: GraphSource, host: string, port: number): Promise<RunningServer> {
  const server = createServer((req, res) => {
    route(source, req, res).catch((error: unknown) => sendError(res, error));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${actualPort}/`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

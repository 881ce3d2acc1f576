import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGraph, writeGraph } from '../graph';
import { isWutongError, WutongError } from '../shared/errors';
import { cypherFolder, neo4jFailure } from '../store';
import { accessRules, isLoopbackHost, type Refusal } from './access';
import { parseWindow } from './overview';
import type { Curator, GraphSource, SuggestionDecision } from './source';

export const VIEWER_DIST = fileURLToPath(new URL('../../viewer/dist/', import.meta.url));
const MAX_BODY = 1 << 20;
/** Suggestions the review list shows at once: the most valuable; the rest come as these are decided. */
const SUGGESTIONS_SHOWN = 30;
/** The backstop when the caller names none: no request waits longer than this for an answer. */
const DEFAULT_DEADLINE_MS = 30_000;

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

/** The one way out: a request that has been answered (by the deadline, say) is not answered again. */
function reply(res: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer): void {
  if (res.headersSent) return;
  res.writeHead(status, { ...headers, ...SECURITY_HEADERS });
  res.end(body);
}

/** JSON already serialised (a Cypher answer comes from its worker as text). */
function sendJsonText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  reply(res, status, { 'content-type': CONTENT_TYPES['.json'], 'cache-control': 'no-store', ...headers }, text);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendJsonText(res, status, JSON.stringify(body), headers);
}

function sendRefusal(res: ServerResponse, refusal: Refusal): void {
  sendJson(res, refusal.status, { error: { code: refusal.code, message: refusal.message } }, refusal.headers);
}

/** Statuses of our own codes for a query: refused or too large is the request's fault, past the time limit a 504. */
const QUERY_STATUS: Record<string, number> = {
  SERVER_BAD_REQUEST: 400, SERVER_NOT_FOUND: 404, ASK_BAD_QUESTION: 400, ASK_NO_MODEL: 501, ASK_BAD_ANSWER: 502, ASK_MODEL_FAILED: 502,
  GRAPH_QUERY_REFUSED: 400, GRAPH_ANSWER_TOO_LARGE: 422, SERVER_ANSWER_TOO_LARGE: 422, SERVER_QUERY_TIMEOUT: 504 };

/**
 * Neo4j's own code and message reach the page unchanged; by the code (src/store/errors.ts), an
 * unreachable database is a 503, a query's own fault a 400.
 */
function sendError(res: ServerResponse, error: unknown): void {
  const code = (error as { code?: string }).code ?? 'SERVER_ERROR';
  const cause = (error as { cause?: { message?: string } }).cause;
  const message = isWutongError(error) && error.module === 'graph' && cause?.message ? cause.message : (error as Error).message;
  const failure = neo4jFailure(error);
  const unavailable = failure === 'unavailable';
  const status = unavailable ? 503 : QUERY_STATUS[code] ?? (failure === 'query' || failure === 'auth' || code === 'SERVER_NO_DATABASE' ? 400 : 500);
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

const INDEX = join(VIEWER_DIST, 'index.html');

/** The page, carrying this start's token where api.ts reads it; never cached, since the token changes. */
async function servePage(res: ServerResponse, token: string): Promise<void> {
  const page = (await readFile(INDEX, 'utf8')).replace('<head>', `<head>\n  <meta name="wutong-token" content="${token}">`);
  reply(res, 200, { 'content-type': CONTENT_TYPES['.html'], 'cache-control': 'no-store' }, page);
}

async function serveStatic(res: ServerResponse, pathname: string, token: string): Promise<void> {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const file = join(VIEWER_DIST, relative === '' ? 'index.html' : relative);
  if (!file.startsWith(VIEWER_DIST) || file.includes(`${sep}..${sep}`)) return sendJson(res, 404, { error: { code: 'NOT_FOUND', message: pathname } });
  if (file === INDEX) return servePage(res, token);
  try {
    const body = await readFile(file);
    reply(res, 200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }, body);
  } catch {
    await servePage(res, token);
  }
}

/** The decision a POST to /api/suggestions/accept|reject carries, or why it is refused. */
function suggestionDecision(body: unknown): SuggestionDecision | string {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const missing = ['into', 'from', 'intoName', 'fromName'].filter((k) => typeof b[k] !== 'string' || (b[k] as string).trim() === '');
  if (missing.length > 0) return `a suggestion needs ${missing.join(', ')}`;
  if (b.into === b.from) return 'a suggestion joins two different nodes';
  if (b.type !== undefined && typeof b.type !== 'string') return 'type must be a text';
  return { into: b.into as string, from: b.from as string, intoName: b.intoName as string, fromName: b.fromName as string, ...(b.type === undefined ? {} : { type: b.type as string }) };
}

async function decide(curator: Curator | undefined, verdict: 'accept' | 'reject', req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (curator === undefined) return sendJson(res, 400, { error: { code: 'SERVER_NO_DATABASE', message: 'this view cannot curate: it shows a file, or was started without a curation file' } });
  const decision = suggestionDecision(await readBody(req));
  if (typeof decision === 'string') return sendJson(res, 400, { error: { code: 'SERVER_BAD_REQUEST', message: decision } });
  return sendJson(res, 200, { decided: await curator[verdict](decision) });
}

async function route(source: GraphSource, req: IncomingMessage, res: ServerResponse, token: string, curator?: Curator): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const p = url.searchParams;
  switch (`${req.method} ${url.pathname}`) {
    case 'GET /api/status': return sendJson(res, 200, await source.status());
    case 'GET /api/graph': {
      sendJson(res, 200, await source.graph(p.get('reload') === '1', parseWindow(p.get('from'), p.get('to'))));
      // The search index (pinyin for every name) is built while the page draws, not on the first keystroke.
      void source.search('', 1).catch(() => undefined);
      return;
    }
    case 'GET /api/entity': {
      const detail = await source.entity(p.get('id') ?? '');
      return detail === null ? sendJson(res, 404, { error: { code: 'NOT_FOUND', message: `no entity ${p.get('id')}` } }) : sendJson(res, 200, detail);
    }
    case 'GET /api/timeline': return sendJson(res, 200, await source.timeline());
    case 'GET /api/neighbours': {
      const skip = Number(p.get('skip') ?? 0);
      if (!Number.isSafeInteger(skip) || skip < 0) return sendJson(res, 400, { error: { code: 'SERVER_BAD_REQUEST', message: 'neighbours needs a skip of 0 or more' } });
      return sendJson(res, 200, await source.neighbours(p.get('id') ?? '', skip));
    }
    case 'GET /api/evidence': {
      const link = { entity: p.get('id') ?? '', other: p.get('other') ?? '', type: p.get('type') ?? '', outgoing: p.get('outgoing') === '1' };
      const skip = Number(p.get('skip') ?? 0);
      if (!link.entity || !link.other || !link.type || !Number.isSafeInteger(skip) || skip < 0) {
        return sendJson(res, 400, { error: { code: 'SERVER_BAD_REQUEST', message: 'evidence needs id, other, type and a skip of 0 or more' } });
      }
      return sendJson(res, 200, await source.evidence(link, skip));
    }
    case 'GET /api/search': return sendJson(res, 200, await source.search(p.get('q') ?? '', Math.min(50, Number(p.get('limit') ?? 20) || 20)));
    case 'GET /api/path': return sendJson(res, 200, await source.path({ from: p.get('from') ?? '', to: p.get('to') ?? '', comentions: p.get('comentions') === '1' }));
    case 'POST /api/ask': {
      const body = (await readBody(req)) as { question?: unknown };
      return sendJson(res, 200, await source.ask(typeof body.question === 'string' ? body.question : ''));
    }
    case 'GET /api/queries': return sendJson(res, 200, cypherFolder('queries'));
    case 'POST /api/cypher': {
      const body = (await readBody(req)) as { query?: unknown; params?: unknown };
      if (typeof body.query !== 'string' || body.query.trim() === '') return sendJson(res, 400, { error: { code: 'SERVER_BAD_QUERY', message: 'query is empty' } });
      const params = typeof body.params === 'object' && body.params !== null ? (body.params as Record<string, unknown>) : {};
      return sendJsonText(res, 200, await source.cypher(body.query, params));
    }
    case 'GET /api/suggestions': {
      if (curator === undefined) return sendJson(res, 400, { error: { code: 'SERVER_NO_DATABASE', message: 'this view cannot curate: it shows a file, or was started without a curation file' } });
      return sendJson(res, 200, await curator.suggestions(Math.min(Math.max(Number(p.get('limit')) || SUGGESTIONS_SHOWN, 1), 200)));
    }
    case 'POST /api/suggestions/accept': return decide(curator, 'accept', req, res);
    case 'POST /api/suggestions/reject': return decide(curator, 'reject', req, res);
    case 'POST /api/export': {
      const format = p.get('format') === 'graphml' ? 'graphml' : 'gexf';
      const text = writeGraph(readGraph(JSON.stringify(await readBody(req)), 'json'), format);
      return reply(res, 200, { 'content-type': 'application/xml; charset=utf-8', 'content-disposition': `attachment; filename="wutong.${format}"` }, text);
    }
    default:
      if (req.method !== 'GET' || url.pathname.startsWith('/api/')) return sendJson(res, 404, { error: { code: 'NOT_FOUND', message: url.pathname } });
      return serveStatic(res, url.pathname, token);
  }
}

export interface RunningServer {
  url: string;
  /** This start's API token, which the served page carries; tests send it as the page does. */
  token: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Required when the host is not loopback: every request then needs it by HTTP Basic auth. */
  password?: string;
  /** A request not answered within this many ms gets a 503 (a stalled body or handler holds nothing). */
  deadlineMs?: number;
  /** Takes the viewer's accepted and rejected suggestions into the curation file (Neo4j mode). */
  curator?: Curator;
}

export async function startServer(source: GraphSource, host: string, port: number, options: ServerOptions = {}): Promise<RunningServer> {
  if (!isLoopbackHost(host) && !options.password) {
    throw new WutongError('server', 'SERVER_NEEDS_PASSWORD', `listening on ${host} lets other machines in, so it needs a password`);
  }
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  // The rules name the actual port (0 picks one), so requests are taken only once it is known.
  const access = accessRules(host, actualPort, options.password);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const deadline = setTimeout(() => {
      sendJson(res, 503, { error: { code: 'SERVER_TIMEOUT', message: `no answer within ${deadlineMs / 1000} s` } }, { connection: 'close' });
    }, deadlineMs);
    res.once('close', () => clearTimeout(deadline));
    const refusal = access.refuse(req);
    if (refusal !== null) return sendRefusal(res, refusal);
    route(source, req, res, access.token, options.curator).catch((error: unknown) => sendError(res, error));
  });
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${actualPort}/`,
    token: access.token,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { neo4jConfigFromEnv, openDriver } from '../store';
import { seedFixture } from './fixtures/seed';
import { openNeo4jSource, startServer, TOKEN_HEADER, type GraphSource, type RunningServer } from '.';

/**
 * The viewer's API against what another site can make a browser send: cross-site forms, foreign
 * origins, DNS rebinding (a foreign Host), calls without the page's token, and, off loopback, no password.
 */
const config = neo4jConfigFromEnv(process.env);
const driver = openDriver(config);
let source: GraphSource;
let server: RunningServer;
let port: number;

interface Answer { status: number; headers: Record<string, string | string[] | undefined>; body: string; ms: number }

/** node:http rather than fetch: it lets a test name any Host, as a rebound DNS name would. */
function send(to: RunningServer, path: string, options: { method?: string; headers?: Record<string, string>; body?: string; declaredLength?: number } = {}): Promise<Answer> {
  const url = new URL(to.url);
  const began = Date.now();
  return new Promise((resolve, reject) => {
    const headers = { host: `127.0.0.1:${url.port}`, ...options.headers };
    const length = options.declaredLength ?? (options.body === undefined ? undefined : Buffer.byteLength(options.body));
    const req = request({ host: '127.0.0.1', port: url.port, path, method: options.method ?? 'GET', headers: length === undefined ? headers : { ...headers, 'content-length': String(length) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: Date.now() - began }));
    });
    req.on('error', reject);
    // A server that never answers fails the test instead of holding it.
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer to ${path} within 10 s`)));
    if (options.body !== undefined) req.write(options.body);
    // A declared length longer than the body leaves the request open: the server must answer anyway.
    if (options.declaredLength === undefined) req.end();
  });
}

const code = (answer: Answer): string | undefined => (JSON.parse(answer.body) as { error?: { code: string } }).error?.code;

before(async () => {
  await seedFixture(driver, config.database);
  source = openNeo4jSource(config, { nodeLimit: 5000, timeoutMs: 1500, rowCap: 10, label: 'access' });
  server = await startServer(source, '127.0.0.1', 0);
  port = Number(new URL(server.url).port);
});

after(async () => {
  await server.close();
  await source.close();
  await driver.close();
});

const QUERY = JSON.stringify({ query: "MATCH (e:Entity {id: 'e-czjkq'}) RETURN e.name AS name" });

test('the API answers its own page and refuses what another site can make a browser send', async () => {
  const own = `http://127.0.0.1:${port}`;
  const token = { [TOKEN_HEADER]: server.token };
  const json = { 'content-type': 'application/json' };
  const wrongToken = server.token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
  const cases: { label: string; path: string; method?: string; headers: Record<string, string>; body?: string; status: number; code?: string }[] = [
    { label: 'the page reads the status', path: '/api/status', headers: token, status: 200 },
    { label: 'the page by the name localhost', path: '/api/status', headers: { ...token, host: `localhost:${port}` }, status: 200 },
    { label: 'the page by [::1]', path: '/api/status', headers: { ...token, host: `[::1]:${port}` }, status: 200 },
    { label: 'the page runs a query (its own Origin, JSON, token)', path: '/api/cypher', method: 'POST', headers: { ...token, ...json, origin: own }, body: QUERY, status: 200 },
    { label: 'the page itself needs no token', path: '/', headers: {}, status: 200 },
    { label: 'a cross-site form: text/plain from evil.example', path: '/api/cypher', method: 'POST', headers: { 'content-type': 'text/plain', origin: 'http://evil.example' }, body: QUERY, status: 403, code: 'SERVER_FOREIGN_ORIGIN' },
    { label: 'a JSON POST from evil.example, even with the token', path: '/api/cypher', method: 'POST', headers: { ...token, ...json, origin: 'http://evil.example' }, body: QUERY, status: 403, code: 'SERVER_FOREIGN_ORIGIN' },
    { label: 'a read from evil.example', path: '/api/graph', headers: { ...token, origin: 'http://evil.example' }, status: 403, code: 'SERVER_FOREIGN_ORIGIN' },
    { label: 'an opaque origin (sandboxed frame, file://)', path: '/api/status', headers: { ...token, origin: 'null' }, status: 403, code: 'SERVER_FOREIGN_ORIGIN' },
    { label: 'another port on this machine', path: '/api/status', headers: { ...token, origin: 'http://127.0.0.1:1' }, status: 403, code: 'SERVER_FOREIGN_ORIGIN' },
    { label: 'a rebound DNS name reading the API', path: '/api/graph', headers: { ...token, host: `evil.example:${port}` }, status: 403, code: 'SERVER_FOREIGN_HOST' },
    { label: 'a rebound DNS name posting from its own origin', path: '/api/cypher', method: 'POST', headers: { ...token, ...json, host: `evil.example:${port}`, origin: `http://evil.example:${port}` }, body: QUERY, status: 403, code: 'SERVER_FOREIGN_HOST' },
    { label: 'a rebound DNS name reading the page (and its token)', path: '/', headers: { host: `evil.example:${port}` }, status: 403, code: 'SERVER_FOREIGN_HOST' },
    { label: 'our name with another port', path: '/api/status', headers: { ...token, host: '127.0.0.1:1' }, status: 403, code: 'SERVER_FOREIGN_HOST' },
    { label: 'no token', path: '/api/status', headers: {}, status: 403, code: 'SERVER_TOKEN' },
    { label: 'a wrong token', path: '/api/status', headers: { [TOKEN_HEADER]: wrongToken }, status: 403, code: 'SERVER_TOKEN' },
    { label: 'no token, the path dressed up with a dot', path: '/./api/status', headers: {}, status: 403, code: 'SERVER_TOKEN' },
    { label: 'no token, the path dressed up with ..', path: '/static/../api/graph', headers: {}, status: 403, code: 'SERVER_TOKEN' },
    { label: 'a query without a token', path: '/api/cypher', method: 'POST', headers: json, body: QUERY, status: 403, code: 'SERVER_TOKEN' },
    { label: 'a text/plain POST with the token', path: '/api/cypher', method: 'POST', headers: { ...token, 'content-type': 'text/plain' }, body: QUERY, status: 415, code: 'SERVER_NOT_JSON' },
    { label: 'a form-encoded POST with the token', path: '/api/cypher', method: 'POST', headers: { ...token, 'content-type': 'application/x-www-form-urlencoded' }, body: `query=${encodeURIComponent('RETURN 1')}`, status: 415, code: 'SERVER_NOT_JSON' },
    { label: 'an untyped POST with the token', path: '/api/export', method: 'POST', headers: token, body: '{}', status: 415, code: 'SERVER_NOT_JSON' },
  ];
  for (const c of cases) {
    const answer = await send(server, c.path, { method: c.method, headers: c.headers, body: c.body });
    assert.equal(answer.status, c.status, `${c.label}: ${answer.body.slice(0, 200)}`);
    if (c.code !== undefined) assert.equal(code(answer), c.code, c.label);
  }
});

test('a query the page runs comes back; a refused one is never read, let alone run', async () => {
  const ran = await send(server, '/api/cypher', { method: 'POST', headers: { [TOKEN_HEADER]: server.token, 'content-type': 'application/json' }, body: QUERY });
  assert.deepEqual(JSON.parse(ran.body).rows, [{ name: '郴州经开区' }]);
  // The body is declared but never finished: only a server that refuses before reading it can answer.
  const cases: [string, Record<string, string>, number][] = [
    ['cross-site form', { 'content-type': 'text/plain', origin: 'http://evil.example' }, 403],
    ['no token', { 'content-type': 'application/json' }, 403],
    ['text/plain with the token', { [TOKEN_HEADER]: server.token, 'content-type': 'text/plain' }, 415],
  ];
  for (const [label, headers, status] of cases) {
    const answer = await send(server, '/api/cypher', { method: 'POST', headers, body: QUERY.slice(0, 10), declaredLength: QUERY.length + 100 });
    assert.equal(answer.status, status, label);
    assert.ok(answer.ms < 5000, `${label}: refused at once (${answer.ms} ms)`);
  }
});

test('the served page carries this start\'s token, uncached; another start has another', async () => {
  const page = await send(server, '/');
  assert.ok(page.body.includes(`<meta name="wutong-token" content="${server.token}">`), 'the token is in the page');
  assert.equal(page.headers['cache-control'], 'no-store');
  assert.match(String(page.headers['content-security-policy']), /script-src 'self'/);
  const fallback = await send(server, '/some/deep/link');
  assert.ok(fallback.body.includes(server.token), 'the page served for any path carries it too');
  assert.match(server.token, /^[0-9a-f]{64}$/);
  const other = await startServer(source, '127.0.0.1', 0);
  try {
    assert.notEqual(other.token, server.token);
    const crossed = await send(other, '/api/status', { headers: { [TOKEN_HEADER]: server.token } });
    assert.equal(crossed.status, 403, 'one server\'s token opens no other');
  } finally {
    await other.close();
  }
});

test('off loopback the server needs a password, and every request then needs it', async () => {
  await assert.rejects(startServer(source, '0.0.0.0', 0), (error: Error & { code?: string }) => error.code === 'SERVER_NEEDS_PASSWORD' && /needs a password/.test(error.message));
  await assert.rejects(startServer(source, '0.0.0.0', 0, { password: '' }), /needs a password/, 'an empty password is none');
  const password = 'correct horse 梧桐';
  const open = await startServer(source, '0.0.0.0', 0, { password });
  const wide = Number(new URL(open.url).port);
  const basic = (user: string, secret: string) => `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;
  try {
    const cases: { label: string; path: string; headers: Record<string, string>; status: number }[] = [
      { label: 'the page without a password', path: '/', headers: {}, status: 401 },
      { label: 'the API with the token but no password', path: '/api/status', headers: { [TOKEN_HEADER]: open.token }, status: 401 },
      { label: 'a wrong password', path: '/', headers: { authorization: basic('wutong', 'guess') }, status: 401 },
      { label: 'the password with a prefix of it', path: '/', headers: { authorization: basic('wutong', 'correct horse') }, status: 401 },
      { label: 'the page with the password', path: '/', headers: { authorization: basic('wutong', password) }, status: 200 },
      { label: 'the API with password and token', path: '/api/status', headers: { authorization: basic('anyone', password), [TOKEN_HEADER]: open.token }, status: 200 },
      { label: 'the API with the password but no token', path: '/api/status', headers: { authorization: basic('wutong', password) }, status: 403 },
      { label: 'reached by another of its addresses', path: '/', headers: { authorization: basic('wutong', password), host: `10.20.30.40:${wide}` }, status: 200 },
      { label: 'a rebound DNS name with the password', path: '/', headers: { authorization: basic('wutong', password), host: `evil.example:${wide}` }, status: 403 },
    ];
    for (const c of cases) {
      const answer = await send(open, c.path, { headers: { host: `127.0.0.1:${wide}`, ...c.headers } });
      assert.equal(answer.status, c.status, `${c.label}: ${answer.body.slice(0, 200)}`);
      if (c.status === 401) assert.match(String(answer.headers['www-authenticate']), /^Basic realm="wutong"/, `${c.label}: the browser asks`);
    }
  } finally {
    await open.close();
  }
});

test('a request the server cannot finish answering is answered with an error by the deadline', async () => {
  const quick = await startServer(source, '127.0.0.1', 0, { deadlineMs: 800 });
  try {
    const headers = { [TOKEN_HEADER]: quick.token, 'content-type': 'application/json' };
    const stalled = await send(quick, '/api/export', { method: 'POST', headers, body: '{"nodes": [', declaredLength: 1 << 16 });
    assert.equal(stalled.status, 503);
    assert.equal(code(stalled), 'SERVER_TIMEOUT');
    assert.ok(stalled.ms >= 700 && stalled.ms < 5000, `answered at the deadline (${stalled.ms} ms)`);
    const after = await send(quick, '/api/status', { headers });
    assert.equal(after.status, 200, 'the server still answers');
  } finally {
    await quick.close();
  }
});

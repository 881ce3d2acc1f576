import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { resetDatabase, runCli, testDriver } from '../../test/support/neo4j';

const root = path.resolve(import.meta.dirname, '../..');
const driver = testDriver();

before(async () => {
  await resetDatabase(driver);
  const build = await runCli(['build', path.join(root, 'examples')]);
  assert.equal(build.code, 0, build.stderr + build.stdout);
});
after(() => driver.close());

const usage: { label: string; argv: string[]; code: number; out: RegExp }[] = [
  { label: 'no command prints the overview', argv: [], code: 2, out: /Usage: wutong <command>/ },
  { label: 'unknown command', argv: ['frobnicate'], code: 2, out: /unknown command 'frobnicate'/ },
  { label: 'build without paths', argv: ['build'], code: 2, out: /name at least one file or folder/ },
  { label: 'build with no workers', argv: ['build', 'x.txt', '--workers', '0'], code: 2, out: /--workers must be a positive whole number, not 0/ },
  { label: 'build with a time budget that is no number', argv: ['build', 'x.txt', '--article-seconds', 'soon'], code: 2, out: /--article-seconds must be a number above 0, not soon/ },
  { label: 'build --help names the limits and their defaults', argv: ['build', '--help'], code: 0, out: /--max-file-mb N .*default 32\)[\s\S]*--max-article-chars N .*default 2000000\)[\s\S]*--article-seconds S .*default 60\)/ },
  { label: 'unknown option', argv: ['query', '--nope', 'RETURN 1'], code: 2, out: /unknown option --nope/ },
  { label: 'bad --lang', argv: ['extract', '--jsonl', '--lang', 'fr'], code: 2, out: /--lang must be zh or en/ },
  { label: 'extract without --jsonl', argv: ['extract'], code: 2, out: /only --jsonl/ },
  { label: 'db with no action', argv: ['db'], code: 2, out: /expected start, stop or status/ },
];
for (const c of usage) {
  test(`usage: ${c.label} exits ${c.code}`, async () => {
    const run = await runCli(c.argv);
    assert.equal(run.code, c.code);
    assert.match(run.stdout + run.stderr, c.out);
  });
}

for (const command of ['build', 'extract', 'query', 'remove', 'db']) {
  test(`${command} --help explains the command and exits 0`, async () => {
    const run = await runCli([command, '--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, new RegExp(`^wutong ${command}`));
  });
}

test('query --json gives row objects keyed by column, integers as numbers', async () => {
  const run = await runCli(['query', '--json', 'MATCH (e:Entity) RETURN count(e) AS entities, $n AS n', '--param', 'n=7']);
  assert.equal(run.code, 0, run.stderr);
  const rows = JSON.parse(run.stdout) as { entities: number; n: number }[];
  assert.equal(rows.length, 1);
  assert.ok(rows[0]!.entities > 50, `entities: ${rows[0]!.entities}`);
  assert.equal(rows[0]!.n, 7);
});

test('query prints a table for people', async () => {
  const run = await runCli(['query', "MATCH (a:Article) RETURN a.title AS title ORDER BY title LIMIT 3"]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^title\s*\n─+/);
  assert.match(run.stdout, /\(3 rows\)/);
});

test('query refuses to write unless --write is given', async () => {
  const run = await runCli(['query', "CREATE (:Entity {id: 'x'})"]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /write/i);
  const count = await driver.executeQuery("MATCH (e:Entity {id: 'x'}) RETURN count(e) AS n");
  assert.equal(Number(count.records[0]!.get('n')), 0);
});

for (const file of readdirSync(path.join(root, 'cypher/queries'))) {
  test(`cypher/queries/${file} runs with wutong query --file`, async () => {
    const params = ['name=湖南省', 'from=长沙市', 'to=湖南省', 'a=湖南省', 'b=长沙市', 'text=经开区', 'type=null'];
    const run = await runCli(['query', '--json', '--file', path.join(root, 'cypher/queries', file), ...params.flatMap((p) => ['--param', p])]);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(Array.isArray(JSON.parse(run.stdout)));
  });
}

const down = { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:9' };
const failures: { label: string; argv: string[]; env?: NodeJS.ProcessEnv; line: RegExp }[] = [
  { label: 'query with Neo4j down', argv: ['query', 'RETURN 1'], env: down, line: /^wutong query: store: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9 \[STORE_UNAVAILABLE\]$/ },
  { label: 'export with Neo4j down', argv: ['export', '--format', 'json'], env: down, line: /^wutong export: store: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9 \[STORE_UNAVAILABLE\]$/ },
  { label: 'build with Neo4j down', argv: ['build', path.join(root, 'examples')], env: down, line: /^wutong build: store: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9 \[STORE_UNAVAILABLE\]$/ },
  { label: 'remove with Neo4j down', argv: ['remove', 'some-id'], env: down, line: /^wutong remove: store: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9 \[STORE_UNAVAILABLE\]$/ },
  { label: 'a wrong password', argv: ['query', 'RETURN 1'], env: { ...process.env, NEO4J_PASSWORD: 'not-the-password' }, line: /^wutong query: store: Neo4j at .* refused user 'neo4j': check NEO4J_USERNAME and NEO4J_PASSWORD \[STORE_AUTH\]$/ },
  { label: 'a query --write that fails in Neo4j', argv: ['query', '--write', 'RETURN 1/0'], line: /^wutong query: store: Neo4j refused the query: \/ by zero \(Neo\.ClientError\.Statement\.ArithmeticError\) \[STORE_QUERY\]$/ },
  { label: 'a bad NEO4J_URI', argv: ['query', 'RETURN 1'], env: { ...process.env, NEO4J_URI: 'http://127.0.0.1:7474' }, line: /^wutong query: store: NEO4J_URI must start with one of .* \[STORE_BAD_URI\]$/ },
];
for (const c of failures) {
  test(`failure: ${c.label} is one line with a code, exit 1`, async () => {
    const run = await runCli(c.argv, '', c.env);
    assert.equal(run.code, 1);
    const lines = run.stderr.split('\n').filter((l) => l !== '');
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0]!, c.line);
  });
}

test('extract --jsonl: one line per input, in order, offsets exact, relations index entities', async () => {
  const lines = [
    { id: 'a', text: '11月7日，浏阳经济技术开发区管理委员会与湖南星驰轨道装备有限公司签订战略合作协议。' },
    { id: 'b', text: 'Hunan Tianyi Robotics Co., Ltd. signed a supply agreement with Kessler GmbH in Changsha.', lang: 'en' },
    { id: 'c', text: '🚄 株洲𠀀 中车株洲电力机车有限公司与湘潭大学合作。' },
  ];
  const input = lines.map((l) => JSON.stringify(l)).join('\n') + '\nnot json\n';
  const run = await runCli(['extract', '--jsonl'], input);
  const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string | null; entities: { text: string; start: number; end: number }[]; relations: { source: number; target: number; start: number; end: number }[]; error?: string });
  assert.deepEqual(out.map((o) => o.id), ['a', 'b', 'c', null]);
  assert.equal(run.code, 1, 'the bad line makes the exit code say so');
  assert.match(out[3]!.error ?? '', /not a JSON object/);
  for (const [i, o] of out.slice(0, 3).entries()) {
    assert.ok(o.entities.length >= 2, `line ${i} finds entities: ${JSON.stringify(o)}`);
    for (const e of o.entities) assert.equal(lines[i]!.text.slice(e.start, e.end), e.text);
    for (const r of o.relations) {
      assert.ok(o.entities[r.source] && o.entities[r.target], 'source/target index into entities');
      assert.ok(r.start >= 0 && r.end <= lines[i]!.text.length && r.start < r.end);
    }
  }
});

test('extract --jsonl prints the names the text writes: a parent read inside a unit\'s name is the graph\'s, not an entity of the line', async () => {
  const text = '青禾大学材料研究中心与星渚经济开发区管委会签约。';
  const run = await runCli(['extract', '--jsonl', '--rules'], JSON.stringify({ id: 'u', text }));
  assert.equal(run.code, 0, run.stderr);
  const out = JSON.parse(run.stdout) as { entities: { text: string }[]; relations: { source: number; target: number; rule?: string }[] };
  assert.deepEqual(out.entities.map((e) => e.text), ['青禾大学材料研究中心', '星渚经济开发区管委会']);
  assert.ok(out.relations.every((r) => r.rule !== 'named-parent' && out.entities[r.source] && out.entities[r.target]), JSON.stringify(out.relations));
});

test('extract --jsonl: lines past the read-ahead window come out too, in order, each once', async () => {
  // The first thousand lines are read before any is extracted (to learn the source's style); the rest stream.
  const ids = Array.from({ length: 1203 }, (_, i) => `n${i}`);
  const input = ids.map((id, i) => JSON.stringify({ id, text: i % 2 ? '郴州经开区签约。' : '湘潭大学开学。' })).join('\n');
  const run = await runCli(['extract', '--jsonl'], input);
  assert.equal(run.code, 0, run.stderr);
  const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; entities: unknown[] });
  assert.deepEqual(out.map((o) => o.id), ids);
  assert.ok(out.every((o) => o.entities.length > 0), 'every line is extracted');
});

test('view --host 0.0.0.0 without a password refuses to start: one line, exit 2', async () => {
  const { WUTONG_VIEW_PASSWORD: _unset, ...env } = process.env;
  for (const host of ['0.0.0.0', '::', '192.168.1.5']) {
    const run = await runCli(['view', '--host', host, '--port', '0'], '', env);
    assert.equal(run.code, 2, host);
    assert.match(run.stderr, new RegExp(`^wutong view: --host ${host.replace(/\./g, '\\.')} lets other machines in; set a password with WUTONG_VIEW_PASSWORD or --password\\n$`), host);
  }
});

/** The real `wutong view` process, until it prints its address; stopped the way Ctrl-C stops it. */
async function startView(argv: string[], env: NodeJS.ProcessEnv): Promise<{ port: number; stderr: () => string; stop(): Promise<number | null> }> {
  const child = spawn(process.execPath, [path.join(root, 'bin/wutong.js'), 'view', ...argv], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const address = /http:\/\/0\.0\.0\.0:(\d+)\//.exec(stdout);
      if (address) resolve(Number(address[1]));
    });
    child.once('exit', (code) => reject(new Error(`view exited ${code}: ${stderr}`)));
  });
  return {
    port,
    stderr: () => stderr,
    stop: () => new Promise((resolve) => { child.once('exit', (code) => resolve(code)); child.kill('SIGTERM'); }),
  };
}

test('view --host 0.0.0.0 with a password (flag or environment) warns and asks every request for it', async () => {
  const { WUTONG_VIEW_PASSWORD: _unset, ...env } = process.env;
  const cases: { label: string; argv: string[]; env: NodeJS.ProcessEnv }[] = [
    { label: 'WUTONG_VIEW_PASSWORD', argv: [], env: { ...env, WUTONG_VIEW_PASSWORD: 's3cret 梧桐' } },
    { label: '--password', argv: ['--password', 's3cret 梧桐'], env },
  ];
  for (const c of cases) {
    const view = await startView(['--host', '0.0.0.0', '--port', '0', ...c.argv], c.env);
    try {
      const page = `http://127.0.0.1:${view.port}/`;
      const bare = await fetch(page);
      assert.equal(bare.status, 401, `${c.label}: no password`);
      assert.match(bare.headers.get('www-authenticate') ?? '', /^Basic /, `${c.label}: the browser asks`);
      const authorization = `Basic ${Buffer.from('me:s3cret 梧桐').toString('base64')}`;
      const served = await fetch(page, { headers: { authorization } });
      assert.equal(served.status, 200, `${c.label}: with the password`);
      const token = /name="wutong-token" content="([0-9a-f]+)"/.exec(await served.text())?.[1];
      assert.ok(token, `${c.label}: the page carries its token`);
      const status = await fetch(`${page}api/status`, { headers: { authorization, 'x-wutong-token': token } });
      assert.equal(status.status, 200, `${c.label}: the API answers the page`);
      assert.match(view.stderr(), /warning: listening on 0\.0\.0\.0: other machines can read the graph/, `${c.label}: warned`);
    } finally {
      assert.equal(await view.stop(), 0, `${c.label}: stops cleanly`);
    }
  }
});

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { isWutongError } from '../shared/errors';
import { listInputFiles, readArticles } from './index';
import { deepPage } from '../../test/support/articles';

let dir = '';
const at = (...parts: string[]): string => join(dir, ...parts);

const HTML = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>浏阳经开区新签约项目七个 - 示例新闻网</title>
<meta property="article:published_time" content="2025-09-12T10:00:00+08:00">
<style>p { color: red }</style></head>
<body><nav><a href="/">首页</a></nav>
<h1>浏阳经开区新签约项目七个</h1>
<p>记者 唐小雨</p>
<p>9月11日，<a href="https://example.org/zone">浏阳经开区</a>与七家企业签订投资协议，<strong>总投资</strong>52.6亿元。</p>
<p><img src="a.jpg" alt="现场">签约现场。（浏阳经开区管委会供图）</p>
<script>var tracking = 1;</script></body></html>`;

const HTML_NO_H1 = '<html><head><title>Yiyang clinic opens | Example Weekly</title><meta name="date" content="2025-06-30"></head><body><p>The clinic opened in Taojiang County on Monday.</p></body></html>';

const MARKDOWN = `---
title: 攸县花桥村召开板凳夜话会
date: 2025-11-21
authors: [谭卫国, 易欣然]
---

11月20日晚，花桥村的村民围坐在村部坪里，[讨论](https://example.org)村道拓宽。![图](a.png)

**油茶林流转获村民支持**
`;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wutong-ingest-'));
  await mkdir(at('zh', 'deep'), { recursive: true });
  await mkdir(at('.hidden'));
  await writeFile(at('zh', 'page.html'), HTML);
  await writeFile(at('zh', 'no-h1.htm'), HTML_NO_H1);
  await writeFile(at('zh', 'night-talk.md'), MARKDOWN);
  await writeFile(at('zh', 'deep', 'gbk.txt'), iconv.encode('长沙经开区签约\n\n项目总投资三亿元。', 'gbk'));
  await writeFile(at('zh', 'notes.pdf'), '%PDF-1.4');
  await writeFile(at('zh', 'README.md'), '# About this folder');
  await writeFile(at('.hidden', 'x.txt'), '隐藏');
  await writeFile(at('empty.txt'), '');
  await writeFile(at('blank.txt'), ' \n\u3000\n\n');
  await writeFile(at('binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
  const utf16 = iconv.encode('醴陵陶瓷产业园再扩容', 'utf-16le', { addBOM: true });
  await writeFile(at('truncated.txt'), utf16.subarray(0, utf16.length - 1));
  const gb = iconv.encode('衡山县把健康服务送到家门口。', 'gb18030');
  await writeFile(at('bad-gbk.txt'), Buffer.concat([gb.subarray(0, 6), Buffer.from([0x81, 0x0a]), gb.subarray(6)]));
  execFileSync('mkfifo', [at('pipe.txt')]);
  await writeFile(at('large.txt'), '株洲经开区新签约项目三个。\n'.repeat(200));
  await writeFile(at('deep.html'), deepPage(5000, '湘潭县人民医院与园区企业共建职工健康服务站。'));
  const unclosed = Array.from({ length: 3000 }, (_, n) => `<div><span>第${n + 1}项</span>签约<b>落地</b>。`).join('');
  await writeFile(at('unclosed.html'), `<html><body><h1>三千个未闭合的区块</h1>${unclosed}</body></html>`);
  const hidden = '<nav><a href="/">首页导航</a></nav><script>var tracking = 1;</script><footer>版权所有</footer><p>深处的正文。</p>';
  await writeFile(at('deep-chrome.html'), `<html><body><h1>深处的页面</h1>${'<section>'.repeat(4000)}${hidden}${'</section>'.repeat(4000)}</body></html>`);
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('listInputFiles', () => {
  it('walks folders recursively, sorted, supported extensions only, no READMEs or hidden entries', async () => {
    const { files, skipped } = await listInputFiles([at('zh')]);
    assert.deepEqual(files, [at('zh', 'deep', 'gbk.txt'), at('zh', 'night-talk.md'), at('zh', 'no-h1.htm'), at('zh', 'page.html')]);
    assert.deepEqual(skipped, []);
  });

  it('reports a missing path and an explicitly named unsupported file', async () => {
    const { files, skipped } = await listInputFiles([at('missing'), at('zh', 'notes.pdf'), at('empty.txt')]);
    assert.deepEqual(files, [at('empty.txt')]);
    assert.deepEqual(skipped.map((s) => s.path), [at('missing'), at('zh', 'notes.pdf')]);
    assert.match(skipped[0]!.reason, /no such file/u);
    assert.match(skipped[1]!.reason, /unsupported file type \(\.pdf\)/u);
  });
});

describe('readArticles by format', () => {
  const cases = [
    { label: 'HTML: readable text, h1 headline, meta date, no markup or scripts', file: ['zh', 'page.html'], title: '浏阳经开区新签约项目七个', authors: ['唐小雨'], published: '2025-09-12', lang: 'zh', absent: /<|tracking|首页|color|https?:/u, present: '9月11日，浏阳经开区与七家企业签订投资协议，总投资52.6亿元。' },
    { label: 'HTML without h1: <title> is the headline hint', file: ['zh', 'no-h1.htm'], title: 'Yiyang clinic opens', authors: [], published: '2025-06-30', lang: 'en', absent: /Example Weekly/u, present: 'The clinic opened in Taojiang County on Monday.' },
    { label: 'markdown: front matter date, title and authors; links and images reduced', file: ['zh', 'night-talk.md'], title: '攸县花桥村召开板凳夜话会', authors: ['谭卫国', '易欣然'], published: '2025-11-21', lang: 'zh', absent: /\*\*|\]\(|---|date:/u, present: '11月20日晚，花桥村的村民围坐在村部坪里，讨论村道拓宽。' },
    { label: 'GBK text file', file: ['zh', 'deep', 'gbk.txt'], title: '长沙经开区签约', authors: [], published: undefined, lang: 'zh', absent: /\ufffd/u, present: '项目总投资三亿元。' },
  ];
  for (const c of cases) {
    it(c.label, async () => {
      const [article, ...rest] = await readArticles(at(...c.file));
      assert.equal(rest.length, 0);
      assert.equal(article!.title, c.title);
      assert.deepEqual(article!.authors, c.authors);
      assert.equal(article!.published, c.published);
      assert.equal(article!.lang, c.lang);
      assert.equal(article!.source, at(...c.file));
      assert.equal(article!.text.split('\n')[0], c.title);
      assert.ok(article!.text.split('\n').includes(c.present), article!.text);
      assert.doesNotMatch(article!.text, c.absent);
    });
  }
});

describe('readArticles on bad files', () => {
  const cases = [
    { label: 'empty file', file: 'empty.txt', code: 'INGEST_EMPTY' },
    { label: 'only whitespace', file: 'blank.txt', code: 'INGEST_EMPTY' },
    { label: 'binary file', file: 'binary.txt', code: 'INGEST_BINARY' },
    { label: 'truncated UTF-16', file: 'truncated.txt', code: 'INGEST_DECODE' },
    { label: 'invalid GBK bytes', file: 'bad-gbk.txt', code: 'INGEST_DECODE' },
    { label: 'missing file', file: 'missing.txt', code: 'INGEST_READ' },
    { label: 'a named pipe, which would be read forever', file: 'pipe.txt', code: 'INGEST_READ' },
    { label: 'file over the size limit', file: 'large.txt', code: 'INGEST_TOO_LARGE', maxBytes: 4096, reason: /7\.8 KB, over the limit of 4 KB per file/u },
  ];
  for (const c of cases) {
    it(`${c.label}: ${c.code}, one line naming the file`, async () => {
      await assert.rejects(readArticles(at(c.file), c.maxBytes === undefined ? {} : { maxBytes: c.maxBytes }), (error: unknown) => {
        assert.ok(isWutongError(error, c.code), String(error));
        assert.ok(error.message.includes(at(c.file)));
        assert.doesNotMatch(error.message, /\n/u);
        if (c.reason) assert.match(error.message, c.reason);
        return true;
      });
    });
  }

  it('a file within the size limit is read', async () => {
    assert.equal((await readArticles(at('large.txt'), { maxBytes: 1 << 20 })).length, 1);
  });
});

describe('readArticles on pages nested deeper than a recursive walk can go', () => {
  const cases = [
    { label: 'one paragraph 5,000 elements deep', file: 'deep.html', lines: ['湘潭县人民医院与园区企业共建职工健康服务站。'], absent: /</u },
    { label: '3,000 unclosed blocks: every line, in order, each on its own', file: 'unclosed.html', lines: Array.from({ length: 3000 }, (_, n) => `第${n + 1}项签约落地。`), absent: /</u },
    { label: 'navigation, scripts and footers 4,000 deep are left out as near the top', file: 'deep-chrome.html', lines: ['深处的正文。'], absent: /首页导航|tracking|版权所有/u },
  ];
  for (const c of cases) {
    it(c.label, async () => {
      const articles = await readArticles(at(c.file));
      const lines = articles.flatMap((a) => a.text.split('\n'));
      const found = c.lines.map((line) => lines.indexOf(line));
      assert.ok(found.every((i) => i !== -1), `missing: ${c.lines.filter((_, k) => found[k] === -1).slice(0, 3).join(' | ')}`);
      assert.deepEqual(found, [...found].sort((a, b) => a - b), 'lines keep their order');
      assert.doesNotMatch(articles.map((a) => a.text).join('\n'), c.absent);
    });
  }
});

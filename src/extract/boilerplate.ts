/**
 * What a scraped news text carries that is not the article's prose: script and style sheets left in
 * the page, URLs, the agency's dateline (某某科技讯, 某某网11月5日电) and the site's bracketed tags after a
 * name (某某[微博]), the site's reprint notices (声明：…转载…) and its adverts (欢迎关注…, 下载客户端…). None of
 * it names what the article is about, yet a tagger reads `appendChild` as a person, 新浪娱乐讯 as a company
 * and the words of an advert repeated under a hundred articles as the most named firms of the corpus.
 * Found by shape (where in the line, what the token is made of) and a few words of page furniture
 * (src/lexicon/zh/page.json), never by the names in it, and blanked to spaces so every offset into
 * the article stays as it was.
 */

import { zh } from '../lexicon';

/** A span of the text that is not prose, with why (for tests and for whoever asks why a name was not read). */
export interface BoilerplateSpan {
  start: number;
  end: number;
  reason: 'code' | 'url' | 'dateline' | 'tag' | 'notice' | 'advert' | 'credit';
}

const HAN = /[\u4e00-\u9fff]/u;
// Statement or rule shapes of JavaScript and CSS: a line ending in { } [ ( or ;, one opening with } or ),
// a selector with its declarations (.tech-con p a:visited{color: …}), calls on the page's objects.
const CODE_LINE = [
  /^[}\])]/u,
  /[{}[(;]\s*$/u,
  // A property of an object literal, its value a whole literal: require: [, url: "//n.example.cn/a.js", wrap: true
  /^["']?[\w$-]+["']?\s*:\s*("[^"]*"|'[^']*'|-?\d+(\.\d+)?|true|false|null|\[|\{)\s*,?$/u,
  /^[\w.#:\-\s,>*[\]="']+\{[^}]*\}?$/u,
  /\b(function\s*\(|document\.|window\.|var\s+\w+\s*=|(let|const)\s+\w+\s*=|=>)/u,
  /^<\/?[a-z][\w-]*(\s[^>]*)?>/iu,
  // A property read by a quoted key (PAGE_INFO['videoDatas0']) and a block comment's first or last line.
  /\w\[\s*['"][\w$-]+['"]\s*\]/u,
  /^\/\*|\*\/$/u,
];
// A line of Han prose ending in ; or ) is still prose: only a line with these marks of code is code then,
// among them an ASCII key with a quoted value (title: '某某',), which prose writes with a full-width colon.
const CODE_MARK = /[{}=]|\w\(|\)\s*;|^[\w$]+\s*:\s*['"]|^\/\*/u;
// http://…, https：//… (the full-width colon of Chinese pages), www.…; up to the first space or Han character.
const URL = /(?:(?:https?|ftp)[:：]\/\/|www\.)[\w\-.~:/?#[\]@!$&'()*+,;=%]+/giu;
// An agency's tag opening a block: 新浪娱乐讯, 新京报快讯 (then a space, a bracket or a date), or its dateline
// 某某网长沙11月5日电. A block opens a line or follows a space (a reposted post ends in a zero-width one)
// or a sentence's end; the name stays short. A sentence that merely contains 讯 does not open a block.
const DATELINE = /(?<=^|[\s\u200b\u3000。！？!?\]】])(?:[\u4e00-\u9fffA-Za-z]{2,10}讯(?=[ \t\u3000\u00a0（(\d:：]|$)|[\u4e00-\u9fffA-Za-z]{2,14}?\d{1,2}月\d{1,2}日电)/gmu;
// The mark of a writer's credit (文/某某, （文/某某）) where it opens one: at a line's or bracket's start, after a
// space, or run on after an account's id. The writer's name after it stays readable; the mark alone reads as a firm.
const CREDIT = /(?<=^|[\s（(A-Za-z0-9])文\/(?=[^\s/])/gmu;
// A site's tag right after a name, in ASCII square brackets: [微博], [超话], [下载APP]. Chinese prose brackets with 【】.
const TAG = /\[[^\]\n]{1,8}\]/gu;

const CALLS = zh('callsToAction');
const NOTICE_LABELS = zh('noticeLabels');
const NOTICE_WORDS = zh('noticeWords');
/** Where a sentence ends; a site's advert ends its sentences with ~ too (…的产品吧~！). */
const SENTENCE_END = /[。！？!?~～\n]/u;
/** An account's id after its label (订阅号：qinghekeji): where an advert run on into the article stops. */
const ACCOUNT_ID = /号[：:]\s*[A-Za-z0-9_-]+/u;

/** A site's reprint or copyright notice: a line opening with a notice's label and naming reprint, licence or copyright. */
function isNoticeLine(line: string): boolean {
  const trimmed = line.trim();
  const colon = trimmed.search(/[：:]/u);
  if (colon < 0 || colon > 8) return false;
  const label = trimmed.slice(0, colon);
  return NOTICE_LABELS.suffixOf(label, 0) !== undefined && NOTICE_WORDS.occursIn(trimmed.slice(colon));
}

/** The sentences where a site asks the reader to follow, scan or download (see the callsToAction list). */
function advertSpans(text: string): BoilerplateSpan[] {
  const spans: BoilerplateSpan[] = [];
  for (let at = 0; at < text.length; at++) {
    const call = CALLS.at(text, at);
    if (call === undefined) continue;
    let start = at;
    while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
    let end = at + call.length;
    while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
    // A handle the scrape ran on into the article's first words (…订阅号：qinghekeji文/某某): the advert ends with the handle.
    const account = ACCOUNT_ID.exec(text.slice(at, end));
    if (account) end = at + account.index + account[0].length;
    spans.push({ start, end, reason: 'advert' });
    at = end;
  }
  return spans;
}

function isCodeLine(line: string): boolean {
  // A line comment after a statement (wrap:'box',//播放器外层id) is the code's, whatever its language; a URL's // follows a colon.
  const trimmed = line.replace(/(^|[\s,;{}()])\/\/.*$/u, '$1').trim();
  if (trimmed === '') return false;
  if (!CODE_LINE.some((shape) => shape.test(trimmed))) return false;
  return !HAN.test(trimmed) || CODE_MARK.test(trimmed);
}

/** Every span of `text` that is not prose, in text order. */
export function boilerplateSpans(text: string): BoilerplateSpan[] {
  const spans: BoilerplateSpan[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (isCodeLine(line)) spans.push({ start: lineStart, end: lineStart + line.length, reason: 'code' });
    else if (isNoticeLine(line)) spans.push({ start: lineStart, end: lineStart + line.length, reason: 'notice' });
    lineStart += line.length + 1;
  }
  for (const [pattern, reason] of [[URL, 'url'], [DATELINE, 'dateline'], [TAG, 'tag'], [CREDIT, 'credit']] as const) {
    for (const m of text.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length, reason });
  }
  spans.push(...advertSpans(text));
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The text with every non-prose span blanked to spaces, one per UTF-16 unit: same length, same offsets, nothing for a tagger to read there. */
export function maskBoilerplate(text: string): string {
  const spans = boilerplateSpans(text);
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.end <= at) continue;
    const from = Math.max(at, span.start);
    out += text.slice(at, from) + text.slice(from, span.end).replace(/[^\n]/g, ' ');
    at = span.end;
  }
  return out + text.slice(at);
}

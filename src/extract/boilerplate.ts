/**
 * What a scraped news text carries that is not the article's prose: script and style sheets left in
 * the page, URLs, the agency's dateline (某某科技讯, 某某网11月5日电) and the site's bracketed tags after a
 * name (杨幂[微博]). None of it names what the article is about, yet a tagger reads `appendChild` as a
 * person and 新浪娱乐讯 as a company. Found by shape (where in the line, what the token is made of), not by
 * a list of words, and blanked to spaces so every offset into the article stays as it was.
 */

/** A span of the text that is not prose, with why (for tests and for whoever asks why a name was not read). */
export interface BoilerplateSpan {
  start: number;
  end: number;
  reason: 'code' | 'url' | 'dateline' | 'tag';
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
];
// A line of Han prose ending in ; or ) is still prose: only a line with these marks of code is code then.
const CODE_MARK = /[{}=]|\w\(|\)\s*;/u;
// http://…, https：//… (the full-width colon of Chinese pages), www.…; up to the first space or Han character.
const URL = /(?:(?:https?|ftp)[:：]\/\/|www\.)[\w\-.~:/?#[\]@!$&'()*+,;=%]+/giu;
// An agency's tag opening a block: 新浪娱乐讯, 新京报快讯 (then a space, a bracket or a date), or its dateline
// 某某网长沙11月5日电. A block opens a line or follows a space (a reposted post ends in a zero-width one)
// or a sentence's end; the name stays short. A sentence that merely contains 讯 does not open a block.
const DATELINE = /(?<=^|[\s\u200b\u3000。！？!?\]】])(?:[\u4e00-\u9fffA-Za-z]{2,10}讯(?=[ \t\u3000\u00a0（(\d:：]|$)|[\u4e00-\u9fffA-Za-z]{2,14}?\d{1,2}月\d{1,2}日电)/gmu;
// A site's tag right after a name, in ASCII square brackets: [微博], [超话], [下载APP]. Chinese prose brackets with 【】.
const TAG = /\[[^\]\n]{1,8}\]/gu;

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
    lineStart += line.length + 1;
  }
  for (const [pattern, reason] of [[URL, 'url'], [DATELINE, 'dateline'], [TAG, 'tag']] as const) {
    for (const m of text.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length, reason });
  }
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

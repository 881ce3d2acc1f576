/**
 * Which node names are no entity at all: what the identity evaluation counts among the most
 * mentioned nodes of a built graph (issue 20: none of the 1,000 most mentioned may come from markup
 * or datelines). Two counts. By the shape of the name alone (the page around an article: markup,
 * datelines, handles), so the count stands apart from the extractor's rules; only what counts as an
 * English word or a program's identifier is shared. And by eye: the names of the Sina build's
 * 1,000 most mentioned judged as words, descriptions, fragments or a surname alone
 * (not-entities.json), which no shape tells from a name (颜值, 科普, 大学).
 */
import { readFileSync } from 'node:fs';
import { CODE_IDENTIFIER, isLatinVocabulary } from '../../src/extract/zh/latin-words';

export type JunkKind = 'blank' | 'markup' | 'url' | 'file' | 'code' | 'handle' | 'dateline' | 'site tag' | 'english word';

const SHAPES: ReadonlyArray<[JunkKind, RegExp]> = [
  // Nothing visible: spaces and the zero-width marks of a scraped page.
  ['blank', /^[\s\u200b-\u200d\u2060\ufeff]*$/u],
  ['site tag', /\[[^\]]*\]/u],
  ['url', /:\/\/|^www\.|\.(?:com|cn|net|org)(?:\/|$)|\//u],
  ['file', /\.(?:js|css|jpe?g|png|gif|s?html?|php|json)$/iu],
  ['markup', /[{}<>=;\\]|\/\*/u],
  // A program's identifier (appendChild), or words joined by underscores.
  ['code', CODE_IDENTIFIER],
  ['code', /^[A-Za-z]+_[A-Za-z_]+$/u],
  // An account's or a page's id in lower case, longer than names written so run (a romanised handle, a URL's path).
  ['handle', /^[a-z0-9_]{10,}$/u],
  // An agency's tag or dateline: 某某讯, 某某网11月5日电, a reporter's credit.
  // (A name that merely ends in 讯 is two characters, 某讯, or ends in 通讯 or 资讯.)
  ['dateline', /^.{3,}(?<!通|资)讯$|\d{1,2}月\d{1,2}日电$|^(?:本报)?记者/u],
];

/** Why a node's name is no entity, or undefined when its shape says nothing against it. */
export function junkKind(name: string): JunkKind | undefined {
  for (const [kind, shape] of SHAPES) if (shape.test(name)) return kind;
  // A Latin name in Chinese text that English uses as a word (the, get, oversize, Pro).
  if (/^[A-Za-z][A-Za-z -]*$/u.test(name) && isLatinVocabulary(name)) return 'english word';
  return undefined;
}

export type JudgedKind = 'common word' | 'English word' | 'description' | 'fragment' | 'surname alone';

const judged = new Map(
  (JSON.parse(readFileSync(new URL('./not-entities.json', import.meta.url), 'utf8')) as { judged: { name: string; kind: JudgedKind }[] }).judged.map((j) => [j.name, j.kind]),
);

/** What a reader judged a name of the Sina build to be when it names no entity, or undefined (a name, or never judged). */
export function judgedKind(name: string): JudgedKind | undefined {
  return judged.get(name);
}

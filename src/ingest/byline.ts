import { compoundSurnames, rules, singleSurnames } from './rules';

const HAN_ONLY = /^\p{Script=Han}+$/u;
const TOKEN_SEPARATORS = /[\s\u3000、，,;；]+/u;

/** A Chinese personal name: a known surname followed by one or two given-name characters. */
export function isChineseName(token: string): boolean {
  if (!HAN_ONLY.test(token)) return false;
  const chars = [...token];
  if (chars.length >= 3 && chars.length <= 4 && compoundSurnames.has(chars.slice(0, 2).join(''))) return true;
  return chars.length >= 2 && chars.length <= 3 && singleSurnames.has(chars[0]!);
}

/** `记者张三` → 张三; a whole token ending in a role (`浏阳市融媒体中心记者`) names no person. */
function stripRole(token: string): { token: string; hadRole: boolean } {
  for (const role of rules.bylineRoles) {
    if (token.endsWith(role)) return { token: '', hadRole: true };
    if (token.startsWith(role)) return { token: token.slice(role.length), hadRole: true };
  }
  return { token, hadRole: false };
}

/**
 * The names in a byline such as `张三 李四` or `记者 张三 通讯员 李四`; undefined when any token is not a
 * name, so a phrase like `接地气 有温度` is not mistaken for one.
 */
export function parseChineseNames(text: string): { names: string[]; hadRole: boolean } | undefined {
  const names: string[] = [];
  let hadRole = false;
  for (const raw of text.trim().split(TOKEN_SEPARATORS)) {
    if (raw === '') continue;
    const stripped = stripRole(raw);
    hadRole ||= stripped.hadRole;
    if (stripped.token === '') continue;
    if (!isChineseName(stripped.token)) return undefined;
    names.push(stripped.token);
  }
  return names.length > 0 ? { names, hadRole } : undefined;
}

const ENGLISH_BYLINE = /^by\s+(.+)$/i;
const ENGLISH_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** `By Li Na and Tom Becker` → [Li Na, Tom Becker]. */
export function parseEnglishByline(line: string): string[] | undefined {
  const match = ENGLISH_BYLINE.exec(line.trim());
  if (!match) return undefined;
  const names = match[1]!
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return names.length > 0 && names.every((name) => ENGLISH_NAME.test(name)) ? names : undefined;
}

/**
 * A standalone byline printed between headline and body: two or more names (`梁某 刘某`), or names
 * after a role word (`本报记者 张三`), or an English `By …` line.
 */
export function standaloneByline(line: string): string[] | undefined {
  const english = parseEnglishByline(line);
  if (english) return english;
  const parsed = parseChineseNames(line);
  if (!parsed) return undefined;
  return parsed.names.length >= 2 || parsed.hadRole ? parsed.names : undefined;
}

const PAREN_AT_END = /^(.*?)[（(]([^（）()]{1,40})[）)]\s*$/u;

export function isPhotoCredit(inner: string): boolean {
  const trimmed = inner.trim();
  return rules.photoCreditEndings.endsText(trimmed);
}

/**
 * A byline in parentheses that closes an article: the whole line (`（陈某）`) or the end of its last
 * paragraph (`……承诺。（夏某 周某）`). A photo credit `（…供图）` / `（… 摄）` is not a byline, nor is a
 * parenthesis inside a sentence (`神经内科（康复）`).
 */
export function closingByline(line: string): { before: string; names: string[] } | undefined {
  const match = PAREN_AT_END.exec(line);
  if (!match) return undefined;
  const before = match[1]!.trim();
  const inner = match[2]!;
  if (isPhotoCredit(inner)) return undefined;
  if (before !== '' && !rules.sentenceFinal.has([...before].at(-1)!)) return undefined;
  const parsed = parseChineseNames(inner);
  return parsed ? { before, names: parsed.names } : undefined;
}

/** A photo caption line: text ending with a parenthesised credit. */
export function isCaption(line: string): boolean {
  const match = PAREN_AT_END.exec(line);
  return match !== null && isPhotoCredit(match[2]!);
}

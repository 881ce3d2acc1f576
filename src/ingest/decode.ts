import chardet from 'chardet';
import iconv from 'iconv-lite';
import { WutongError } from '../shared/errors';

/**
 * Encoding detection: chardet proposes, iconv-lite decodes, and every proposal is verified before it
 * is trusted. chardet alone misreads short Chinese texts (a two-line GB18030 note comes back as
 * ISO-8859-6, UTF-16 without a BOM as windows-1252), so each candidate's decoding is scored by how
 * much of its non-ASCII text is ordinary Chinese (common characters and CJK punctuation); the
 * best clean decoding wins, chardet's order breaking ties.
 */

export interface Decoded {
  text: string;
  encoding: string;
}

const CHINESE = ['gb18030', 'big5'];
const UTF16 = ['utf-16le', 'utf-16be'];
/** Encodings whose every byte decodes to something: accepted only for mostly-ASCII text. */
const MULTIBYTE = new Set(['utf-8', ...CHINESE, ...UTF16, 'euc-jp', 'shift_jis', 'euc-kr', 'iso-2022-jp', 'iso-2022-kr', 'iso-2022-cn']);

const decodeError = (message: string): WutongError => new WutongError('ingest', 'INGEST_DECODE', message);

let commonHan: Set<string> | undefined;

/**
 * The commonly used characters of both scripts, read from iconv-lite's own tables: GB2312 level 1
 * (the 3,755 most frequent simplified characters) and Big5's frequent characters (0xA440–0xC67E).
 */
function commonCharacters(): Set<string> {
  if (commonHan) return commonHan;
  const bytes: number[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) bytes.push(lead, trail);
  const big5: number[] = [];
  for (let lead = 0xa4; lead <= 0xc6; lead++) {
    for (const [from, to] of [[0x40, 0x7e], [0xa1, 0xfe]] as const) for (let trail = from; trail <= to; trail++) big5.push(lead, trail);
  }
  commonHan = new Set([...iconv.decode(Buffer.from(bytes), 'gb2312'), ...iconv.decode(Buffer.from(big5), 'big5')]);
  commonHan.delete('\ufffd');
  return commonHan;
}

const CJK_PUNCTUATION = /[\u3000-\u303f\uff01-\uff60\uffe0-\uffe6\u2010-\u2027\u2030-\u205e\u00b7\u00d7\u2460-\u24ff\u25a0-\u25ff]/u;
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/u;

/** Share of the non-ASCII characters that are ordinary Chinese text; 1 for pure ASCII. */
function chineseScore(text: string): number {
  const common = commonCharacters();
  let nonAscii = 0;
  let ordinary = 0;
  for (const ch of text) {
    if (ch <= '\u007f') continue;
    nonAscii++;
    if (common.has(ch) || CJK_PUNCTUATION.test(ch)) ordinary++;
  }
  return nonAscii === 0 ? 1 : ordinary / nonAscii;
}

function nonAsciiShare(text: string): number {
  const visible = text.replace(/\s/gu, '');
  return visible.length === 0 ? 0 : visible.replace(/[\u0000-\u007f]/gu, '').length / visible.length;
}

/** The candidate's decoding, or undefined when it is not clean text. */
function tryDecode(buf: Buffer, encoding: string): string | undefined {
  if (!iconv.encodingExists(encoding)) return undefined;
  if (UTF16.includes(encoding) && buf.length % 2 !== 0) return undefined;
  if (encoding === 'utf-8') {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buf);
    } catch {
      return undefined;
    }
  }
  const text = iconv.decode(buf, encoding);
  if (text.includes('\ufffd') || CONTROL.test(text)) return undefined;
  if (!MULTIBYTE.has(encoding) && nonAsciiShare(text) > 0.3) return undefined;
  return text;
}

function bomDecode(buf: Buffer): Decoded | undefined {
  const boms: [number[], string][] = [[[0xef, 0xbb, 0xbf], 'utf-8'], [[0xff, 0xfe], 'utf-16le'], [[0xfe, 0xff], 'utf-16be']];
  for (const [bom, encoding] of boms) {
    if (!bom.every((byte, i) => buf[i] === byte)) continue;
    const rest = buf.subarray(bom.length);
    if (encoding !== 'utf-8' && rest.length % 2 !== 0) throw decodeError(`truncated ${encoding.toUpperCase()} (an odd number of bytes after the byte-order mark)`);
    const text = tryDecode(rest, encoding);
    if (text === undefined) throw decodeError(`invalid ${encoding.toUpperCase()} after its byte-order mark`);
    return { text, encoding };
  }
  return undefined;
}

function bestCandidate(buf: Buffer, candidates: string[]): Decoded | undefined {
  let best: (Decoded & { score: number }) | undefined;
  for (const encoding of candidates) {
    const text = tryDecode(buf, encoding);
    if (text === undefined) continue;
    const score = chineseScore(text);
    if (!best || score > best.score) best = { text, encoding, score };
  }
  return best && best.score >= 0.6 ? { text: best.text, encoding: best.encoding } : undefined;
}

function looksBinary(buf: Buffer): boolean {
  let control = 0;
  for (const byte of buf) if (byte === 0 || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b)) control++;
  return buf.includes(0) || control > buf.length * 0.02;
}

/** Decodes a text file's bytes, detecting UTF-8, GB18030/GBK, Big5 and UTF-16 (with or without BOM). */
export function decodeBuffer(buf: Buffer): Decoded {
  const withBom = bomDecode(buf);
  if (withBom) return withBom;
  if (looksBinary(buf)) {
    // Text of Latin letters in UTF-16 without a BOM is half NUL bytes; anything else is binary.
    const utf16 = bestCandidate(buf, UTF16);
    if (utf16) return utf16;
    if (buf.length % 2 !== 0 && bestCandidate(buf.subarray(0, -1), UTF16)) throw decodeError('truncated UTF-16 (an odd number of bytes)');
    throw new WutongError('ingest', 'INGEST_BINARY', 'binary content (NUL or control bytes), not a text file');
  }
  const utf8 = tryDecode(buf, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const proposed = chardet.analyse(buf).map((match) => match.name.toLowerCase());
  const candidates = [...new Set([...proposed, ...CHINESE, ...UTF16])];
  const decoded = bestCandidate(buf, candidates);
  if (!decoded) throw decodeError('undecodable bytes: not valid UTF-8, GB18030, Big5 or UTF-16 text');
  return decoded;
}

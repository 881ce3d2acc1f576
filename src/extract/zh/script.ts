import { createRequire } from 'node:module';
import { zh } from '../../lexicon';
import { characterTable } from './lexicon';

/** A text whose Chinese characters are this share traditional-only forms or more is traditional. */
const TRADITIONAL_SHARE = 0.15;
/** …and holds at least this many of them: one quoted name (臺灣) does not make a text traditional. */
const MIN_TRADITIONAL = 2;

type Convert = (text: string) => string;

let traditionalOnly: Uint8Array | undefined;
let convert: Convert | undefined;

function traditionalTable(): Uint8Array {
  traditionalOnly ??= characterTable(zh('traditionalOnly'));
  return traditionalOnly;
}

/** OpenCC's Taiwan/standard traditional → mainland simplified converter, loaded on first need. */
function converter(): Convert {
  if (convert) return convert;
  const opencc = createRequire(import.meta.url)('opencc-js/t2cn') as typeof import('opencc-js/t2cn');
  convert = opencc.Converter({ from: 'tw', to: 'cn' });
  return convert;
}

/** Whether a text is written in traditional characters (長沙經濟技術開發區), by its share of traditional-only forms. */
export function readsTraditional(text: string): boolean {
  const table = traditionalTable();
  let han = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) continue;
    han++;
    traditional += table[code]!;
  }
  return traditional >= MIN_TRADITIONAL && traditional >= TRADITIONAL_SHARE * han;
}

/**
 * The text in simplified characters, of the same length so that every offset holds, when it is
 * written in traditional ones; undefined for a text already simplified. The models, lexicons and
 * patterns are simplified, so a traditional article is read through this.
 */
export function simplifiedReading(text: string): string | undefined {
  if (!readsTraditional(text)) return undefined;
  const whole = converter()(text);
  if (whole.length === text.length) return whole;
  // A phrase converted to one of another length: character by character keeps the offsets.
  let out = '';
  for (const ch of text) {
    const simplified = converter()(ch);
    out += simplified.length === ch.length ? simplified : ch;
  }
  return out;
}

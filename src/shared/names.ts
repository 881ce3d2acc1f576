/**
 * A name as every stage compares it: full-width ASCII folded, spaces trimmed and collapsed, and
 * dropped inside a Chinese name. Shared by resolution's keys and the lexicon's known aliases.
 */
export function normaliseName(name: string): string {
  let out = '';
  for (const ch of name) {
    const code = ch.charCodeAt(0);
    out += code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : code === 0x3000 ? ' ' : ch;
  }
  out = out.trim().replace(/\s+/g, ' ');
  return /[\u4e00-\u9fff]/.test(out) ? out.replace(/\s/g, '') : out;
}


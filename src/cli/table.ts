/** Display width of a string in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(char) ? 2 : 1;
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** A plain value as one table cell: nodes and relationships shortened, long text cut. */
export function cell(value: unknown, maxWidth = 60): string {
  const text = describe(value);
  if (displayWidth(text) <= maxWidth) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > maxWidth - 1) break;
    out += char;
  }
  return out + '…';
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.labels) && v.properties) {
    const props = v.properties as Record<string, unknown>;
    return `(:${(v.labels as string[]).join(':')} ${String(props.name ?? props.title ?? props.id ?? '')})`;
  }
  if (typeof v.type === 'string' && 'startNodeElementId' in v) return `[:${v.type}]`;
  if (Array.isArray(v.nodes) && Array.isArray(v.relationships)) return (v.nodes as unknown[]).map(describe).join('-');
  return JSON.stringify(value);
}

/** Rows as an aligned text table with a header line. */
export function formatTable(columns: string[], rows: Record<string, unknown>[]): string {
  const cells = rows.map((row) => columns.map((c) => cell(row[c]).replace(/\s+/g, ' ')));
  const widths = columns.map((c, i) => Math.max(displayWidth(c), ...cells.map((r) => displayWidth(r[i]!))));
  const line = (values: string[]) => values.map((v, i) => pad(v, widths[i]!)).join(' │ ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [line(columns), rule, ...cells.map(line)].join('\n');
}

import { convert, type FormatCallback } from 'html-to-text';
import { findDate } from './article';
import { boundedNesting, MAX_HTML_DEPTH } from './nesting';
import type { PageHints } from './page';

/** Headings keep a markdown marker so page splitting sees them as headlines, as in .md files. */
const markdownHeading = (marker: string): FormatCallback => (elem, walk, builder) => {
  builder.openBlock({ leadingLineBreaks: 2 });
  builder.addInline(`${marker} `);
  walk(elem.children, builder);
  builder.closeBlock({ trailingLineBreaks: 2 });
};

const SKIPPED = ['body > header', 'img', 'script', 'style', 'nav', 'footer', 'form', 'button', 'svg', 'noscript', 'iframe'];
/** The skipped elements named by tag alone, which an unwrapped deep element drops as well. */
const SKIPPED_TAGS = new Set(SKIPPED.filter((selector) => /^[a-z]+$/u.test(selector)));

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

const DATE_META = new Set(['date', 'pubdate', 'publishdate', 'article:published_time', 'datepublished', 'dc.date', 'dc.date.issued']);

/** The stated publication date from `<meta name="date" …>` and its common variants. */
function metaDate(html: string): string | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/giu) ?? []) {
    const attributes = new Map<string, string>();
    for (const [, name, , value] of tag.matchAll(/([\w:.-]+)\s*=\s*(["'])(.*?)\2/gu)) attributes.set(name!.toLowerCase(), value!);
    const key = (attributes.get('name') ?? attributes.get('property') ?? attributes.get('itemprop') ?? '').toLowerCase();
    const content = attributes.get('content');
    if (DATE_META.has(key) && content !== undefined) {
      const date = findDate(content);
      if (date) return date;
    }
  }
  return undefined;
}

function documentTitle(html: string): string | undefined {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/iu.exec(html);
  const title = match ? decodeEntities(match[1]!).replace(/\s+/gu, ' ').trim() : '';
  // `Headline - Site name`: the site name is not part of the headline.
  const headline = title.split(/\s+[-|–—_]\s+/u)[0]!.trim();
  return headline === '' ? undefined : headline;
}

/** The readable text of an HTML page (headings marked as in markdown) and what its head states. */
export function htmlToPage(html: string): { text: string; hints: PageHints } {
  const text = convert(boundedNesting(html, MAX_HTML_DEPTH, SKIPPED_TAGS), {
    wordwrap: false,
    baseElements: { selectors: ['body'], returnDomByDefault: true },
    formatters: { markdownH1: markdownHeading('#'), markdownH2: markdownHeading('##') },
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'h1', format: 'markdownH1' },
      ...['h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, format: 'markdownH2' })),
      ...SKIPPED.map((selector) => ({ selector, format: 'skip' })),
      { selector: 'ul', options: { itemPrefix: ' ' } },
    ],
  });
  const hints: PageHints = {};
  const title = documentTitle(html);
  const published = metaDate(html);
  if (title !== undefined) hints.title = title;
  if (published !== undefined) hints.published = published;
  return { text, hints };
}

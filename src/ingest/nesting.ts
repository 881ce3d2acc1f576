import render from 'dom-serializer';
import { Element, isTag, type ChildNode, type ParentNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/**
 * How deep a page may nest before its deeper elements are unwrapped. html-to-text walks the tree
 * recursively and runs out of stack between 2,000 and 3,000 levels; real pages nest a few dozen
 * deep, and pages with hundreds of unclosed tags stay under this.
 */
export const MAX_HTML_DEPTH = 256;

/** Elements whose end is a line break in the text: unwrapped, they leave a <br> on either side. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);

/**
 * The page with every element deeper than `maxDepth` unwrapped into a flat run of its text and its
 * childless elements (a <p>, a <br>, a <script>), so a converter that recurses meets a bounded
 * depth and still reads all the text. Elements named in `drop` (scripts, navigation …) go whole, as
 * the converter would skip them. The page comes back unchanged when it is within the bound.
 * Parsing (htmlparser2) and this walk use explicit stacks, never recursion.
 */
export function boundedNesting(html: string, maxDepth: number, drop: ReadonlySet<string>): string {
  const document = parseDocument(html, { decodeEntities: false });
  const stack: { node: ParentNode; depth: number }[] = [{ node: document, depth: 0 }];
  let deep = false;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth < maxDepth) {
      for (const child of node.children) if (isTag(child)) stack.push({ node: child, depth: depth + 1 });
    } else if (node.children.some(isTag)) {
      node.children = flatRun(node.children, drop);
      deep = true;
    }
  }
  return deep ? render(document, { decodeEntities: false }) : html;
}

/** The nodes under `nodes` in document order, with every element that holds elements unwrapped. */
function flatRun(nodes: ChildNode[], drop: ReadonlySet<string>): ChildNode[] {
  const out: ChildNode[] = [];
  const pending: ChildNode[] = [...nodes].reverse();
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (!isTag(node)) {
      out.push(node);
    } else if (drop.has(node.name)) {
      continue;
    } else if (!node.children.some(isTag)) {
      out.push(node);
    } else {
      const block = BLOCKS.has(node.name);
      if (block) out.push(new Element('br', {}));
      pending.push(...(block ? [new Element('br', {})] : []), ...[...node.children].reverse());
    }
  }
  return out;
}

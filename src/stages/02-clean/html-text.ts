import { Readability } from '@mozilla/readability';

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL', 'TBODY', 'THEAD', 'CAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT', 'CANVAS']);

/**
 * Turns a DOM subtree into text with one paragraph per block element (blank line between
 * blocks), collapsing whitespace inside blocks the way a browser renders it.
 */
export function blockText(root: unknown): string {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const t = current.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };
  // Iterative walk: hostile pages nest elements far deeper than the call stack allows.
  const stack: Array<{ node: DomNode; exit: boolean }> = [{ node: root as DomNode, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (exit) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      current += '\n';
      continue;
    }
    const block = BLOCK.has(name);
    if (block) {
      flush();
      stack.push({ node, exit: true });
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
  }
  flush();
  return blocks.join('\n\n');
}

export interface ExtractedHtml {
  readonly text: string;
  /** Which extractor produced the text: Readability, or the whole body when Readability finds no article. */
  readonly rule: 'clean.readability' | 'clean.html-body';
  readonly title: string | null;
}

/**
 * Extracts the article text from a parsed page with Mozilla Readability. The headline is put
 * first when the extracted body does not already start with it, since headlines carry events too.
 */
export function extractArticleText(document: unknown, knownTitle: string | null): ExtractedHtml {
  const doc = document as { body?: unknown; cloneNode?: (deep: boolean) => unknown };
  type Parsed = { title?: string | null; content?: unknown };
  let article: Parsed | null = null;
  try {
    article = new Readability(document as never, { serializer: (el: unknown) => el } as never).parse() as Parsed | null;
  } catch {
    article = null;
  }
  const title = (knownTitle ?? article?.title ?? null)?.trim() || null;
  let body = article?.content ? blockText(article.content) : '';
  let rule: ExtractedHtml['rule'] = 'clean.readability';
  if (body.trim() === '' && doc.body) {
    body = blockText(doc.body);
    rule = 'clean.html-body';
  }
  const startsWithTitle = title !== null && body.slice(0, title.length + 20).includes(title);
  const text = title && !startsWithTitle && body.trim() !== '' ? `${title}\n\n${body}` : body;
  return { text, rule, title };
}

/**
 * A saved web page → the article's text. Navigation, header, footer, sidebars, forms, scripts and
 * styles are dropped; the article body is `<article>` or `<main>` when the page has one, else the
 * element whose own paragraphs hold the most text (the "densest block"). Block elements become line
 * breaks, so headings and paragraphs stay separate lines. Pure, no dependencies: a small tolerant
 * tokenizer, enough for pages as browsers save them.
 *
 * Every walk over the tree is a loop with its own stack, not a recursion: a page may nest elements
 * thousands deep (5,000 nested <div>s overflowed the call stack), and the depth of a page is the
 * sender's choice.
 */

interface El {
  tag: string;
  attrs: string;
  children: (El | string)[];
  parent: El | null;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'textarea', 'select']);
const BOILERPLATE_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'button', 'menu', 'dialog', 'figure', 'head']);
const BOILERPLATE_NAMES = /\b(nav|navbar|navigation|menu|footer|header|masthead|cookie|cookies|consent|share|sharing|social|sidebar|breadcrumbs?|comments?|reacties|related|gerelateerd|newsletter|nieuwsbrief|banner|skip|popup|modal)\b/i;
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'dd', 'dt', 'dl', 'br', 'hr', 'header', 'footer', 'figcaption',
]);
/** Elements whose start closes an open <p> or <li> (browsers do the same). */
const CLOSES_P = new Set(['p', 'div', 'section', 'article', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'main', 'header', 'footer', 'nav', 'aside', 'form']);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  sbquo: '‚', bdquo: '„', euml: 'ë', iuml: 'ï', ouml: 'ö', uuml: 'ü', auml: 'ä', eacute: 'é', egrave: 'è', ecirc: 'ê', aacute: 'á', agrave: 'à',
  oacute: 'ó', iacute: 'í', uacute: 'ú', ccedil: 'ç', Euml: 'Ë', Eacute: 'É', copy: '©', reg: '®', euro: '€', shy: '', zwj: '', zwnj: '', bull: '•', middot: '·',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (m, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return NAMED[code] ?? NAMED[code.toLowerCase()] ?? m;
  });
}

function parse(html: string): El {
  const root: El = { tag: '#root', attrs: '', children: [], parent: null };
  let cur = root;
  let lower: string | null = null;
  const re = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>|<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let last = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index > last) cur.children.push(html.slice(last, m.index));
    last = re.lastIndex;
    const name = m[1]?.toLowerCase();
    if (!name) continue; // comment, doctype, processing instruction
    if (m[0][1] === '/') {
      // Close the nearest open element of that name, if any.
      for (let e: El | null = cur; e && e.parent; e = e.parent) {
        if (e.tag === name) {
          cur = e.parent;
          break;
        }
      }
      continue;
    }
    if (CLOSES_P.has(name) || name === 'li') {
      for (let e: El | null = cur; e && e.parent; e = e.parent) {
        if (e.tag === 'p' || (name === 'li' && e.tag === 'li')) {
          cur = e.parent;
          break;
        }
        if (BLOCK.has(e.tag) && e.tag !== 'p' && e.tag !== 'li') break;
      }
    }
    const el: El = { tag: name, attrs: m[2] ?? '', children: [], parent: cur };
    cur.children.push(el);
    if (RAW.has(name)) {
      // Skip to the matching end tag: scripts and styles may hold '<'.
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, last);
      const stop = end < 0 ? html.length : end;
      last = stop;
      re.lastIndex = stop;
      continue;
    }
    if (!VOID.has(name) && !m[0].endsWith('/>')) cur = el;
  }
  if (last < html.length) cur.children.push(html.slice(last));
  return root;
}

const attr = (el: El, name: string) => new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(el.attrs)?.slice(2).find((v) => v !== undefined) ?? '';

function isBoilerplate(el: El): boolean {
  if (BOILERPLATE_TAGS.has(el.tag) || RAW.has(el.tag)) return true;
  const role = attr(el, 'role');
  if (/^(navigation|banner|contentinfo|complementary|search|dialog)$/i.test(role)) return true;
  if (attr(el, 'aria-hidden') === 'true' || /\bhidden\b/i.test(attr(el, 'hidden') || (/\bhidden\b/.test(el.attrs) ? 'hidden' : ''))) return true;
  return BOILERPLATE_NAMES.test(`${attr(el, 'class')} ${attr(el, 'id')}`);
}

/** The elements below `el`, in document order (`el` itself not included). */
function descendants(el: El): El[] {
  const out: El[] = [];
  const stack: El[] = [el];
  for (let e = stack.pop(); e; e = stack.pop()) {
    if (e !== el) out.push(e);
    for (let i = e.children.length - 1; i >= 0; i--) {
      const c = e.children[i]!;
      if (typeof c !== 'string') stack.push(c);
    }
  }
  return out;
}

function strip(el: El): void {
  for (const e of [el, ...descendants(el)]) e.children = e.children.filter((c) => typeof c === 'string' || !isBoilerplate(c));
}

function findAll(el: El, pred: (e: El) => boolean): El[] {
  return descendants(el).filter(pred);
}

function rawText(el: El): string {
  const out: string[] = [];
  const stack: (El | string)[] = [el];
  for (let c = stack.pop(); c !== undefined; c = stack.pop()) {
    if (typeof c === 'string') out.push(c);
    else for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
  }
  return out.join('');
}

/** Each element's raw text length, computed once for the whole tree (children before parents). */
function textLengths(root: El): Map<El, number> {
  const lengths = new Map<El, number>();
  for (const e of [root, ...descendants(root)].reverse()) {
    lengths.set(e, e.children.reduce((n, c) => n + (typeof c === 'string' ? c.length : (lengths.get(c) ?? 0)), 0));
  }
  return lengths;
}

function render(el: El, out: string[]): void {
  // The stack holds what is still to write: text and elements, and the line breaks that close a block.
  const stack: (El | string | { close: string })[] = [...el.children].reverse();
  for (let c = stack.pop(); c !== undefined; c = stack.pop()) {
    if (typeof c === 'string') {
      out.push(decodeEntities(c).replace(/\s+/g, ' '));
      continue;
    }
    if ('close' in c) {
      out.push(c.close);
      continue;
    }
    const block = BLOCK.has(c.tag);
    if (block) out.push('\n');
    if (c.tag === 'li') out.push('• ');
    if (block) stack.push({ close: c.tag === 'p' || /^h\d$/.test(c.tag) ? '\n\n' : '\n' });
    for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
  }
}

/** Text length of an element's own paragraphs: the readability of a block. */
function paragraphScore(el: El): number {
  let score = 0;
  for (const c of el.children) {
    if (typeof c !== 'string' && (c.tag === 'p' || c.tag === 'blockquote' || c.tag === 'h2' || c.tag === 'h3')) {
      const t = decodeEntities(rawText(c)).trim();
      if (t.length > 25) score += t.length;
    }
  }
  return score;
}

export function htmlTitle(html: string): string | null {
  const root = parse(html);
  const h1 = findAll(root, (e) => e.tag === 'h1')[0];
  const title = findAll(root, (e) => e.tag === 'title')[0];
  const text = (h1 ? rawText(h1) : title ? rawText(title) : '').replace(/\s+/g, ' ').trim();
  return text ? decodeEntities(text).slice(0, 300) : null;
}

export function htmlToText(html: string): string {
  const root = parse(html);
  const body = findAll(root, (e) => e.tag === 'body')[0] ?? root;
  strip(body);
  const lengths = textLengths(body);
  const longest = (els: El[]) => els.sort((a, b) => (lengths.get(b) ?? 0) - (lengths.get(a) ?? 0))[0];
  let main = longest(findAll(body, (e) => e.tag === 'article')) ?? longest(findAll(body, (e) => e.tag === 'main' || attr(e, 'role') === 'main'));
  if (!main || rawText(main).trim().length < 200) {
    const blocks = findAll(body, (e) => ['div', 'section', 'td', 'article', 'main', 'body'].includes(e.tag));
    const best = blocks.map((e) => ({ e, s: paragraphScore(e) })).sort((a, b) => b.s - a.s)[0];
    main = best && best.s > 0 ? best.e : body;
    // A heading just before the block (the article's title) belongs to it.
  }
  const out: string[] = [];
  render(main, out);
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * What a saved web page says about itself: the article's title, publication date, author,
 * publisher and canonical address, from the page's metadata in this order of trust:
 *
 *   title      JSON-LD `headline` › `og:title` › `<title>` without its " | Site name" suffix › first `<h1>`
 *   date       JSON-LD `datePublished` › `article:published_time` › the first `<time datetime>`
 *   author     JSON-LD `author` (a name, a Person or a list) › `<meta name="author">`
 *   publisher  JSON-LD `publisher.name` › `og:site_name`
 *   url        `<link rel="canonical">` › `og:url` › JSON-LD `url` / `mainEntityOfPage`
 *
 * JSON-LD is schema.org's Article (NewsArticle, BlogPosting, …) as sites publish it for search
 * engines; `og:` is the Open Graph protocol (ogp.me). Dates become partial ISO dates
 * (vocabulary.ts: `2024`, `2024-05`, `2024-05-31`). The API offers it (`articleMetadata`) for a form to pre-fill from
 * (the curator may change them) and `npm run intake` uses it where no flag says otherwise. Parsed with
 * htmlparser2 (forgiving, as browsers are), not by hand. Pure: no I/O.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { isPartialDate, type SourceKind } from '../domain/vocabulary.js';

export interface HtmlMetadata {
  title: string | null;
  date: string | null;
  author: string | null;
  publisher: string | null;
  url: string | null;
  /** INTERVIEW when the page calls itself one (title, section, genre); else null (the form's default). */
  kind: SourceKind | null;
}

type Node = ReturnType<typeof parseDocument>;
type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];
type Json = Record<string, unknown>;

const ARTICLE_TYPES = /^(Article|NewsArticle|BlogPosting|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ScholarlyArticle|TechArticle|WebPage)$/;
const MAX_FIELD = 300;

const clean = (s: unknown): string | null => {
  if (typeof s !== 'string') return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, MAX_FIELD) : null;
};

function metaContent(doc: Node): Map<string, string> {
  const out = new Map<string, string>();
  for (const meta of DomUtils.getElementsByTagName('meta', doc)) {
    const key = (meta.attribs.property ?? meta.attribs.name ?? meta.attribs.itemprop ?? '').toLowerCase();
    const content = clean(meta.attribs.content);
    if (key && content && !out.has(key)) out.set(key, content);
  }
  return out;
}

/** Every JSON-LD object of the page, `@graph` and lists flattened; broken blocks are skipped. */
function jsonLdObjects(doc: Node): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      if ('@graph' in v) visit((v as Json)['@graph']);
    }
  };
  for (const script of DomUtils.getElementsByTagName('script', doc)) {
    if ((script.attribs.type ?? '').toLowerCase() !== 'application/ld+json') continue;
    try {
      visit(JSON.parse(DomUtils.textContent(script)));
    } catch {
      // A page's broken JSON-LD says nothing; the other sources still do.
    }
  }
  return out;
}

const typesOf = (o: Json): string[] => (Array.isArray(o['@type']) ? o['@type'] : [o['@type']]).filter((t): t is string => typeof t === 'string');

/** The article object: the first with an article type and a headline, else the first with a headline. */
function articleOf(objects: Json[]): Json | null {
  return objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)) && clean(o.headline)) ?? objects.find((o) => clean(o.headline)) ?? null;
}

/** A name from a string, a `{ name }` object or a list of them (joined with ", "). */
function nameOf(v: unknown): string | null {
  if (Array.isArray(v)) return clean(v.map(nameOf).filter(Boolean).join(', '));
  if (v && typeof v === 'object') return clean((v as Json).name);
  return clean(v);
}

/** `2024-05-31T08:00:00+02:00`, `2024-05`, `31 mei 2024`? → the partial ISO date it starts with, else what Date reads. */
export function partialDateOf(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  const iso = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?(?![\d-])/.exec(v);
  if (iso) return isPartialDate(iso[0]) ? iso[0] : null;
  if (/^\d{4}-/.test(v)) return null;
  const t = Date.parse(v);
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : null;
}

/** "Evaluatie Participatiewet Tilburg | Regioplan" → "Evaluatie Participatiewet Tilburg" (also " – ", " - ", " · " before the site name). */
function withoutSiteSuffix(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—·-]\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!.toLowerCase();
  const site = siteName?.toLowerCase();
  // " | " always separates a site name; the dashes only when the last part is the site's name.
  if (/\s\|\s/.test(title) || (site && (last === site || site.includes(last) || last.includes(site)))) {
    return title.slice(0, title.length - parts[parts.length - 1]!.length).replace(/\s+[|–—·-]\s+$/, '').trim() || title;
  }
  return title;
}

function firstText(doc: Node, tag: string): string | null {
  const el = DomUtils.getElementsByTagName(tag, doc, true, 1)[0];
  return el ? clean(DomUtils.textContent(el)) : null;
}

function canonicalHref(doc: Node): string | null {
  const link = DomUtils.findOne((e: Element) => e.name === 'link' && /(^|\s)canonical(\s|$)/i.test(e.attribs.rel ?? ''), doc.children, true);
  return clean(link?.attribs.href);
}

const absoluteHttp = (u: string | null): string | null => (u && /^https?:\/\//i.test(u) ? u : null);

export function readHtmlMetadata(html: string): HtmlMetadata {
  const doc = parseDocument(html);
  const meta = metaContent(doc);
  const article = articleOf(jsonLdObjects(doc));
  const publisher = nameOf(article?.publisher) ?? meta.get('og:site_name') ?? null;
  const titleTag = firstText(doc, 'title');
  const title = clean(article?.headline) ?? meta.get('og:title') ?? (titleTag ? withoutSiteSuffix(titleTag, publisher) : null) ?? firstText(doc, 'h1');
  const time = DomUtils.getElementsByTagName('time', doc).find((e) => e.attribs.datetime);
  const date =
    partialDateOf(typeof article?.datePublished === 'string' ? article.datePublished : null) ??
    partialDateOf(meta.get('article:published_time')) ??
    partialDateOf(time?.attribs.datetime);
  const author = nameOf(article?.author) ?? (meta.get('author') && !/^https?:/.test(meta.get('author')!) ? meta.get('author')! : null);
  const mainEntity = article?.mainEntityOfPage;
  const url =
    absoluteHttp(canonicalHref(doc)) ??
    absoluteHttp(meta.get('og:url') ?? null) ??
    absoluteHttp(clean(article?.url)) ??
    absoluteHttp(typeof mainEntity === 'string' ? mainEntity : mainEntity && typeof mainEntity === 'object' ? clean((mainEntity as Json)['@id']) : null);
  const genre = [title, clean(article?.articleSection), clean(article?.genre), meta.get('article:section')].filter(Boolean).join(' ');
  return { title, date, author, publisher, url, kind: /\binterview\b/i.test(genre) ? 'INTERVIEW' : null };
}

import type { ArticleMetadata } from '../../model/index.js';
import { normalizePublishedDate } from './published-date.js';

/** The subset of the DOM API that metadata extraction needs (linkedom implements it). */
interface MetaElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface QueryableDocument {
  querySelectorAll(selector: string): ArrayLike<MetaElement>;
  querySelector(selector: string): MetaElement | null;
  documentElement: MetaElement | null;
}

const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'headline', 'title'];
const PUBLISHED_KEYS = [
  'article:published_time', 'og:published_time', 'datepublished', 'publishdate', 'pubdate', 'publish-date',
  'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'article.published',
];
const OUTLET_KEYS = ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'twitter:site'];
const URL_KEYS = ['og:url', 'twitter:url'];

interface JsonLdFields {
  title?: string;
  published?: string;
  outlet?: string;
  url?: string;
}

function collectJsonLd(node: unknown, out: JsonLdFields, depth = 0): void {
  if (depth > 8 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectJsonLd(item, out, depth + 1);
    return;
  }
  const o = node as Record<string, unknown>;
  const type = o['@type'];
  const types = Array.isArray(type) ? type.map(String) : [String(type ?? '')];
  const isArticle = types.some((t) => /Article|Posting|Report|WebPage/i.test(t));
  if (isArticle) {
    if (!out.title && typeof o['headline'] === 'string') out.title = o['headline'];
    if (!out.published && typeof o['datePublished'] === 'string') out.published = o['datePublished'];
    const publisher = o['publisher'];
    if (!out.outlet && publisher && typeof publisher === 'object' && typeof (publisher as Record<string, unknown>)['name'] === 'string') {
      out.outlet = (publisher as Record<string, unknown>)['name'] as string;
    }
    if (!out.url && typeof o['url'] === 'string') out.url = o['url'];
  }
  if (o['@graph']) collectJsonLd(o['@graph'], out, depth + 1);
}

/**
 * Reads title, publication date, outlet, URL and language from a page's meta tags and JSON-LD.
 * JSON-LD wins over meta tags when both are present: it is the structured form publishers maintain
 * for search engines, while meta tags are often stale templates.
 */
export function extractHtmlMetadata(document: unknown): Partial<ArticleMetadata> {
  const doc = document as QueryableDocument;
  const meta = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i]!;
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = el.getAttribute('content');
    if (key && content && !meta.has(key)) meta.set(key, content.trim());
  }
  const ld: JsonLdFields = {};
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      collectJsonLd(JSON.parse(scripts[i]!.textContent ?? ''), ld);
    } catch {
      // Malformed JSON-LD is common on the web; meta tags still apply.
    }
  }
  const first = (keys: string[]): string | undefined => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) return v;
    }
    return undefined;
  };
  const timeEl = doc.querySelector('time[datetime]');
  const publishedRaw = ld.published ?? first(PUBLISHED_KEYS) ?? timeEl?.getAttribute('datetime') ?? undefined;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const titleEl = doc.querySelector('title')?.textContent?.trim();
  const fields: Partial<ArticleMetadata> = {};
  const title = ld.title ?? first(TITLE_KEYS) ?? titleEl;
  if (title) fields.title = title.trim();
  if (publishedRaw) {
    const published = normalizePublishedDate(publishedRaw);
    if (published) {
      fields.published = published;
      fields.publishedTime = publishedRaw.trim();
    }
  }
  const outlet = ld.outlet ?? first(OUTLET_KEYS);
  if (outlet) fields.outlet = outlet.trim();
  const url = ld.url ?? first(URL_KEYS) ?? canonical;
  if (url) fields.url = url.trim();
  const lang = doc.documentElement?.getAttribute('lang') ?? first(['og:locale', 'content-language', 'language']);
  if (lang) fields.language = lang.trim().slice(0, 2).toLowerCase();
  return fields;
}

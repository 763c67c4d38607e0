/** What a page says about itself, strongest source first: JSON-LD, then Open Graph / article:* meta, then markup. */
export interface PageMeta {
  title: string | null;
  /** The site's name (the outlet), never a person. */
  outlet: string | null;
  /** The byline: the article's writer, kept apart from the people of the story. */
  author: string | null;
  /** ISO date-time as the page gives it. */
  published: string | null;
  /** The canonical URL. */
  url: string | null;
  language: string | null;
}

interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface MetaDoc {
  querySelectorAll(sel: string): ArrayLike<El>;
  querySelector(sel: string): El | null;
  documentElement?: El | null;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage|Report|OpinionNewsArticle|LiveBlogPosting)$/;
const MAX_JSONLD = 1_000_000;

export function pageMeta(doc: MetaDoc, given: { url?: string | null } = {}): PageMeta {
  const ld = jsonLd(doc);
  const meta = (...keys: string[]): string | null => {
    for (const k of keys) {
      const el = doc.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
      const v = clean(el?.getAttribute("content"));
      if (v) return v;
    }
    return null;
  };
  const canonical = clean(doc.querySelector('link[rel="canonical"]')?.getAttribute("href"));
  const time = doc.querySelector("time[datetime]");
  return {
    title: str(ld?.headline) ?? meta("og:title", "twitter:title") ?? clean(doc.querySelector("h1")?.textContent) ?? clean(doc.querySelector("title")?.textContent),
    outlet: name(ld?.publisher) ?? meta("og:site_name", "application-name") ?? null,
    author: name(ld?.author) ?? meta("author", "article:author", "byl", "parsely-author") ?? clean(doc.querySelector('[rel="author"]')?.textContent),
    published: str(ld?.datePublished) ?? meta("article:published_time", "datePublished", "date", "pubdate", "publish-date", "dc.date", "DC.date.issued", "parsely-pub-date") ?? clean(time?.getAttribute("datetime")),
    url: absolute(canonical ?? meta("og:url") ?? str(ld?.url) ?? null, given.url) ?? given.url ?? null,
    language: clean(doc.documentElement?.getAttribute("lang")) ?? meta("og:locale", "language"),
  };
}

type Json = Record<string, unknown>;

/** The first article-like JSON-LD object, looking through arrays and @graph; broken blocks are skipped. */
function jsonLd(doc: MetaDoc): Json | null {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = s.textContent ?? "";
    if (raw.length > MAX_JSONLD) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && i < 200; i++) {
      const x = queue[i];
      if (Array.isArray(x)) queue.push(...x);
      else if (x && typeof x === "object") {
        const o = x as Json;
        const types = ([] as unknown[]).concat(o["@type"] ?? []).map(String);
        if (types.some((t) => ARTICLE_TYPES.test(t)) && (o.headline || o.datePublished)) return o;
        if (o["@graph"]) queue.push(o["@graph"]);
      }
    }
  }
  return null;
}

const clean = (s: string | null | undefined): string | null => (s?.replace(/\s+/g, " ").trim() || null);
const str = (v: unknown): string | null => (typeof v === "string" ? clean(v) : null);

/** A name from a JSON-LD person or organization: a string, an object with `name`, or a list of those (joined). */
function name(v: unknown): string | null {
  if (typeof v === "string") return clean(v);
  if (Array.isArray(v)) return clean(v.map(name).filter(Boolean).join(", "));
  if (v && typeof v === "object") return str((v as Json).name);
  return null;
}

function absolute(u: string | null, base: string | null | undefined): string | null {
  if (!u) return null;
  try {
    return new URL(u, base ?? undefined).href;
  } catch {
    return /^https?:\/\//i.test(u) ? u : null;
  }
}

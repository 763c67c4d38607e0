import { DOMParser } from "linkedom";

/** One RSS or Atom item, as the feed gives it (content is HTML, or plain text). */
export interface FeedItem {
  title: string | null;
  link: string | null;
  published: string | null;
  author: string | null;
  /** The fullest body the item carries: content:encoded / Atom content, else description / summary. */
  content: string | null;
}

export interface Feed {
  kind: "rss" | "atom" | "rdf";
  title: string | null;
  items: FeedItem[];
}

interface XEl {
  tagName: string;
  textContent: string | null;
  children: ArrayLike<XEl>;
  getAttribute(name: string): string | null;
}

/** Largest number of items read from one feed: a feed is a page of recent items, not an archive. */
export const MAX_FEED_ITEMS = 10_000;

/**
 * A feed's XML → its items, or a reason it is not one. The parser never expands entities a document declares, and a
 * feed that declares any (the billion-laughs attack) is refused outright rather than read half-way.
 */
export function parseFeed(xml: string): Feed | { reason: string } {
  if (/<!ENTITY/i.test(xml.slice(0, 65536))) return { reason: "declares its own XML entities (an entity-expansion attack?); refused" };
  let doc;
  try {
    doc = new DOMParser().parseFromString(xml, "text/xml");
  } catch (err) {
    return { reason: `not well-formed XML (${(err as Error).message.slice(0, 120)})` };
  }
  const root = doc.documentElement as unknown as XEl | null;
  const name = root?.tagName.toLowerCase().replace(/^.*:/, "");
  if (!root || (name !== "rss" && name !== "feed" && name !== "rdf")) return { reason: "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)" };
  const kind = name === "feed" ? "atom" : name === "rdf" ? "rdf" : "rss";
  const channel = kind === "rss" ? child(root, "channel") : kind === "rdf" ? child(root, "channel") : root;
  const parent = kind === "rss" ? channel : root;
  const items = parent ? kids(parent, kind === "atom" ? "entry" : "item").slice(0, MAX_FEED_ITEMS).map((el) => (kind === "atom" ? atomItem(el) : rssItem(el))) : [];
  return { kind, title: text(channel ? child(channel, "title") : null), items };
}

function rssItem(el: XEl): FeedItem {
  return {
    title: text(child(el, "title")),
    link: text(child(el, "link")) ?? guidLink(child(el, "guid")),
    published: text(child(el, "pubdate")) ?? text(child(el, "dc:date")) ?? text(child(el, "published")),
    author: text(child(el, "dc:creator")) ?? text(child(el, "author")),
    content: text(child(el, "content:encoded")) ?? text(child(el, "description")),
  };
}

function atomItem(el: XEl): FeedItem {
  const links = kids(el, "link");
  const link = links.find((l) => (l.getAttribute("rel") ?? "alternate") === "alternate") ?? links[0];
  const author = child(el, "author");
  return {
    title: text(child(el, "title")),
    link: link?.getAttribute("href")?.trim() || null,
    published: text(child(el, "published")) ?? text(child(el, "updated")),
    author: author ? text(child(author, "name")) ?? text(author) : null,
    content: text(child(el, "content")) ?? text(child(el, "summary")),
  };
}

const kids = (el: XEl, name: string): XEl[] => Array.from(el.children).filter((c) => c.tagName.toLowerCase() === name);
const child = (el: XEl, name: string): XEl | null => kids(el, name)[0] ?? null;
const text = (el: XEl | null): string | null => el?.textContent?.trim() || null;
const guidLink = (g: XEl | null): string | null => {
  const t = text(g);
  return t && /^https?:\/\//i.test(t) && g?.getAttribute("ispermalink") !== "false" ? t : null;
};

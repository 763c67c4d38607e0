/**
 * Page parts that are never the article's text, removed before the main text is sought: they mislead the scoring of
 * candidates (a long comment thread, a block of related headlines) and leak captions and credits into the text.
 */
const TAGS = "script, style, noscript, template, iframe, svg, canvas, button, select, textarea, nav, footer, figcaption, figure figcaption, [role=navigation], [role=complementary], [role=contentinfo], [aria-hidden=true], [hidden]";
const WORDS = [
  "share", "social", "related", "recommend", "newsletter", "subscribe", "signup", "promo", "advert", "sponsor",
  "breadcrumb", "caption", "credit", "byline", "author-bio", "comments", "cookie", "popup", "modal", "paywall",
  "trending", "most-read", "most-popular", "read-more", "readmore", "more-stories", "outbrain", "taboola", "toolbar",
];
const CLASSY = "form, aside, " + WORDS.flatMap((w) => [`[class*="${w}" i]`, `[id*="${w}" i]`]).join(", ");

interface Prunable {
  querySelectorAll(sel: string): ArrayLike<{ remove(): void; tagName: string; textContent: string | null; querySelectorAll(sel: string): ArrayLike<unknown> }>;
}

/** Removes furniture from the document in place; a class match spares an element that holds many paragraphs. */
export function pruneDocument(doc: Prunable): void {
  for (const el of Array.from(doc.querySelectorAll(TAGS))) el.remove();
  for (const el of Array.from(doc.querySelectorAll(CLASSY))) {
    const tag = el.tagName.toLowerCase();
    if (tag === "body" || tag === "html" || tag === "article" || tag === "main") continue;
    if (el.querySelectorAll("p").length >= 3) continue;
    el.remove();
  }
}

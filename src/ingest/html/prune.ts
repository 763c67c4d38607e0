/**
 * Page parts that are never the article's text, removed before the main text is sought: they mislead the scoring of
 * candidates (a long comment thread, a block of related headlines) and leak captions and credits into the text.
 */
const ALWAYS = new Set(["script", "style", "noscript", "template", "iframe", "svg", "canvas", "button", "select", "textarea", "nav", "footer", "figcaption"]);
const ROLES = new Set(["navigation", "complementary", "contentinfo"]);
/** Removed when their class or id says so, unless they hold the story (many paragraphs). */
const MAYBE = new Set(["form", "aside"]);
const WORDS = /share|social|related|recommend|newsletter|subscribe|signup|promo|advert|sponsor|breadcrumb|caption|credit|byline|author-bio|comments|cookie|popup|modal|paywall|trending|most-read|most-popular|read-?more|more-stories|outbrain|taboola|toolbar/i;
const SPARED = new Set(["html", "body", "article", "main"]);

interface PEl {
  tagName: string;
  isConnected?: boolean;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelectorAll(sel: string): ArrayLike<unknown>;
  remove(): void;
}
interface Prunable {
  querySelectorAll(sel: string): ArrayLike<PEl>;
}

/**
 * Removes furniture from the document in place, in one pass over its elements (a selector per kind of furniture
 * costs a pass each on large pages). A class match spares an element that holds three paragraphs or more.
 */
export function pruneDocument(doc: Prunable): void {
  const doomed: PEl[] = [];
  for (const el of Array.from(doc.querySelectorAll("*"))) {
    const tag = el.tagName.toLowerCase();
    if (SPARED.has(tag)) continue;
    if (ALWAYS.has(tag) || ROLES.has(el.getAttribute("role") ?? "") || el.getAttribute("aria-hidden") === "true" || el.hasAttribute("hidden")) {
      doomed.push(el);
      continue;
    }
    const named = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
    if ((MAYBE.has(tag) || WORDS.test(named)) && el.querySelectorAll("p").length < 3) doomed.push(el);
  }
  for (const el of doomed) el.remove();
}

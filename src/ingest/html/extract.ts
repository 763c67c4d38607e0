import { parseHTML } from "linkedom";
import { mainText, type MainText } from "./main-text.ts";
import { flattenMarkup, markupDeeperThan } from "./flatten.ts";
import { pageMeta, type PageMeta } from "./metadata.ts";

export interface HtmlArticle extends PageMeta {
  text: string;
  method: MainText["method"];
}

/** A page → its main text and what it says about itself (title, outlet, byline, date, canonical URL, language). */
export function extractHtml(html: string, opts: { url?: string | null } = {}): HtmlArticle {
  const { document } = parseHTML(markupDeeperThan(html) ? flattenMarkup(html) : withBody(html));
  const meta = pageMeta(document as never, opts);
  const main = mainText(document as never);
  return {
    ...meta,
    title: meta.title ?? main.title,
    outlet: meta.outlet ?? main.siteName,
    author: meta.author ?? main.byline,
    text: main.text,
    method: main.method,
  };
}

/** linkedom builds no <body> around a fragment (its body is then empty): give it one. */
const withBody = (html: string): string => (/<body[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);

import { parseHTML } from "linkedom";
import { mainText, type MainText } from "./main-text.ts";
import { pageMeta, type PageMeta } from "./metadata.ts";

export interface HtmlArticle extends PageMeta {
  text: string;
  method: MainText["method"];
}

/** A page → its main text and what it says about itself (title, outlet, byline, date, canonical URL, language). */
export function extractHtml(html: string, opts: { url?: string | null } = {}): HtmlArticle {
  const { document } = parseHTML(html);
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

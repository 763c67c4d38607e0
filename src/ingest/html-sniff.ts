// Apart from html-article.ts, so that telling a page from plain text does not load the HTML parser.

/** Whether text that came in as plain text is an HTML page (a saved page named .txt, a crawl without a type). */
export function looksLikeHtml(head: string): boolean {
  return /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>]|<head[\s>])/i.test(head.slice(0, 2048));
}

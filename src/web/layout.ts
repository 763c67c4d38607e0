import { html, type Html } from "./html.ts";

export interface LayoutOptions {
  title: string;
  body: Html;
  /** The nav entry to mark as current. */
  nav?: "timeline" | "people" | "topics" | "search" | "articles" | "ingest" | "chairmanships";
}

const NAV: { key: NonNullable<LayoutOptions["nav"]>; href: string; label: string }[] = [
  { key: "timeline", href: "/", label: "Timeline" },
  { key: "people", href: "/people", label: "People" },
  { key: "chairmanships", href: "/chairmanships", label: "Chairmanships" },
  { key: "topics", href: "/topics", label: "Topics" },
  { key: "articles", href: "/articles", label: "Articles" },
  { key: "search", href: "/search", label: "Search" },
  { key: "ingest", href: "/ingest", label: "Add articles" },
];

/** The page shell: no inline script or style (the CSP forbids them); one stylesheet and one script file. */
export function layout(o: LayoutOptions): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title} · communique</title>
<link rel="stylesheet" href="/static/app.css">
<script src="/static/app.js" defer></script>
</head>
<body>
<header class="top">
  <a class="brand" href="/">communique</a>
  <nav>${NAV.map((n) => html`<a href="${n.href}"${n.key === o.nav ? html` aria-current="page"` : ""}>${n.label}</a>`)}</nav>
  <form class="quick-search" action="/search" method="get" role="search"><input type="search" name="q" placeholder="Search articles and quotes" aria-label="Search"></form>
</header>
<main>${o.body}</main>
<footer>Every fact links to the sentence it came from. <a href="/openapi.json">API</a></footer>
</body>
</html>`.value;
}

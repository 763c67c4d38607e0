import { html, type Html } from "./html.ts";

export type NavKey = "overview" | "timeline" | "people" | "quotes" | "offices" | "chairmanships" | "conflicts" | "map" | "network" | "topics" | "search" | "articles" | "ingest";

export interface LayoutOptions {
  title: string;
  body: Html;
  /** The nav entry to mark as current. */
  nav?: NavKey;
  /** The page's stable address, when it was reached by another. */
  canonical?: string;
}

const NAV: { key: NavKey; href: string; label: string }[] = [
  { key: "overview", href: "/", label: "Overview" },
  { key: "timeline", href: "/timeline", label: "Timeline" },
  { key: "people", href: "/people", label: "People" },
  { key: "quotes", href: "/quotes", label: "Quotes" },
  { key: "offices", href: "/offices", label: "Offices" },
  { key: "chairmanships", href: "/chairmanships", label: "Chairmanships" },
  { key: "conflicts", href: "/conflicts", label: "Conflicts" },
  { key: "map", href: "/map", label: "Map" },
  { key: "network", href: "/network", label: "Network" },
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
${o.canonical ? html`<link rel="canonical" href="${o.canonical}">` : ""}
<link rel="stylesheet" href="/static/app.css">
<script src="/static/app.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="top">
  <a class="brand" href="/">communique</a>
  <nav aria-label="Main">${NAV.map((n) => html`<a href="${n.href}"${n.key === o.nav ? html` aria-current="page"` : ""}>${n.label}</a>`)}</nav>
  <form class="quick-search" action="/search" method="get" role="search"><input type="search" name="q" placeholder="Search articles and quotes" aria-label="Search articles and quotes"></form>
</header>
<main id="main" tabindex="-1">${o.body}</main>
<footer>Every fact links to the sentence it came from. <a href="/openapi.json">API</a></footer>
</body>
</html>`.value;
}

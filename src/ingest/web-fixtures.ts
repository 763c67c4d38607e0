// Generated fixtures for the web-ingest tests: invented stories, pages, feeds and archives (no third-party text).
import { gzipSync } from "node:zlib";

export const STORY = [
  "Defence ministers of the six member states of the alliance met in Bishkek on Tuesday to agree a calendar of joint drills for the coming year.",
  "The ministers approved a plan for a combined air defence exercise in the autumn and discussed the security of the southern borders.",
  "The chief of the joint staff reported on the readiness of the collective rapid reaction forces and on the training of peacekeeping units.",
  "The next meeting of the council will be held in Dushanbe in November, the secretariat said in a statement after the talks.",
];

export interface PageOptions {
  title?: string;
  paragraphs?: string[];
  charset?: string;
  jsonLd?: boolean;
}

/** A news page as outlets publish it: navigation, a byline, a figure, the story, related links, a footer. */
export function newsPage(o: PageOptions = {}): string {
  const title = o.title ?? "Ministers agree a calendar of joint drills";
  const ld = {
    "@context": "https://schema.org", "@type": "NewsArticle", headline: title, datePublished: "2027-03-02T09:30:00Z",
    author: { "@type": "Person", name: "Aigerim Sultanova" }, publisher: { "@type": "Organization", name: "Steppe Courier" },
  };
  return `<!doctype html><html lang="en"><head>${o.charset ? `<meta charset="${o.charset}">` : '<meta charset="utf-8">'}
<title>${title} | Steppe Courier</title>
<meta property="og:title" content="${title} (OG)"><meta property="og:site_name" content="Steppe Courier OG">
<meta property="article:published_time" content="2027-03-01T08:00:00Z">
<link rel="canonical" href="https://courier.example/news/drills-calendar">
${o.jsonLd === false ? "" : `<script type="application/ld+json">${JSON.stringify(ld)}</script>`}
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/security">Security</a></nav>
<div class="share-bar"><a href="#">Facebook</a> <a href="#">Telegram</a></div>
<article><h1>${title}</h1><p class="byline">By Aigerim Sultanova</p><time datetime="2027-03-02T09:30:00Z">2 March 2027</time>
<figure><img src="a.jpg"><figcaption>Ministers pose for a photo before the talks. Photo: press service</figcaption></figure>
${(o.paragraphs ?? STORY).map((p) => `<p>${p}</p>`).join("\n")}
</article>
<aside class="related"><h3>Related news</h3><ul><li><a href="/a">Border guards rehearse a patrol</a></li><li><a href="/b">Summit dates announced</a></li></ul></aside>
<footer><p>© 2027 Steppe Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>`;
}

export function rssFeed(items: { title: string; body: string; link: string; date: string }[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>Steppe Courier</title><link>https://courier.example/</link>
${items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link><pubDate>${i.date}</pubDate><dc:creator>Staff</dc:creator>
<description>Short summary.</description><content:encoded><![CDATA[<p>${i.body}</p>]]></content:encoded></item>`).join("\n")}
</channel></rss>`;
}

export function atomFeed(entries: { title: string; body: string; link: string; date: string }[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Caspian Wire</title><id>urn:x</id>
${entries.map((e) => `<entry><title>${e.title}</title><link rel="alternate" href="${e.link}"/><id>${e.link}</id>
<published>${e.date}</published><author><name>Desk</name></author><summary>Short.</summary>
<content type="html">${e.body.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</content></entry>`).join("\n")}
</feed>`;
}

/** One WARC record; the block is given as bytes. */
function warcRecord(type: string, uri: string, block: Buffer, extra = ""): Buffer {
  const head = `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Record-ID: <urn:uuid:${uri.length}-${block.length}>\r\n${extra}Content-Length: ${block.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, "latin1"), block, Buffer.from("\r\n\r\n")]);
}

export function httpResponse(html: string | Buffer, contentType = "text/html; charset=utf-8"): Buffer {
  const body = typeof html === "string" ? Buffer.from(html) : html;
  return Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: ${contentType}\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
}

/** A WARC.gz as crawlers write it: one gzip member per record; a warcinfo, then a request and a response per page. */
export function warcGz(pages: { uri: string; html: string }[]): Buffer {
  const members = [gzipSync(warcRecord("warcinfo", "", Buffer.from("software: test\r\n"), "Content-Type: application/warc-fields\r\n"))];
  for (const p of pages) {
    members.push(gzipSync(warcRecord("request", p.uri, Buffer.from(`GET / HTTP/1.1\r\nHost: x\r\n\r\n`))));
    members.push(gzipSync(warcRecord("response", p.uri, httpResponse(p.html), "Content-Type: application/http; msgtype=response\r\n")));
  }
  return Buffer.concat(members);
}

export function warc(pages: { uri: string; html: string }[]): Buffer {
  return Buffer.concat(pages.map((p) => warcRecord("response", p.uri, httpResponse(p.html))));
}

/** Three distinct stories (so content hashes differ and none is a near duplicate of another). */
export const STORIES = [
  STORY,
  [
    "Border guards from four member states began a joint patrol exercise in the mountains near the lake on Wednesday morning.",
    "Armoured vehicles and helicopters took part in the drill, which rehearsed the search for a group of armed smugglers.",
    "The commanders said the patrol would last a week and end with a review of the cooperation between the services.",
  ],
  [
    "Foreign ministers of the union signed a statement on regional stability at a session in Yerevan on Friday evening.",
    "The statement calls for closer consultations on arms control and for a joint approach to the protection of critical infrastructure.",
    "Delegations also agreed to prepare a programme of cooperation in the fight against cyber crime for the next five years.",
  ],
];

// Scores the HTML path against the article-extraction-benchmark (shared data): communique's extractor and plain
// Readability.js over linkedom on the same pages, in the same run. Usage: npm run bench:html [-- --data DIR] [--list]
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { extractHtml } from "../src/ingest/html/extract.ts";
import { scorePage, summarize, type PageScore } from "../src/ingest/html/score.ts";

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dir = resolve(arg("--data") ?? join(process.cwd(), "..", "shared", "data", "article-extraction-benchmark"));
if (!existsSync(join(dir, "ground-truth.json"))) {
  process.stderr.write(`bench:html: no benchmark at ${dir} (give --data DIR)\n`);
  process.exit(2);
}
const gold = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8")) as Record<string, { articleBody: string; url: string }>;
const ids = readdirSync(join(dir, "html")).filter((f) => f.endsWith(".html.gz")).map((f) => f.slice(0, -8)).filter((id) => gold[id]).sort();

function readability(html: string): string {
  try {
    return new Readability(parseHTML(html).document as unknown as Document).parse()?.textContent ?? "";
  } catch {
    return "";
  }
}

const ours: PageScore[] = [];
const theirs: PageScore[] = [];
const ms = { ours: 0, theirs: 0 };
for (const id of ids) {
  const html = gunzipSync(readFileSync(join(dir, "html", `${id}.html.gz`))).toString("utf8");
  const truth = gold[id]!.articleBody;
  let t = performance.now();
  const a = extractHtml(html, { url: gold[id]!.url });
  ms.ours += performance.now() - t;
  t = performance.now();
  const b = readability(html);
  ms.theirs += performance.now() - t;
  const s = scorePage(a.text, truth);
  ours.push(s);
  theirs.push(scorePage(b, truth));
  if (process.argv.includes("--list")) process.stdout.write(`${id.slice(0, 8)} ${(s.tp / (s.tp + s.fp || 1)).toFixed(3)} ${(s.tp / (s.tp + s.fn || 1)).toFixed(3)} ${a.method}\n`);
}
const fmt = (x: number) => x.toFixed(3);
const a = summarize(ours);
const b = summarize(theirs);
process.stdout.write(`${ids.length} pages from ${dir}\n`);
process.stdout.write(`communique:  precision ${fmt(a.precision)}  recall ${fmt(a.recall)}  F1 ${fmt(a.f1)}  (${(ms.ours / ids.length).toFixed(1)} ms/page)\n`);
process.stdout.write(`readability: precision ${fmt(b.precision)}  recall ${fmt(b.recall)}  F1 ${fmt(b.f1)}  (${(ms.theirs / ids.length).toFixed(1)} ms/page)\n`);
process.stdout.write(`html extraction F1: communique ${fmt(a.f1)}, readability ${fmt(b.f1)}\n`);

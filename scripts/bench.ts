// Throughput and memory of the pipeline, printed as figures (targets live here, not in timed tests).
// Usage: npm run bench [-- --corpus FILE.jsonl(.gz)] [--limit N] [--store N]
//   corpus: JSON Lines of {"id","text"}; default ../shared/data/bbc-news/bbc-news.jsonl.gz (2,225 BBC articles)
//   --store N: also ingest the first N articles into a temporary SQLite store and time that (default 300)
import { createReadStream, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createGunzip } from "node:zlib";
import { createInterface } from "node:readline";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { parseArgs } from "node:util";
import { processArticle } from "../src/pipeline.ts";
import { openStore } from "../src/store/open.ts";

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: "../shared/data/bbc-news/bbc-news.jsonl.gz" },
    limit: { type: "string", default: "100000" },
    store: { type: "string", default: "300" },
  },
});
const corpus = resolve(values.corpus!);
if (!existsSync(corpus)) {
  console.error(`bench: corpus not found: ${corpus} (give one with --corpus FILE.jsonl[.gz])`);
  process.exit(2);
}
const limit = Number(values.limit);
const storeN = Number(values.store);

async function* records(): AsyncGenerator<{ id: string; text: string }> {
  const input = createReadStream(corpus);
  const lines = createInterface({ input: corpus.endsWith(".gz") ? input.pipe(createGunzip()) : input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id?: string; text: string };
    yield { id: r.id ?? `line-${n}`, text: r.text };
    if (++n >= limit) break;
  }
}

const times: number[] = [];
let chars = 0;
let peakRss = 0;
const t0 = performance.now();
for await (const r of records()) {
  const s = performance.now();
  processArticle({ id: r.id, source: corpus, text: r.text });
  times.push(performance.now() - s);
  chars += r.text.length;
  if (times.length % 100 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const total = (performance.now() - t0) / 1000;
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
console.log(`corpus: ${corpus}`);
console.log(`extract: ${times.length} articles, ${(chars / 1e6).toFixed(1)} M chars in ${total.toFixed(2)} s (one core)`);
console.log(`  ${(times.length / total).toFixed(1)} articles/s, ${(chars / 1e6 / total).toFixed(2)} M chars/s`);
console.log(`  per article: p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms; peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB`);

if (storeN > 0) {
  const dir = mkdtempSync(join(tmpdir(), "communique-bench-"));
  const store = await openStore(join(dir, "bench.db"));
  let n = 0;
  const s0 = performance.now();
  for await (const r of records()) {
    if (n >= storeN) break;
    await store.articles.saveArticle(processArticle({ id: r.id, source: corpus, text: r.text }).save);
    n++;
  }
  const secs = (performance.now() - s0) / 1000;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(`ingest into SQLite: ${n} articles in ${secs.toFixed(2)} s, ${(n / secs).toFixed(1)} articles/s (extract + store)`);
}

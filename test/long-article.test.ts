// One very long article is extracted in bounded time and memory (issue: a 4 MB article took 151 s, a 5 MB one ran for
// ten minutes). The bounds here are generous limits against a hang or a quadratic slide, not speed targets: the
// measured figures are in README (Limits).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, tempDir } from "./helpers.ts";
import { syntheticArticles } from "./synthetic-articles.ts";

test("a 5 MB article of meetings, people and quotes is extracted in bounded time and memory", () => {
  const parts: string[] = [];
  let size = 0;
  for (const a of syntheticArticles(12_000, 7)) {
    if (size >= 5 * 1024 * 1024) break;
    parts.push(a.text);
    size += a.text.length + 2;
  }
  const file = join(tempDir(), "long.txt");
  writeFileSync(file, parts.join("\n\n"));
  const script = `
    const { readFileSync } = await import("node:fs");
    const { processArticle } = await import(${JSON.stringify(join(ROOT, "src", "pipeline.ts"))});
    const t = performance.now();
    const p = processArticle({ id: "long", source: "long", text: readFileSync(${JSON.stringify(file)}, "utf8") });
    console.log(JSON.stringify({ ms: performance.now() - t, rssMb: process.resourceUsage().maxRSS / 1024, people: p.facts.people.length, events: p.facts.events.length }));`;
  const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8", timeout: 300_000 });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout.trim().split("\n").at(-1)!) as { ms: number; rssMb: number; people: number; events: number };
  assert.ok(out.people > 100 && out.events > 10, JSON.stringify(out));
  assert.ok(out.ms < 120_000, `took ${Math.round(out.ms)} ms`);
  assert.ok(out.rssMb < 1500, `peak ${Math.round(out.rssMb)} MB`);
});

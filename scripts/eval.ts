// Extracts every article of a gold folder into a temporary folder and scores it with ../shared/eval/score.mjs.
// Usage: npm run eval -- --gold DIR [--scorer FILE] [--verbose] [--json] [--keep DIR] [--check]
//   --check: also compare the scores with the floors in eval-floors.json and exit 1 when one is lower (the quality gate)
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { processArticle } from "../src/pipeline.ts";

const { values } = parseArgs({
  options: {
    gold: { type: "string", default: "../shared/eval/dev" },
    scorer: { type: "string" },
    verbose: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    keep: { type: "string" },
    check: { type: "boolean", default: false },
  },
});
const gold = resolve(values.gold!);
const scorer = resolve(values.scorer ?? join(gold, "..", "score.mjs"));
if (!existsSync(gold)) fail(`gold folder not found: ${gold}`);
if (!existsSync(scorer)) fail(`scorer not found: ${scorer} (give its path with --scorer FILE; it ships in ../shared/eval/score.mjs)`);

const out = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), "communique-eval-"));
mkdirSync(out, { recursive: true });
const started = performance.now();
let n = 0;
for (const f of readdirSync(gold).filter((x) => x.endsWith(".txt")).sort()) {
  const id = basename(f, ".txt");
  try {
    const { facts } = processArticle({ id, source: join(gold, f), text: readFileSync(join(gold, f), "utf8") });
    writeFileSync(join(out, `${id}.json`), JSON.stringify(facts, null, 2));
    n++;
  } catch (err) {
    console.error(`${f}: extraction failed: ${(err as Error).stack}`);
  }
}
const ms = performance.now() - started;
const args = [scorer, "--gold", gold, "--pred", out, ...(values.verbose ? ["--verbose"] : []), ...(values.json ? ["--json"] : [])];
const r = spawnSync(process.execPath, args, { stdio: "inherit" });
if (!values.json) console.log(`extracted ${n} articles in ${ms.toFixed(0)} ms (${(ms / Math.max(n, 1)).toFixed(1)} ms/article)`);
let belowFloor = false;
if (values.check) {
  const scored = spawnSync(process.execPath, [scorer, "--gold", gold, "--pred", out, "--json"], { encoding: "utf8" });
  belowFloor = !checkFloors(JSON.parse(scored.stdout) as Scores);
}
if (!values.keep) rmSync(out, { recursive: true, force: true });
process.exit(belowFloor ? 1 : (r.status ?? 1));

function fail(msg: string): never {
  console.error(`eval: ${msg}`);
  process.exit(2);
}

interface Scores {
  sections: Record<string, { f1: number }>;
  events_combined: number;
  overall_f1: number;
}

/** Trafilatura-style gate: a change may not lower a figure below its recorded floor without saying so. */
function checkFloors(scores: Scores): boolean {
  const floors = JSON.parse(readFileSync(new URL("../eval-floors.json", import.meta.url), "utf8")) as Record<string, number>;
  const value = (k: string) => (k === "overall" ? scores.overall_f1 : k === "events_combined" ? scores.events_combined : scores.sections[k]?.f1 ?? 0);
  const failed = Object.entries(floors).filter(([k, floor]) => value(k) < floor);
  for (const [k, floor] of failed) console.error(`eval: ${k} F1 ${value(k).toFixed(3)} is below its floor ${floor}`);
  if (!failed.length) console.log(`floors: all ${Object.keys(floors).length} figures at or above eval-floors.json`);
  return failed.length === 0;
}

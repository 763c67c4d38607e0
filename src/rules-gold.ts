import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "./errors.ts";
import { processArticle } from "./pipeline.ts";
import { firingsOf } from "./extract/rules/firings.ts";
import { judge } from "./extract/rules/judge.ts";
import type { GoldFacts } from "./extract/rules/gold-match.ts";

/**
 * Runs extraction over a gold folder (../shared/eval/SCHEMA.md: `<id>.txt` beside `<id>.json`) and judges every rule
 * use against the gold facts of its article.
 */
export function judgeGoldFolder(dir: string): { rule: string; correct: boolean }[] {
  if (!existsSync(dir)) throw new UsageError(`no gold folder at ${dir}`);
  const ids = readdirSync(dir).filter((f) => f.endsWith(".json") && !f.endsWith(".meta.json")).map((f) => f.slice(0, -5)).sort();
  const out: { rule: string; correct: boolean }[] = [];
  for (const id of ids) {
    const txt = join(dir, `${id}.txt`);
    if (!existsSync(txt)) continue;
    const gold = JSON.parse(readFileSync(join(dir, `${id}.json`), "utf8")) as GoldFacts;
    const { facts } = processArticle({ id, source: txt, text: readFileSync(txt, "utf8") });
    const firings = firingsOf(facts);
    const verdicts = judge(firings, facts, gold);
    firings.forEach((f, i) => out.push({ rule: f.rule, correct: verdicts[i]! }));
  }
  return out;
}

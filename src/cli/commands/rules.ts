import type { Command } from "commander";
import type { RuleScore } from "../../extract/rules/score.ts";
import { renderTable } from "../table.ts";

interface RulesFlags {
  gold?: string;
  json?: boolean;
  family?: string;
}

export function registerRules(program: Command): void {
  program
    .command("rules")
    .description("list the extraction rules; with --gold DIR, how often each fired on a gold folder and its precision, worst first")
    .option("--gold <dir>", "a folder of <id>.txt articles with <id>.json gold facts (../shared/eval/dev)")
    .option("--family <name>", "only the rules of one family (event, date, place, chair, role, quote, chairmanship...)")
    .option("--json", "print JSON")
    .action(async (flags: RulesFlags) => {
      // Loaded when run, not when registered (help loads every command).
      const [{ RULES }, { scoreRules }, { judgeGoldFolder }] = await Promise.all([
        import("../../extract/rules/catalog/index.ts"),
        import("../../extract/rules/score.ts"),
        import("../../rules-gold.ts"),
      ]);
      const rows = (flags.gold ? scoreRules(judgeGoldFolder(flags.gold)) : scoreRules([])).filter((r) => !flags.family || r.family === flags.family);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(rows.map((r) => ({ ...r, summary: RULES.find((x) => x.id === r.id)?.summary ?? null })), null, 2)}\n`);
        return;
      }
      const pct = (r: RuleScore) => (r.precision === null ? "–" : r.precision.toFixed(3));
      const cols = [
        { header: "rule", value: (r: RuleScore) => r.id + (r.declared ? "" : " (undeclared)") },
        { header: "examples", value: (r: RuleScore) => String(r.examples) },
        ...(flags.gold ? [{ header: "fired", value: (r: RuleScore) => String(r.fired) }, { header: "correct", value: (r: RuleScore) => String(r.correct) }, { header: "precision", value: pct }] : []),
        { header: "what it reads", value: (r: RuleScore) => RULES.find((x) => x.id === r.id)?.summary ?? "", flex: 1 },
      ];
      process.stdout.write(`${renderTable(cols, flags.gold ? rows : [...rows].sort((a, b) => a.id.localeCompare(b.id)))}\n`);
      const families = new Set(rows.map((r) => r.family));
      process.stdout.write(`${rows.length} rules in ${families.size} families, ${rows.reduce((n, r) => n + r.examples, 0)} examples\n`);
    });
}

import { RULES } from "./catalog/index.ts";

export interface RuleScore {
  id: string;
  family: string;
  /** Declared in the catalog (with examples), or seen only in the facts. */
  declared: boolean;
  examples: number;
  fired: number;
  correct: number;
  /** correct / fired, or null when the rule never fired. */
  precision: number | null;
}

/** Per-rule counts over a gold folder, worst precision first; rules that never fired last. */
export function scoreRules(judged: { rule: string; correct: boolean }[]): RuleScore[] {
  const rows = new Map<string, RuleScore>();
  for (const r of RULES) rows.set(r.id, { id: r.id, family: r.family, declared: true, examples: r.examples.length, fired: 0, correct: 0, precision: null });
  for (const j of judged) {
    const row = rows.get(j.rule) ?? { id: j.rule, family: j.rule.split(":")[0]!, declared: false, examples: 0, fired: 0, correct: 0, precision: null };
    row.fired++;
    if (j.correct) row.correct++;
    rows.set(j.rule, row);
  }
  for (const r of rows.values()) r.precision = r.fired ? r.correct / r.fired : null;
  return [...rows.values()].sort((a, b) => (a.precision ?? 2) - (b.precision ?? 2) || b.fired - a.fired || a.id.localeCompare(b.id));
}

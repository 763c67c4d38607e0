import type { Command } from "commander";
import { NotFoundError } from "../../errors.ts";
import type { PersonDetail } from "../../knowledge/api.ts";
import { articlesOf, dateRange, sourcedText } from "../../knowledge/format.ts";
import { withDb } from "../options.ts";
import { evidenceLine } from "../print-rows.ts";
import { withExistingStore } from "../with-store.ts";

export function registerPerson(program: Command): void {
  withDb(program.command("person"))
    .argument("<name>", "a name or surname (any transliteration: Tokaev, Tokayev)")
    .description("one person across articles: names, offices over time, events attended, quotes")
    .option("--json", "print JSON")
    .option("--evidence", "show the sentences naming the person")
    .action(async (name: string, flags: { db: string; json?: boolean; evidence?: boolean }) => {
      const people = await withExistingStore(flags.db, (store) => store.knowledge.person(name));
      if (!people.length) throw new NotFoundError(`no person matching "${name}" (see \`communique people\`)`);
      if (flags.json) process.stdout.write(`${JSON.stringify(people, null, 2)}\n`);
      else process.stdout.write(`${people.map((p) => personText(p, !!flags.evidence)).join("\n\n")}\n`);
    });
}

function personText(p: PersonDetail, evidence: boolean): string {
  const lines = [`${p.name}  (${p.key})`];
  if (p.names.length > 1) lines.push(`  also      ${sourcedText(p.names)}`);
  for (const o of p.offices) lines.push(`  office    ${o.acting ? "Acting " : ""}${o.title}${o.of ? `, ${o.of}` : ""}  ${dateRange(o.from, o.to)}`);
  for (const e of p.events) {
    const what = e.name ?? e.bodies.map((b) => b.value).join(" + ");
    lines.push(`  event     ${dateRange(e.start, e.end)}  ${[e.org, what].filter(Boolean).join(" ")}${e.city ? `, ${e.city}` : ""}  [${e.key}]`);
  }
  for (const q of p.quotes) lines.push(`  quote     "${q.text}"  [${articlesOf(q.evidence)}]${q.topics.length ? `  (${q.topics.join(", ")})` : ""}`);
  lines.push(`  sources   ${articlesOf(p.evidence) || p.names.flatMap((n) => n.sources.map((s) => s.article)).join(", ")}`);
  if (evidence) for (const ev of p.evidence) lines.push(`    ↳ ${evidenceLine(ev)}`);
  return lines.join("\n");
}

import type { Command } from "commander";
import { NotFoundError } from "../../errors.ts";
import type { EventDetail } from "../../knowledge/api.ts";
import { dateRange, sourcedText } from "../../knowledge/format.ts";
import { withDb } from "../options.ts";
import { evidenceLine } from "../print-rows.ts";
import { withExistingStore } from "../with-store.ts";

export function registerEvent(program: Command): void {
  withDb(program.command("event"))
    .argument("<id>", "event id as printed by `communique timeline` (e.g. seed-000#0)")
    .description("one merged event: every value its sources give, conflicts, topics and source sentences")
    .option("--json", "print JSON")
    .action(async (id: string, flags: { db: string; json?: boolean }) => {
      const e = await withExistingStore(flags.db, (store) => store.knowledge.event(id));
      if (!e) throw new NotFoundError(`no event "${id}" (see \`communique timeline\` for ids)`);
      process.stdout.write(flags.json ? `${JSON.stringify(e, null, 2)}\n` : `${eventText(e)}\n`);
    });
}

function eventText(e: EventDetail): string {
  const what = e.name ?? (e.bodies.map((b) => b.value).join(" + ") || e.kind);
  const lines = [`${e.key}  ${[e.org, what].filter(Boolean).join(" ")}  (${e.kind}, ${e.status})`];
  const slot = (label: string, text: string) => { if (text) lines.push(`  ${label.padEnd(11)}${text}`); };
  slot("date", `${dateRange(e.start, e.end)}${e.dates.length > 1 ? `   ${sourcedText(e.dates)}` : ""}`);
  slot("bodies", sourcedText(e.bodies));
  slot("city", sourcedText(e.cities));
  slot("country", sourcedText(e.countries));
  slot("chair", sourcedText(e.chairs));
  slot("attendees", sourcedText(e.attendees));
  slot("states", sourcedText(e.states));
  slot("documents", [sourcedText(e.documentsCounts), sourcedText(e.documents)].filter(Boolean).join("; "));
  slot("topics", e.topicTags.map((t) => `${t.label} ("${t.text}", ${t.evidence.articleSlug})`).join("; "));
  for (const c of e.conflicts) slot("CONFLICT", `${c.slot}: ${sourcedText(c.values)}`);
  lines.push(`  sources (${e.sources.length}):`);
  for (const ev of e.evidence) lines.push(`    ↳ ${evidenceLine(ev)}`);
  return lines.join("\n");
}

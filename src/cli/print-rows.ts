import type { EvidenceRow } from "../store/types.ts";
import { tableLines, type Column } from "./table.ts";

export interface PrintFlags {
  json?: boolean;
  evidence?: boolean;
}

/** Rows as JSON, or as a table; with --evidence every row is followed by the sentences it comes from. */
export function printRows<T extends { evidence: EvidenceRow[] }>(rows: T[], columns: Column<T>[], flags: PrintFlags, noun: string): void {
  if (flags.json) {
    const out = flags.evidence ? rows : rows.map(({ evidence: _e, ...rest }) => rest);
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  if (!rows.length) {
    process.stdout.write(`no ${noun} found\n`);
    return;
  }
  const [head, rule, ...body] = tableLines(columns, rows);
  const lines = [head!, rule!];
  body.forEach((line, i) => {
    lines.push(line);
    if (flags.evidence) for (const ev of rows[i]!.evidence) lines.push(`    ↳ ${evidenceLine(ev)}`);
  });
  lines.push(`${rows.length} ${noun}`);
  process.stdout.write(`${lines.join("\n")}\n`);
}

export function evidenceLine(ev: EvidenceRow): string {
  return `[${ev.articleSlug} ${ev.start}-${ev.end} ${ev.rule}] ${ev.sentence.replace(/\s+/g, " ").trim()}`;
}

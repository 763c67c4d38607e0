import type { TimelineRow } from "../../knowledge/api.ts";

// A cell a spreadsheet would run as a formula ("=HYPERLINK(...)") is prefixed with an apostrophe: article text is hostile.
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(v: string | number | null): string {
  if (v === null) return "";
  let s = String(v);
  if (FORMULA.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const HEAD = ["id", "kind", "status", "org", "name", "bodies", "start", "end", "city", "country", "chair", "attendees", "states", "documents_signed", "documents", "topics", "sources"];

/** RFC 4180 CSV of merged events, one row each; list cells are joined with "; ". */
export function eventsCsv(rows: TimelineRow[]): string {
  const list = (xs: { value: unknown }[]) => xs.map((x) => String(x.value)).join("; ");
  const lines = rows.map((e) =>
    [e.key, e.kind, e.status, e.org, e.name, list(e.bodies), e.start, e.end, e.city, e.country, e.chair, list(e.attendees), list(e.states),
      e.documentsSigned, list(e.documents), e.topics.join("; "), [...new Set(e.sources.map((s) => s.article))].join("; ")].map(csvCell).join(","),
  );
  return [HEAD.join(","), ...lines].join("\r\n") + "\r\n";
}

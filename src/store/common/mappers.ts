import type { ArticleRow, ChairmanshipRow, EventRow, EvidenceRow, MentionKind, MentionRow, PersonRow, QuoteRow } from "../types.ts";

/** A row as a driver returns it; `list` reads a JSON array column (a string in SQLite, parsed already by pg). */
type Raw = Record<string, unknown>;
type Ev = Map<number, EvidenceRow[]>;

const str = (v: unknown) => v as string;
const opt = (v: unknown) => (v ?? null) as string | null;
export const list = (v: unknown): string[] => (typeof v === "string" ? (JSON.parse(v) as string[]) : ((v ?? []) as string[]));

export const toEvent = (r: Raw, ev: Ev): EventRow => ({
  id: Number(r.id), articleId: Number(r.article_id), kind: str(r.kind), status: str(r.status), org: opt(r.org),
  bodies: list(r.bodies), name: opt(r.name), start: opt(r.start), end: opt(r.end), city: opt(r.city),
  country: opt(r.country), chair: opt(r.chair), attendees: list(r.attendees), states: list(r.states),
  documentsSigned: r.documents_signed === null || r.documents_signed === undefined ? null : Number(r.documents_signed),
  documents: list(r.documents), evidence: ev.get(Number(r.id)) ?? [],
});

export const toPerson = (r: Raw, roles: Map<number, PersonRow["roles"]>, ev: Ev): PersonRow => ({
  id: Number(r.id), articleId: Number(r.article_id), name: str(r.name),
  roles: roles.get(Number(r.id)) ?? [], evidence: ev.get(Number(r.id)) ?? [],
});

export const toQuote = (r: Raw, ev: Ev): QuoteRow => ({
  id: Number(r.id), articleId: Number(r.article_id), speaker: str(r.speaker), text: str(r.text), full: opt(r.full),
  evidence: ev.get(Number(r.id)) ?? [],
});

export const toChairmanship = (r: Raw, ev: Ev): ChairmanshipRow => ({
  id: Number(r.id), articleId: Number(r.article_id), org: str(r.org), state: str(r.state), start: opt(r.start),
  end: opt(r.end), evidence: ev.get(Number(r.id)) ?? [],
});

/** Roles rows (person_id, title, of, acting) grouped by person, in stored order. */
export function groupRoles(rows: Raw[]): Map<number, PersonRow["roles"]> {
  const out = new Map<number, PersonRow["roles"]>();
  for (const r of rows) {
    const id = Number(r.person_id);
    if (!out.has(id)) out.set(id, []);
    out.get(id)!.push({ title: str(r.title), of: opt(r.of), acting: Boolean(r.acting) });
  }
  return out;
}

export const toArticle = (r: Raw): ArticleRow => ({
  id: Number(r.id), hash: str(r.hash), slug: str(r.slug), source: str(r.source), url: opt(r.url), title: opt(r.title),
  published: opt(r.published), outlet: opt(r.outlet), dateline: opt(r.dateline), text: str(r.text),
  duplicateOf: r.duplicate_of === null || r.duplicate_of === undefined ? null : Number(r.duplicate_of),
  ingestedAt: r.ingested_at instanceof Date ? r.ingested_at.toISOString() : str(r.ingested_at),
});

export const toMention = (r: Raw): MentionRow => ({
  id: Number(r.id), articleId: Number(r.article_id), kind: r.kind as MentionKind, start: Number(r.start),
  end: Number(r.end), text: str(r.text), norm: opt(r.norm),
});

import type { MentionKind, MentionRecord, TopicTagRecord } from "../../knowledge/engine/repo.ts";
import type { SpanRow } from "../../knowledge/engine/evidence-rows.ts";
import type { RoleRecord } from "../../knowledge/offices.ts";
import type { Dialect } from "./dialect.ts";
import type { Row } from "./db.ts";

const ref = (r: Row) => ({ article: r.slug as string, articleId: Number(r.article_id), index: Number(r.idx) });
const orNull = (v: unknown) => (v ?? null) as string | null;

/** Evidence is stored without the article's id and slug, which are the row's (rows of older versions have them too). */
export const toMention = (d: Dialect, r: Row): MentionRecord => {
  const articleId = Number(r.article_id);
  const articleSlug = r.slug as string;
  const evidence = (d.json(r.evidence) as SpanRow[]).map((e) => ({ articleId, articleSlug, ...e }));
  return { kind: r.kind as MentionKind, ref: ref(r), fact: d.json(r.fact), group: orNull(r.grp), evidence, sig: orNull(r.sig) };
};

export const toRole = (r: Row): { record: RoleRecord; person: string | null } => ({
  record: { ref: ref(r), title: r.title as string, of: orNull(r.of), acting: Boolean(r.acting), date: orNull(r.date) },
  person: orNull(r.grp),
});

export const toTopicTag = (d: Dialect, r: Row): TopicTagRecord & { group: string | null } => ({
  kind: r.kind as "event" | "quote", ref: ref(r), topic: r.topic as string, start: Number(r.start), end: Number(r.end),
  text: r.text as string, year: orNull(r.year), evidence: d.json(r.evidence),
  group: r.kind === "event" ? orNull(r.grp) : null,
});

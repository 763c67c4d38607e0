import type { GroupFilter, GroupKind, GroupRecord, KnowledgeRepo, MentionKind, MentionRecord, StoredGroup, TopicTagRecord } from "../../knowledge/engine/repo.ts";
import type { RoleRecord } from "../../knowledge/offices.ts";
import type { Row, SqlDb } from "./db.ts";
import { insertRows } from "./insert-rows.ts";
import { Where } from "./where.ts";
import { toMention, toRole, toTopicTag } from "./knowledge-rows.ts";

type Ref = { articleId: number; index: number };
const json = (v: unknown) => JSON.stringify(v);
// Row values stay well under every engine's limit on bound parameters.
const CHUNK = 500;

/** The knowledge engine's storage on any SQL database (the engine itself is src/knowledge/engine). */
export class SqlKnowledgeRepo implements KnowledgeRepo {
  constructor(private readonly db: SqlDb) {}

  private get d() {
    return this.db.dialect;
  }

  private async mentionRows(sql: string, params: unknown[]): Promise<MentionRecord[]> {
    return (await this.db.all<Row>(sql, params)).map((r) => toMention(this.d, r));
  }

  /** One writer at a time: regrouping reads groups, then rewrites them. Nested, a savepoint. */
  transaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.db.transaction(fn, "knowledge");
  }

  async hasArticle(articleId: number): Promise<boolean> {
    return (await this.db.get("SELECT 1 AS found FROM k_articles WHERE article_id = ?", [articleId])) !== undefined;
  }

  async hasSlug(slug: string): Promise<boolean> {
    return (await this.db.get("SELECT 1 AS found FROM k_articles WHERE slug = ?", [slug])) !== undefined;
  }

  async addArticle(input: Parameters<KnowledgeRepo["addArticle"]>[0]): Promise<void> {
    const { articleId: id, slug } = input;
    const db = this.db;
    await db.run("INSERT INTO k_articles (article_id, slug) VALUES (?, ?)", [id, slug]);
    await insertRows(db, "k_mentions", ["kind", "article_id", "idx", "slug", "fact", "evidence", "sig"],
      input.mentions.map((x) => [x.kind, id, x.index, slug, x.json.fact, x.json.evidence, x.sig]));
    const blocks = input.mentions.flatMap((x) => [...new Set(x.blocks)].map((b) => ({ x, b })));
    // A signed mention's blocks follow from its signature, so k_sigs finds it (see `mentions`): only unsigned ones
    // (quotes, chairmanships) need rows of their own here.
    await insertRows(db, "k_blocks", ["kind", "block", "article_id", "idx"], blocks.filter(({ x }) => !x.sig).map(({ x, b }) => [x.kind, b, id, x.index]));
    const sigs = new Map(blocks.filter(({ x }) => x.sig).map(({ x, b }) => [`${x.kind}\n${b}\n${x.sig}`, [x.kind, b, x.sig]]));
    await insertRows(db, "k_sigs", ["kind", "block", "sig"], [...sigs.values()], { ignoreConflicts: true });
    await insertRows(db, "k_roles", ["article_id", "idx", "slug", "title", "of", "acting", "date"],
      input.roles.map((r) => [id, r.ref.index, slug, r.title, r.of, this.d.bool(r.acting), r.date]));
    await insertRows(db, "k_topics", ["kind", "article_id", "idx", "slug", "topic", "start", "end", "text", "year", "evidence"],
      input.topics.map((t) => [t.kind, id, t.index, slug, t.topic, t.start, t.end, t.text, t.year, json(t.evidence)]));
  }

  mentions(kind: MentionKind, blocks?: string[]): Promise<MentionRecord[]> {
    const order = `ORDER BY ${this.d.sortText("m.slug")}, m.idx`;
    if (!blocks) return this.mentionRows(`SELECT m.* FROM k_mentions m WHERE m.kind = ? ${order}`, [kind]);
    // From the blocks to their mentions through indexes: the cost follows the neighbours, not the size of the store.
    // Signed kinds through their signatures (a mention's blocks are its signature's), the others through k_blocks.
    if (kind === "event" || kind === "person") {
      return this.mentionRows(`SELECT m.* FROM k_mentions m WHERE m.kind = ? AND m.sig IN (
          SELECT s.sig FROM k_sigs s WHERE s.kind = ? AND ${this.d.inList("s.block")}) ${order}`, [kind, kind, this.d.list(blocks)]);
    }
    return this.mentionRows(`SELECT m.* FROM k_mentions m WHERE m.kind = ? AND (m.article_id, m.idx) IN (
        SELECT b.article_id, b.idx FROM k_blocks b WHERE b.kind = ? AND ${this.d.inList("b.block")}) ${order}`,
    [kind, kind, this.d.list(blocks)]);
  }

  mentionsOf(kind: MentionKind, articleIds: number[]): Promise<MentionRecord[]> {
    return this.mentionRows(`SELECT m.* FROM k_mentions m WHERE m.kind = ? AND ${this.d.inList("m.article_id")}
      ORDER BY ${this.d.sortText("m.slug")}, m.idx`, [kind, this.d.list(articleIds)]);
  }

  async sigsByBlock(kind: GroupKind, blocks: string[]): Promise<{ block: string; sig: string }[]> {
    const rows = await this.db.all<Row>(`SELECT block, sig FROM k_sigs WHERE kind = ? AND ${this.d.inList("block")}`, [kind, this.d.list(blocks)]);
    return rows.map((r) => ({ block: r.block as string, sig: r.sig as string }));
  }

  async sigGroups(kind: GroupKind, sigs: string[]): Promise<{ sig: string; group: string }[]> {
    // A much-reported name has thousands of mentions of one signature but one or two groups: DISTINCT visited every
    // mention (the cost grew with the archive); stepping from group to group through the index (kind, sig, grp)
    // visits only the groups. Cheap where a statement costs no round trip (SQLite).
    if (this.db.rowByRow) {
      const out: { sig: string; group: string }[] = [];
      for (const sig of sigs) {
        let grp = await this.db.value<string>("SELECT min(grp) AS g FROM k_mentions WHERE kind = ? AND sig = ? AND grp IS NOT NULL", [kind, sig]);
        for (; grp != null; grp = await this.db.value<string>("SELECT min(grp) AS g FROM k_mentions WHERE kind = ? AND sig = ? AND grp > ?", [kind, sig, grp])) {
          out.push({ sig, group: grp });
        }
      }
      return out;
    }
    const rows = await this.db.all<Row>(`SELECT DISTINCT sig, grp FROM k_mentions WHERE kind = ? AND ${this.d.inList("sig")} AND grp IS NOT NULL`,
      [kind, this.d.list(sigs)]);
    return rows.map((r) => ({ sig: r.sig as string, group: r.grp as string }));
  }

  mentionsBySig(kind: GroupKind, sigs: string[]): Promise<MentionRecord[]> {
    return this.mentionRows(`SELECT * FROM k_mentions WHERE kind = ? AND ${this.d.inList("sig")}`, [kind, this.d.list(sigs)]);
  }

  members(kind: GroupKind, keys: string[]): Promise<MentionRecord[]> {
    return this.mentionRows(`SELECT * FROM k_mentions WHERE kind = ? AND ${this.d.inList("grp")}`, [kind, this.d.list(keys)]);
  }

  async setGroup(kind: GroupKind, refs: Ref[], key: string): Promise<void> {
    // Where a prepared statement runs per row cheaply (SQLite), one statement whose text never varies: a list's
    // text varies with its length, and each length was one more statement parsed and kept in the cache.
    if (this.db.rowByRow) {
      await this.db.each("UPDATE k_mentions SET grp = ? WHERE kind = ? AND article_id = ? AND idx = ?", refs.map((r) => [key, kind, r.articleId, r.index]));
      return;
    }
    for (let i = 0; i < refs.length; i += CHUNK) {
      const chunk = refs.slice(i, i + CHUNK);
      await this.db.run(`UPDATE k_mentions SET grp = ? WHERE kind = ? AND (article_id, idx) IN (${chunk.map(() => "(?, ?)").join(", ")})`,
        [key, kind, ...chunk.flatMap((r) => [r.articleId, r.index])]);
    }
  }

  async putGroup(kind: GroupKind, g: GroupRecord): Promise<void> {
    await this.db.run(`INSERT INTO k_groups (kind, key, org, start, name, conflicts, data, size, stale) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (kind, key) DO UPDATE SET org = excluded.org, start = excluded.start, name = excluded.name,
        conflicts = excluded.conflicts, data = excluded.data, size = excluded.size, stale = excluded.stale`,
    [kind, g.key, g.org, g.start, g.name, this.d.bool(g.conflicts), json(g.data), g.size, this.d.bool(false)]);
  }

  async memberCounts(kind: GroupKind, keys: string[]): Promise<Map<string, number>> {
    const rows = await this.db.all<Row>(`SELECT grp, count(*) AS n FROM k_mentions WHERE kind = ? AND ${this.d.inList("grp")} GROUP BY grp`,
      [kind, this.d.list(keys)]);
    return new Map(rows.map((r) => [r.grp as string, Number(r.n)]));
  }

  async builtSizes(kind: GroupKind, keys: string[]): Promise<Map<string, number>> {
    const rows = await this.db.all<Row>(`SELECT key, size FROM k_groups WHERE kind = ? AND ${this.d.inList("key")}`, [kind, this.d.list(keys)]);
    return new Map(rows.map((r) => [r.key as string, Number(r.size)]));
  }

  async markStale(kind: GroupKind, keys: string[]): Promise<void> {
    await this.db.run(`UPDATE k_groups SET stale = ? WHERE kind = ? AND ${this.d.inList("key")}`, [this.d.bool(true), kind, this.d.list(keys)]);
  }

  async staleGroups(kind: GroupKind, limit: number): Promise<string[]> {
    const rows = await this.db.all<Row>(`SELECT key FROM k_groups WHERE kind = ? AND stale = ${this.d.true} LIMIT ?`, [kind, limit]);
    return rows.map((r) => r.key as string);
  }

  async deleteGroups(kind: GroupKind, keys: string[]): Promise<void> {
    await this.db.run(`DELETE FROM k_groups WHERE kind = ? AND ${this.d.inList("key")}`, [kind, this.d.list(keys)]);
  }

  unsigned(kind: GroupKind, limit: number): Promise<MentionRecord[]> {
    return this.mentionRows("SELECT * FROM k_mentions WHERE kind = ? AND sig IS NULL LIMIT ?", [kind, limit]);
  }

  async setSig(kind: GroupKind, ref: Ref, sig: string, blocks: string[]): Promise<void> {
    await this.db.run("UPDATE k_mentions SET sig = ? WHERE kind = ? AND article_id = ? AND idx = ?", [sig, kind, ref.articleId, ref.index]);
    await insertRows(this.db, "k_sigs", ["kind", "block", "sig"], [...new Set(blocks)].map((b) => [kind, b, sig]), { ignoreConflicts: true });
  }

  async groups(kind: GroupKind, f: GroupFilter = {}): Promise<StoredGroup[]> {
    const d = this.d;
    const w = new Where().add("kind = ?", kind);
    if (f.keys) w.add(d.inList("key"), d.list(f.keys));
    // The columns of a stale group may be out of date: it is returned whatever they say, and filtered once merged.
    const cols = new Where();
    if (f.org) cols.add(d.ieq("org"), f.org);
    if (f.from) cols.add("start >= ?", f.from);
    // A prefix as long as `to`: "2021" takes in every date of 2021. The length is a number of ours, not user text.
    if (f.to) cols.add(`substr(start, 1, ${f.to.length}) <= ?`, f.to);
    if (f.conflicts) cols.add(`conflicts = ${d.true}`);
    if (cols.parts.length) w.add(`(${cols.parts.join(" AND ")} OR stale = ${d.true})`, ...cols.params);
    const rows = await this.db.all<Row>(`SELECT key, stale, data FROM k_groups ${w.sql()}
      ORDER BY start IS NULL, ${d.sortText("start")}, ${d.sortText("key")}`, w.params);
    return rows.map((r) => ({ key: r.key as string, stale: Boolean(r.stale), data: d.json(r.data) }));
  }

  async roles(): Promise<{ record: RoleRecord; person: string | null }[]> {
    return (await this.db.all<Row>(`SELECT r.*, m.grp FROM k_roles r
        LEFT JOIN k_mentions m ON m.kind = 'person' AND m.article_id = r.article_id AND m.idx = r.idx
        ORDER BY ${this.d.sortText("r.slug")}, r.idx`)).map(toRole);
  }

  async topicTags(): Promise<(TopicTagRecord & { group: string | null })[]> {
    return (await this.db.all<Row>(`SELECT t.*, m.grp FROM k_topics t
        LEFT JOIN k_mentions m ON m.kind = t.kind AND m.article_id = t.article_id AND m.idx = t.idx
        ORDER BY ${this.d.sortText("t.slug")}, t.idx, t.start`)).map((r) => toTopicTag(this.d, r));
  }
}

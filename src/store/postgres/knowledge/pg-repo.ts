import type pg from "pg";
import type { GroupKind, GroupRecord, KnowledgeRepo, MentionKind, MentionRecord, TopicTagRecord } from "../../../knowledge/engine/repo.ts";
import type { RoleRecord } from "../../../knowledge/offices.ts";

type Row = Record<string, unknown>;

const mention = (r: Row): MentionRecord => ({
  kind: r.kind as MentionKind,
  ref: { article: r.slug as string, articleId: Number(r.article_id), index: r.idx as number },
  fact: r.fact, group: (r.grp as string | null) ?? null, evidence: r.evidence as MentionRecord["evidence"],
  sig: (r.sig as string | null) ?? null,
});

/** The knowledge engine's storage on PostgreSQL; a transaction holds one pooled client for its duration. */
export class PgKnowledgeRepo implements KnowledgeRepo {
  private client: pg.PoolClient | null = null;

  constructor(private readonly pool: pg.Pool) {}

  private async q(sql: string, params: unknown[] = []): Promise<Row[]> {
    return (await (this.client ?? this.pool).query(sql, params)).rows as Row[];
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.client) return fn();
    const client = await this.pool.connect();
    this.client = client;
    try {
      await client.query("BEGIN");
      // One writer at a time: regrouping reads then rewrites groups.
      await client.query("SELECT pg_advisory_xact_lock(hashtext('communique:knowledge:' || current_schema()))");
      const out = await fn();
      await client.query("COMMIT");
      return out;
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      this.client = null;
      client.release();
    }
  }

  async hasArticle(articleId: number): Promise<boolean> {
    return (await this.q("SELECT 1 FROM k_articles WHERE article_id = $1", [articleId])).length > 0;
  }

  async hasSlug(slug: string): Promise<boolean> {
    return (await this.q("SELECT 1 FROM k_articles WHERE slug = $1", [slug])).length > 0;
  }

  async addArticle(input: Parameters<KnowledgeRepo["addArticle"]>[0]): Promise<void> {
    const { articleId: id, slug } = input;
    await this.q("INSERT INTO k_articles (article_id, slug) VALUES ($1, $2)", [id, slug]);
    for (const x of input.mentions) {
      await this.q("INSERT INTO k_mentions (kind, article_id, idx, slug, fact, evidence, sig) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        [x.kind, id, x.index, slug, JSON.stringify(x.fact), JSON.stringify(x.evidence), x.sig]);
      for (const block of new Set(x.blocks)) {
        await this.q("INSERT INTO k_blocks (kind, block, article_id, idx) VALUES ($1, $2, $3, $4)", [x.kind, block, id, x.index]);
        if (x.sig) await this.q("INSERT INTO k_sigs (kind, block, sig) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", [x.kind, block, x.sig]);
      }
    }
    for (const r of input.roles) {
      await this.q(`INSERT INTO k_roles (article_id, idx, slug, title, "of", acting, date) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, r.ref.index, slug, r.title, r.of, r.acting, r.date]);
    }
    for (const t of input.topics) {
      await this.q(`INSERT INTO k_topics (kind, article_id, idx, slug, topic, start, "end", text, year, evidence) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [t.kind, id, t.index, slug, t.topic, t.start, t.end, t.text, t.year, JSON.stringify(t.evidence)]);
    }
  }

  async mentions(kind: MentionKind, blocks?: string[]): Promise<MentionRecord[]> {
    if (!blocks) return (await this.q("SELECT * FROM k_mentions WHERE kind = $1 ORDER BY slug, idx", [kind])).map(mention);
    return (await this.q(`SELECT m.* FROM k_mentions m WHERE m.kind = $1 AND EXISTS (
        SELECT 1 FROM k_blocks b WHERE b.kind = m.kind AND b.article_id = m.article_id AND b.idx = m.idx AND b.block = ANY($2))
      ORDER BY m.slug, m.idx`, [kind, blocks])).map(mention);
  }

  async mentionsOf(kind: MentionKind, articleIds: number[]): Promise<MentionRecord[]> {
    return (await this.q("SELECT * FROM k_mentions WHERE kind = $1 AND article_id = ANY($2) ORDER BY slug, idx", [kind, articleIds])).map(mention);
  }

  async sigCandidates(kind: GroupKind, blocks: string[]): Promise<string[]> {
    return (await this.q("SELECT DISTINCT sig FROM k_sigs WHERE kind = $1 AND block = ANY($2)", [kind, blocks])).map((r) => r.sig as string);
  }

  async sigGroups(kind: GroupKind, sigs: string[]): Promise<{ sig: string; group: string }[]> {
    return (await this.q("SELECT DISTINCT sig, grp FROM k_mentions WHERE kind = $1 AND sig = ANY($2) AND grp IS NOT NULL", [kind, sigs]))
      .map((r) => ({ sig: r.sig as string, group: r.grp as string }));
  }

  async mentionsBySig(kind: GroupKind, sigs: string[]): Promise<MentionRecord[]> {
    return (await this.q("SELECT * FROM k_mentions WHERE kind = $1 AND sig = ANY($2)", [kind, sigs])).map(mention);
  }

  async members(kind: GroupKind, keys: string[]): Promise<MentionRecord[]> {
    return (await this.q("SELECT * FROM k_mentions WHERE kind = $1 AND grp = ANY($2)", [kind, keys])).map(mention);
  }

  async setGroup(kind: GroupKind, refs: { articleId: number; index: number }[], key: string): Promise<void> {
    await this.q(`UPDATE k_mentions m SET grp = $1 FROM unnest($3::bigint[], $4::int[]) AS r(article_id, idx)
      WHERE m.kind = $2 AND m.article_id = r.article_id AND m.idx = r.idx`, [key, kind, refs.map((r) => r.articleId), refs.map((r) => r.index)]);
  }

  async putGroup(kind: GroupKind, g: GroupRecord): Promise<void> {
    await this.q(`INSERT INTO k_groups (kind, key, org, start, name, conflicts, data) VALUES ($1, $2, $3, $4, $5, $6, $7)
      ON CONFLICT (kind, key) DO UPDATE SET org = EXCLUDED.org, start = EXCLUDED.start, name = EXCLUDED.name, conflicts = EXCLUDED.conflicts, data = EXCLUDED.data`,
    [kind, g.key, g.org, g.start, g.name, g.conflicts, JSON.stringify(g.data)]);
  }

  async deleteGroups(kind: GroupKind, keys: string[]): Promise<void> {
    await this.q("DELETE FROM k_groups WHERE kind = $1 AND key = ANY($2)", [kind, keys]);
  }

  async unsigned(kind: GroupKind, limit: number): Promise<MentionRecord[]> {
    return (await this.q("SELECT * FROM k_mentions WHERE kind = $1 AND sig IS NULL LIMIT $2", [kind, limit])).map(mention);
  }

  async setSig(kind: GroupKind, ref: { articleId: number; index: number }, sig: string, blocks: string[]): Promise<void> {
    await this.q("UPDATE k_mentions SET sig = $1 WHERE kind = $2 AND article_id = $3 AND idx = $4", [sig, kind, ref.articleId, ref.index]);
    for (const b of new Set(blocks)) await this.q("INSERT INTO k_sigs (kind, block, sig) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", [kind, b, sig]);
  }

  async groups(kind: GroupKind, f: { keys?: string[]; org?: string; from?: string; to?: string; conflicts?: boolean } = {}): Promise<unknown[]> {
    const where = ["kind = $1"];
    const params: unknown[] = [kind];
    const p = (v: unknown) => `$${params.push(v)}`;
    if (f.keys) where.push(`key = ANY(${p(f.keys)})`);
    if (f.org) where.push(`lower(org) = lower(${p(f.org)})`);
    if (f.from) where.push(`start >= ${p(f.from)}`);
    if (f.to) where.push(`substr(start, 1, ${f.to.length}) <= ${p(f.to)}`);
    if (f.conflicts) where.push("conflicts");
    return (await this.q(`SELECT data FROM k_groups WHERE ${where.join(" AND ")} ORDER BY start IS NULL, start COLLATE "C", key COLLATE "C"`, params)).map((r) => r.data);
  }

  async roles(): Promise<{ record: RoleRecord; person: string | null }[]> {
    return (await this.q(`SELECT r.*, m.grp FROM k_roles r
        LEFT JOIN k_mentions m ON m.kind = 'person' AND m.article_id = r.article_id AND m.idx = r.idx ORDER BY r.slug, r.idx`)).map((r) => ({
      record: { ref: { article: r.slug as string, articleId: Number(r.article_id), index: r.idx as number }, title: r.title as string, of: r.of as string | null, acting: r.acting as boolean, date: r.date as string | null },
      person: (r.grp as string | null) ?? null,
    }));
  }

  async topicTags(): Promise<(TopicTagRecord & { group: string | null })[]> {
    return (await this.q(`SELECT t.*, m.grp FROM k_topics t
        LEFT JOIN k_mentions m ON m.kind = t.kind AND m.article_id = t.article_id AND m.idx = t.idx ORDER BY t.slug, t.idx, t.start`)).map((r) => ({
      kind: r.kind as "event" | "quote", ref: { article: r.slug as string, articleId: Number(r.article_id), index: r.idx as number },
      topic: r.topic as string, start: r.start as number, end: r.end as number, text: r.text as string, year: r.year as string | null,
      evidence: r.evidence as TopicTagRecord["evidence"], group: r.kind === "event" ? ((r.grp as string | null) ?? null) : null,
    }));
  }
}

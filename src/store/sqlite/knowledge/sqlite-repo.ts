import type { Database, Statement } from "better-sqlite3";
import type { GroupKind, GroupRecord, KnowledgeRepo, MentionKind, MentionRecord, TopicTagRecord } from "../../../knowledge/engine/repo.ts";
import type { RoleRecord } from "../../../knowledge/offices.ts";

type Row = Record<string, unknown>;

const mention = (r: Row): MentionRecord => ({
  kind: r.kind as MentionKind,
  ref: { article: r.slug as string, articleId: r.article_id as number, index: r.idx as number },
  fact: JSON.parse(r.fact as string),
  group: (r.grp as string | null) ?? null,
  evidence: JSON.parse(r.evidence as string),
  sig: (r.sig as string | null) ?? null,
});
const json = (v: unknown) => JSON.stringify(v);

/** The knowledge engine's storage on SQLite (better-sqlite3 is synchronous; the interface is async like every adapter). */
export class SqliteKnowledgeRepo implements KnowledgeRepo {
  private depth = 0;
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Database) {}

  /** Statements prepared once per connection. */
  private st(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  /**
   * Standing alone: BEGIN IMMEDIATE, so the write lock is taken (waiting up to busy_timeout for another process)
   * before anything is read; a deferred transaction could read, then fail to upgrade and lose its work. Inside a
   * caller's transaction: a savepoint.
   */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (!this.db.inTransaction) {
      this.db.exec("BEGIN IMMEDIATE");
      try {
        const out = await fn();
        this.db.exec("COMMIT");
        return out;
      } catch (err) {
        if (this.db.inTransaction) this.db.exec("ROLLBACK");
        throw err;
      }
    }
    const name = `k${this.depth++}`;
    this.db.exec(`SAVEPOINT ${name}`);
    try {
      const out = await fn();
      this.db.exec(`RELEASE ${name}`);
      return out;
    } catch (err) {
      this.db.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
      throw err;
    } finally {
      this.depth--;
    }
  }

  async hasArticle(articleId: number): Promise<boolean> {
    return Boolean(this.st("SELECT 1 FROM k_articles WHERE article_id = ?").get(articleId));
  }

  async hasSlug(slug: string): Promise<boolean> {
    return Boolean(this.st("SELECT 1 FROM k_articles WHERE slug = ?").get(slug));
  }

  async addArticle(input: Parameters<KnowledgeRepo["addArticle"]>[0]): Promise<void> {
    const { articleId: id, slug } = input;
    this.st("INSERT INTO k_articles (article_id, slug) VALUES (?, ?)").run(id, slug);
    const m = this.st("INSERT INTO k_mentions (kind, article_id, idx, slug, fact, evidence, sig) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const b = this.st("INSERT INTO k_blocks (kind, block, article_id, idx) VALUES (?, ?, ?, ?)");
    const sg = this.st("INSERT OR IGNORE INTO k_sigs (kind, block, sig) VALUES (?, ?, ?)");
    for (const x of input.mentions) {
      m.run(x.kind, id, x.index, slug, json(x.fact), json(x.evidence), x.sig);
      for (const block of new Set(x.blocks)) {
        b.run(x.kind, block, id, x.index);
        if (x.sig) sg.run(x.kind, block, x.sig);
      }
    }
    const r = this.st(`INSERT INTO k_roles (article_id, idx, slug, title, "of", acting, date) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    for (const x of input.roles) r.run(id, x.ref.index, slug, x.title, x.of, x.acting ? 1 : 0, x.date);
    const t = this.st(`INSERT INTO k_topics (kind, article_id, idx, slug, topic, start, "end", text, year, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const x of input.topics) t.run(x.kind, id, x.index, slug, x.topic, x.start, x.end, x.text, x.year, json(x.evidence));
  }

  async mentions(kind: MentionKind, blocks?: string[]): Promise<MentionRecord[]> {
    if (!blocks) return (this.db.prepare("SELECT * FROM k_mentions WHERE kind = ? ORDER BY slug, idx").all(kind) as Row[]).map(mention);
    // From the blocks to their mentions (index on (kind, block), then the mentions' primary key): the cost follows
    // the neighbours of the new article, not the size of the store.
    return (this.db.prepare(`SELECT m.* FROM k_mentions m WHERE m.kind = ? AND (m.article_id, m.idx) IN (
        SELECT b.article_id, b.idx FROM k_blocks b WHERE b.kind = ? AND b.block IN (SELECT value FROM json_each(?)))
        ORDER BY m.slug, m.idx`)
      .all(kind, kind, JSON.stringify(blocks)) as Row[]).map(mention);
  }

  async mentionsOf(kind: MentionKind, articleIds: number[]): Promise<MentionRecord[]> {
    return (this.db.prepare("SELECT * FROM k_mentions WHERE kind = ? AND article_id IN (SELECT value FROM json_each(?)) ORDER BY slug, idx")
      .all(kind, JSON.stringify(articleIds)) as Row[]).map(mention);
  }

  async sigCandidates(kind: GroupKind, blocks: string[]): Promise<string[]> {
    return this.st("SELECT DISTINCT sig FROM k_sigs WHERE kind = ? AND block IN (SELECT value FROM json_each(?))").pluck()
      .all(kind, json(blocks)) as string[];
  }

  async sigGroups(kind: GroupKind, sigs: string[]): Promise<{ sig: string; group: string }[]> {
    return (this.st(`SELECT DISTINCT sig, grp FROM k_mentions WHERE kind = ? AND sig IN (SELECT value FROM json_each(?)) AND grp IS NOT NULL`)
      .all(kind, json(sigs)) as Row[]).map((r) => ({ sig: r.sig as string, group: r.grp as string }));
  }

  async mentionsBySig(kind: GroupKind, sigs: string[]): Promise<MentionRecord[]> {
    return (this.st("SELECT * FROM k_mentions WHERE kind = ? AND sig IN (SELECT value FROM json_each(?))").all(kind, json(sigs)) as Row[]).map(mention);
  }

  async members(kind: GroupKind, keys: string[]): Promise<MentionRecord[]> {
    return (this.st("SELECT * FROM k_mentions WHERE kind = ? AND grp IN (SELECT value FROM json_each(?))").all(kind, json(keys)) as Row[]).map(mention);
  }

  async setGroup(kind: GroupKind, refs: { articleId: number; index: number }[], key: string): Promise<void> {
    const m = this.st("UPDATE k_mentions SET grp = ? WHERE kind = ? AND article_id = ? AND idx = ?");
    for (const r of refs) m.run(key, kind, r.articleId, r.index);
  }

  async putGroup(kind: GroupKind, g: GroupRecord): Promise<void> {
    this.st("INSERT OR REPLACE INTO k_groups (kind, key, org, start, name, conflicts, data) VALUES (?, ?, ?, ?, ?, ?, ?)")
      .run(kind, g.key, g.org, g.start, g.name, g.conflicts ? 1 : 0, json(g.data));
  }

  async deleteGroups(kind: GroupKind, keys: string[]): Promise<void> {
    this.st("DELETE FROM k_groups WHERE kind = ? AND key IN (SELECT value FROM json_each(?))").run(kind, json(keys));
  }

  async unsigned(kind: GroupKind, limit: number): Promise<MentionRecord[]> {
    return (this.st("SELECT * FROM k_mentions WHERE kind = ? AND sig IS NULL LIMIT ?").all(kind, limit) as Row[]).map(mention);
  }

  async setSig(kind: GroupKind, ref: { articleId: number; index: number }, sig: string, blocks: string[]): Promise<void> {
    this.st("UPDATE k_mentions SET sig = ? WHERE kind = ? AND article_id = ? AND idx = ?").run(sig, kind, ref.articleId, ref.index);
    for (const b of new Set(blocks)) this.st("INSERT OR IGNORE INTO k_sigs (kind, block, sig) VALUES (?, ?, ?)").run(kind, b, sig);
  }

  async groups(kind: GroupKind, f: { keys?: string[]; org?: string; from?: string; to?: string; conflicts?: boolean } = {}): Promise<unknown[]> {
    const where = ["kind = ?"];
    const params: unknown[] = [kind];
    if (f.keys) { where.push("key IN (SELECT value FROM json_each(?))"); params.push(JSON.stringify(f.keys)); }
    if (f.org) { where.push("org = ? COLLATE NOCASE"); params.push(f.org); }
    if (f.from) { where.push("start >= ?"); params.push(f.from); }
    if (f.to) { where.push("substr(start, 1, length(?)) <= ?"); params.push(f.to, f.to); }
    if (f.conflicts) where.push("conflicts = 1");
    return (this.db.prepare(`SELECT data FROM k_groups WHERE ${where.join(" AND ")} ORDER BY start IS NULL, start, key`).pluck()
      .all(...params) as string[]).map((d) => JSON.parse(d) as unknown);
  }

  async roles(): Promise<{ record: RoleRecord; person: string | null }[]> {
    return (this.db.prepare(`SELECT r.*, m.grp FROM k_roles r
        LEFT JOIN k_mentions m ON m.kind = 'person' AND m.article_id = r.article_id AND m.idx = r.idx ORDER BY r.slug, r.idx`)
      .all() as Row[]).map((r) => ({
      record: {
        ref: { article: r.slug as string, articleId: r.article_id as number, index: r.idx as number },
        title: r.title as string, of: r.of as string | null, acting: r.acting === 1, date: r.date as string | null,
      },
      person: (r.grp as string | null) ?? null,
    }));
  }

  async topicTags(): Promise<(TopicTagRecord & { group: string | null })[]> {
    return (this.db.prepare(`SELECT t.*, m.grp FROM k_topics t
        LEFT JOIN k_mentions m ON m.kind = t.kind AND m.article_id = t.article_id AND m.idx = t.idx ORDER BY t.slug, t.idx, t.start`)
      .all() as Row[]).map((r) => ({
      kind: r.kind as "event" | "quote",
      ref: { article: r.slug as string, articleId: r.article_id as number, index: r.idx as number },
      topic: r.topic as string, start: r.start as number, end: r.end as number, text: r.text as string,
      year: r.year as string | null, evidence: JSON.parse(r.evidence as string),
      group: r.kind === "event" ? ((r.grp as string | null) ?? null) : null,
    }));
  }
}

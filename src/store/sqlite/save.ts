import type { Database, Statement } from "better-sqlite3";
import type { Evidence } from "../../extract/types.ts";
import type { SaveArticleInput, SaveResult } from "../types.ts";
import { personKeys } from "../common/keys.ts";
import { saveCopyData } from "./copies.ts";

const json = (v: unknown) => JSON.stringify(v);

/** Prepared once per connection; save() writes one article and everything extracted from it in one transaction. */
export function articleWriter(db: Database): (input: SaveArticleInput) => SaveResult {
  const st = {
    find: db.prepare("SELECT id FROM articles WHERE hash = ?"),
    article: db.prepare(`INSERT INTO articles (hash, slug, source, url, title, published, outlet, dateline, text, facts, duplicate_of)
      VALUES (@hash, @slug, @source, @url, @title, @published, @outlet, @dateline, @text, @facts, @duplicateOf)`),
    articleFts: db.prepare("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)"),
    mention: db.prepare(`INSERT INTO mentions (article_id, kind, start, "end", text, norm) VALUES (?, ?, ?, ?, ?, ?)`),
    event: db.prepare(`INSERT INTO events (article_id, ord, kind, status, org, bodies, name, start, "end", city, country,
      chair, attendees, states, documents_signed, documents, person_keys)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    person: db.prepare("INSERT INTO people (article_id, ord, name, aliases, person_keys, year) VALUES (?, ?, ?, ?, ?, ?)"),
    role: db.prepare(`INSERT INTO person_roles (person_id, ord, title, "of", acting) VALUES (?, ?, ?, ?, ?)`),
    quote: db.prepare("INSERT INTO quotes (article_id, ord, speaker, text, full, person_keys, year) VALUES (?, ?, ?, ?, ?, ?, ?)"),
    quoteFts: db.prepare("INSERT INTO quotes_fts (rowid, speaker, text) VALUES (?, ?, ?)"),
    chair: db.prepare(`INSERT INTO chairmanships (article_id, ord, org, state, start, "end") VALUES (?, ?, ?, ?, ?, ?)`),
    evidence: db.prepare(`INSERT INTO evidence (article_id, fact_kind, fact_id, start, "end", sentence_start, sentence_end, rule)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
  };
  const addEvidence = (articleId: number, kind: string, factId: number | bigint, list: Evidence[] | undefined) => {
    for (const e of list ?? []) st.evidence.run(articleId, kind, factId, e.start, e.end, e.sentence.start, e.sentence.end, e.rule);
  };
  const insert = (stmt: Statement, ...args: unknown[]) => Number(stmt.run(...args).lastInsertRowid);

  const tx = db.transaction((input: SaveArticleInput): SaveResult => {
    const found = st.find.get(input.article.hash) as { id: number } | undefined;
    if (found) return { articleId: found.id, inserted: false };
    const a = input.article;
    const f = input.facts;
    const id = insert(st.article, {
      hash: a.hash, slug: a.slug, source: a.source, url: a.url, title: a.title, published: a.published, outlet: a.outlet,
      dateline: a.dateline, text: a.text, facts: json(f), duplicateOf: a.duplicateOf ?? null,
    });
    saveCopyData(db, id, a);
    st.articleFts.run(id, a.title ?? "", a.text);
    for (const m of input.mentions) st.mention.run(id, m.kind, m.start, m.end, m.text, m.norm);
    const year = (a.published ?? f.published)?.slice(0, 4) ?? null;
    f.events.forEach((e, i) => {
      const eid = insert(st.event, id, i, e.kind, e.status, e.org, json(e.bodies), e.name, e.start, e.end, e.city, e.country,
        e.chair, json(e.attendees), json(e.states), e.documents_signed, json(e.documents), personKeys([e.chair, ...e.attendees]));
      addEvidence(id, "event", eid, e.evidence);
    });
    f.people.forEach((p, i) => {
      const pid = insert(st.person, id, i, p.name, json(p.aliases ?? []), personKeys([p.name]), year);
      p.roles.forEach((r, k) => st.role.run(pid, k, r.title, r.of, r.acting ? 1 : 0));
      addEvidence(id, "person", pid, p.evidence);
    });
    f.quotes.forEach((q, i) => {
      const qid = insert(st.quote, id, i, q.speaker, q.text, q.full ?? null, personKeys([q.speaker]), year);
      st.quoteFts.run(qid, q.speaker, q.full ?? q.text);
      addEvidence(id, "quote", qid, q.evidence);
    });
    f.chairmanships.forEach((c, i) => {
      const cid = insert(st.chair, id, i, c.org, c.state, c.start, c.end);
      addEvidence(id, "chairmanship", cid, c.evidence);
    });
    return { articleId: id, inserted: true };
  });
  // IMMEDIATE: the write lock is taken before the hash check, so concurrent ingests cannot both insert.
  return (input) => tx.immediate(input);
}

import { AsyncLocalStorage } from "node:async_hooks";
import type { ArticleFacts } from "../../extract/types.ts";
import type { KnowledgeStore, NewKnowledgeArticle } from "../api.ts";
import { mergeArticle } from "./add-article.ts";
import { SPECS } from "./kinds.ts";
import { Merger } from "./merger.ts";
import { conflicts, eventDetail, timeline } from "./queries-events.ts";
import { chairmanships, topicCounts } from "./queries-misc.ts";
import { offices, people, personDetails } from "./queries-people.ts";
import type { KnowledgeRepo } from "./repo.ts";
import { withIndependentSources, type DuplicateLinks } from "./independent.ts";

/** What the engine reads back of a stored article (the article store's rows and facts). */
export interface StoredArticles extends DuplicateLinks {
  getArticle(id: number): Promise<{ slug: string; hash: string; published: string | null; text: string; duplicateOf?: number | null } | null>;
  articleFacts(id: number): Promise<ArticleFacts | null>;
}

/** The KnowledgeStore of an adapter: the shared engine over the adapter's repository and its article store. */
export function knowledgeStore(repo: KnowledgeRepo, articles: StoredArticles): KnowledgeStore {
  // The open transaction of the current async call chain, with its own merger (the groups it touched). Nesting is
  // told by this context, never by a counter shared by the process: two calls overlapping in one process (a queue
  // handler still running when the next batch starts) are two transactions, each taking the lock and settling its
  // own groups, not one running inside the other's bookkeeping without a transaction.
  const open = new AsyncLocalStorage<Merger>();
  let signed = false;

  async function merge(a: NewKnowledgeArticle): Promise<{ events: number; people: number }> {
    const merger = open.getStore();
    if (!merger) return transaction(() => merge(a));
    if (await repo.hasArticle(a.articleId)) return { events: 0, people: 0 };
    // Facts are identified by slug (stable whatever the ingest order); a second article of the same name, such as
    // an edited copy, is told apart by its content hash.
    const slug = (await repo.hasSlug(a.slug)) ? `${a.slug}~${a.hash.slice(0, 8)}` : a.slug;
    return mergeArticle(repo, merger, { articleId: a.articleId, slug, published: a.published, text: a.text, facts: a.facts, ...(a.keys ? { keys: a.keys } : {}) });
  }

  /** Mentions stored before signatures existed get theirs once (their groups are already right). */
  async function signOld(): Promise<void> {
    if (signed) return;
    for (const kind of ["event", "person"] as const) {
      for (let batch = await repo.unsigned(kind, 1000); batch.length; batch = await repo.unsigned(kind, 1000)) {
        for (const m of batch) {
          const sig = SPECS[kind].signature(m.fact);
          await repo.setSig(kind, m.ref, sig, (SPECS[kind].blocks as (k: unknown) => string[])(SPECS[kind].key(sig)));
        }
      }
    }
    signed = true;
  }

  async function transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (open.getStore()) return fn();
    // A merger per transaction: what one rolled back leaves pending is dropped with it.
    const merger = new Merger(repo);
    return repo.transaction(() => open.run(merger, async () => {
      await signOld();
      const out = await fn();
      await merger.flush();
      return out;
    }));
  }

  return {
    async addArticle(articleId) {
      const [row, facts] = await Promise.all([articles.getArticle(articleId), articles.articleFacts(articleId)]);
      if (!row || !facts) return { events: 0, people: 0 };
      return transaction(() => merge({ ...row, articleId, facts }));
    },
    merge,
    transaction,
    timeline: async (q) => withIndependentSources(await timeline(repo, q), articles),
    event: async (key) => {
      const e = await eventDetail(repo, key);
      return e ? (await withIndependentSources([e], articles))[0]! : null;
    },
    person: (name) => personDetails(repo, name),
    office: (title, of) => offices(repo, title, of),
    people: () => people(repo),
    chairmanships: (org) => chairmanships(repo, org),
    topics: (q) => topicCounts(repo, q),
    conflicts: () => conflicts(repo),
    async refresh() {
      let total = 0;
      // A few groups per transaction: a writer waiting for the lock never waits long.
      const step = () => transaction(() => open.getStore()!.refreshStale());
      for (let n = await step(); n; n = await step()) total += n;
      return total;
    },
  };
}

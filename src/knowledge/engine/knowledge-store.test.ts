import { test } from "node:test";
import assert from "node:assert/strict";
import { AsyncLocalStorage } from "node:async_hooks";
import type { ArticleFacts } from "../../extract/types.ts";
import type { NewKnowledgeArticle } from "../api.ts";
import { ev } from "../test-facts.ts";
import { knowledgeStore } from "./knowledge-store.ts";
import { MemoryRepo } from "./memory-repo.ts";

/**
 * A MemoryRepo behaving like a SQL store for transactions: one at a time (the lock), each run in its own async
 * context (the connection it holds), every write refused outside one, and a commit that can be held open.
 */
class LockedRepo extends MemoryRepo {
  private readonly inside = new AsyncLocalStorage<true>();
  private turn: Promise<unknown> = Promise.resolve();
  /** Called when a transaction's work is done and it commits; the commit ends when the returned promise does. */
  commit: () => Promise<void> = async () => undefined;

  override transaction<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.turn.then(async () => {
      const out = await this.inside.run(true, fn);
      await this.commit();
      return out;
    });
    this.turn = run.catch(() => undefined);
    return run;
  }

  private check(): void {
    if (!this.inside.getStore()) throw new Error("write outside a transaction");
  }

  override async addArticle(input: Parameters<MemoryRepo["addArticle"]>[0]) { this.check(); return super.addArticle(input); }
  override async setGroup(...a: Parameters<MemoryRepo["setGroup"]>) { this.check(); return super.setGroup(...a); }
  override async putGroup(...a: Parameters<MemoryRepo["putGroup"]>) { this.check(); return super.putGroup(...a); }
  override async deleteGroups(...a: Parameters<MemoryRepo["deleteGroups"]>) { this.check(); return super.deleteGroups(...a); }
  override async markStale(...a: Parameters<MemoryRepo["markStale"]>) { this.check(); return super.markStale(...a); }
}

const TEXT = "The ministers met in the capital and signed two documents.";
const article = (articleId: number, slug: string): NewKnowledgeArticle => {
  const facts: ArticleFacts = {
    id: slug, published: null, outlet: null, dateline: null, people: [], quotes: [], chairmanships: [],
    events: [ev({ bodies: ["CFM"], start: "2021-03-04", city: "Minsk", evidence: [{ start: 4, end: 13, sentence: { start: 0, end: TEXT.length }, rule: "test" }] })],
  };
  return { articleId, slug, hash: `h${articleId}`, published: null, text: TEXT, facts };
};
const sources = async (ks: ReturnType<typeof knowledgeStore>) =>
  (await ks.timeline()).map((e) => `${e.key} | ${e.sources.map((s) => `${s.article}#${s.index}`).sort().join(" ")}`);

test("two transactions overlapping in one process (a queue handler still committing when the next starts) are two transactions, each settling its groups", async () => {
  const repo = new LockedRepo();
  const ks = knowledgeStore(repo, { getArticle: async () => null, articleFacts: async () => null });
  let committing!: () => void;
  const firstCommits = new Promise<void>((r) => (committing = r));
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  repo.commit = async () => {
    committing();
    await held;
    repo.commit = async () => undefined;
  };
  const first = ks.transaction(() => ks.merge(article(1, "a-one")));
  await firstCommits;
  // The second starts while the first is committing: it must wait for its turn and settle what it placed.
  const second = ks.transaction(() => ks.merge(article(2, "b-two")));
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  release();
  await Promise.all([first, second]);
  assert.deepEqual(await sources(ks), ["a-one#0 | a-one#0 b-two#0"]);
});

test("a merge outside any transaction opens its own, and nested calls join the open one", async () => {
  const repo = new LockedRepo();
  const ks = knowledgeStore(repo, { getArticle: async () => null, articleFacts: async () => null });
  await Promise.all([ks.merge(article(2, "b-two")), ks.transaction(async () => {
    await ks.merge(article(3, "c-three"));
    await ks.transaction(() => ks.merge(article(1, "a-one")));
  })]);
  assert.deepEqual(await sources(ks), ["a-one#0 | a-one#0 b-two#0 c-three#0"]);
});

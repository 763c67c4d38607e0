// Merging does not depend on ingest order: the dev articles ingested in two orders give the same knowledge.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ingestBatch } from "../src/batch.ts";
import { parseName } from "../src/knowledge/person-name.ts";
import { surnameRelation } from "../src/knowledge/person-identity.ts";
import { openStore } from "../src/store/open.ts";
import { ROOT, tempDir } from "./helpers.ts";

const DEV = join(ROOT, "..", "shared", "eval", "dev");

async function knowledgeOf(files: string[]) {
  const store = await openStore(join(tempDir(), "kb.db"));
  try {
    for (const f of files) await ingestBatch(store, [f]);
    for (const a of (await store.articles.listArticles({ limit: 1000 })).items) await store.knowledge.addArticle(a.id);
    const src = (refs: { article: string; index: number }[]) => refs.map((r) => `${r.article}#${r.index}`).sort().join(" ");
    const facts = (await store.articles.counts()).events;
    return {
      facts,
      events: (await store.knowledge.timeline()).map((e) => `${e.key} ${e.status} ${e.start} ${e.end} ${e.city} | ${src(e.sources)}`).sort(),
      people: (await store.knowledge.people()).map((p) => `${p.name} | ${src(p.names.flatMap((n) => n.sources))}`).sort(),
      names: (await store.knowledge.people()).map((p) => p.names.map((n) => n.value)),
      offices: (await store.knowledge.office()).map((o) => `${o.title}/${o.of}: ${o.holders.map((h) => `${h.person} ${h.from}..${h.to}`).join(" → ")}`).sort(),
    };
  } finally {
    await store.close();
  }
}

test("dev articles in two orders give the same events, people and offices; no two surnames merged", { skip: !existsSync(DEV) }, async (t) => {
  const files = readdirSync(DEV).filter((f) => f.endsWith(".txt")).sort().map((f) => join(DEV, f));
  const forward = await knowledgeOf(files);
  const backward = await knowledgeOf([...files].reverse());
  assert.deepEqual(backward.events, forward.events);
  assert.deepEqual(backward.people, forward.people);
  assert.deepEqual(backward.offices, forward.offices);
  for (const names of forward.names) {
    const keys = names.map((n) => parseName(n).key);
    for (const a of keys) for (const b of keys) assert.notEqual(surnameRelation(a, b), "none", `different surnames merged: ${names.join(" / ")}`);
  }
  t.diagnostic(`dev events: ${forward.facts} extracted, ${forward.events.length} after merging`);
});

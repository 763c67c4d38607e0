import { test } from "node:test";
import assert from "node:assert/strict";
import type { ChairmanshipFact } from "../extract/types.ts";
import { buildChairmanships } from "./chairmanships.ts";
import type { KnowledgeArticle } from "./types.ts";

const chair = (state: string, start: string | null, end: string | null = null): ChairmanshipFact => ({ org: "CSTO", state, start, end, evidence: [] });
const article = (slug: string, chairmanships: ChairmanshipFact[]): KnowledgeArticle => ({
  slug, published: null, events: [], people: [], quotes: [], chairmanships,
});

test("the rotation of the chairmanship as a timeline, same-state reports merged", () => {
  const timelines = buildChairmanships([
    article("p", [chair("Armenia", "2022"), chair("Belarus", "2023-01-01")]),
    article("q", [chair("Republic of Armenia", "2022-01-01", "2022-12-31"), chair("Armenia", "2026")]),
    article("r", [chair("Belarus", "2023")]),
  ]);
  assert.equal(timelines.length, 1);
  const rows = timelines[0]!.periods.map((p) => [p.state, p.start, p.end, p.sources.length]);
  assert.deepEqual(rows, [
    ["Armenia", "2022-01-01", "2022-12-31", 2],
    ["Belarus", "2023-01-01", "2026", 2],
    ["Armenia", "2026", null, 1],
  ]);
});

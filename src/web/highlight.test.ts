import { test } from "node:test";
import assert from "node:assert/strict";
import { highlightText, targetOf, type FactAnchor } from "./highlight.ts";
import type { MentionRow } from "../store/types.ts";

const m = (kind: MentionRow["kind"], start: number, end: number, text: string): MentionRow => ({ id: 0, articleId: 1, kind, start, end, text, norm: null });
const ev = (start: number, end: number, s: number, e: number) => ({ start, end, sentence: { start: s, end: e }, rule: "t" });

test("overlapping spans become flat marks with every kind, linked to the innermost span's fact", () => {
  const text = `"Ivan <Petrov> said" it.`;
  const anchors: FactAnchor[] = [
    { id: "fact-quote-0", kind: "quote", evidence: [ev(0, 20, 0, 24)] },
    { id: "fact-person-0", kind: "person", evidence: [ev(6, 13, 0, 24)] },
  ];
  const out = highlightText(text, [m("quote", 0, 20, ""), m("person", 1, 14, "Ivan <Petrov>")], anchors, new Set([0])).value;
  assert.match(out, /^<span class="sentence-anchor" id="s-0"><\/span><a class="mark k-quote"[^>]*href="#fact-quote-0"/);
  assert.match(out, /<a class="mark k-person k-quote" data-kind="person" href="#fact-person-0"[^>]*>Ivan &lt;Petrov&gt;<\/a>/);
  assert.equal(out.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"'), text, "the text is intact");
});

test("a span with no fact of its kind falls back to a fact of its sentence, else stays a plain mark", () => {
  const anchors: FactAnchor[] = [{ id: "fact-event-0", kind: "event", evidence: [ev(0, 5, 0, 40)] }];
  assert.equal(targetOf({ kind: "date", start: 20, end: 26 }, anchors), "fact-event-0");
  assert.equal(targetOf({ kind: "date", start: 50, end: 56 }, anchors), null);
  assert.equal(targetOf({ kind: "quote", start: 2, end: 4 }, anchors), null);
});

test("a linked sentence lights up, the exact span is marked and carries the anchor the link scrolls to", () => {
  const text = "First one. Ivan Petrov met them in Minsk. Last.";
  const out = highlightText(text, [m("person", 11, 22, "Ivan Petrov")], [], new Set([11]), { sentence: [11, 41], span: [35, 40] }).value;
  assert.match(out, /<mark class="lit lit-span" id="hl">Minsk<\/mark>/);
  assert.match(out, /<span class="mark k-person lit"[^>]*>Ivan Petrov<\/span>/);
  assert.equal((out.match(/id="hl"/g) ?? []).length, 1);
  assert.ok(!/lit[^>]*>First one/.test(out), "other sentences stay unlit");
  assert.equal(out.replace(/<[^>]+>/g, ""), text, "the text is intact");
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { definePipeline, describePipeline, PipelineOrderError, runPipeline, type Component } from "./component.ts";
import { NLP_PIPELINE } from "./analyze.ts";
import { EXTRACT_PIPELINE } from "../extract/index.ts";

interface S { text: string; words: string[]; count: number }
const words: Component<S> = { name: "words", requires: ["text"], assigns: ["words"], run: (s) => ({ words: s.text!.split(" ") }) };
const count: Component<S> = { name: "count", requires: ["words"], assigns: ["count"], run: (s) => ({ count: s.words!.length }) };

test("stages run in order, each adding what it declares", () => {
  const p = definePipeline<S>(["text"], [words, count]);
  assert.equal(runPipeline(p, { text: "a b c" }).count, 3);
});

test("a stage placed before what it requires is refused when the pipeline is built", () => {
  assert.throws(() => definePipeline<S>(["text"], [count, words]), (e: unknown) => e instanceof PipelineOrderError && /count requires words/.test(e.message));
});

test("two stages assigning the same thing are refused", () => {
  assert.throws(() => definePipeline<S>(["text"], [words, { ...words, name: "words-again" }]), /assigns words, already assigned/);
});

test("a stage writing what it did not declare fails at run time", () => {
  const sneaky: Component<S> = { name: "sneaky", requires: ["text"], assigns: ["words"], run: () => ({ words: [], count: 0 }) };
  assert.throws(() => runPipeline(definePipeline<S>(["text"], [sneaky]), { text: "x" }), /sneaky wrote count/);
});

test("the nlp and extraction pipelines declare their stages: quotes after entities, events after people and chairmanships", () => {
  const nlp = describePipeline(NLP_PIPELINE).map((c) => c.name);
  assert.ok(nlp.indexOf("quotes") > nlp.indexOf("entities"));
  const ex = describePipeline(EXTRACT_PIPELINE);
  const events = ex.find((c) => c.name === "events")!;
  assert.deepEqual(events.requires, ["doc", "people", "chairmanships"]);
  assert.equal(ex.filter((c) => c.assigns.includes("chairmanships")).length, 1, "chairmanships are extracted once");
});

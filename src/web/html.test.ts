import { test } from "node:test";
import assert from "node:assert/strict";
import { html, raw } from "./html.ts";
import { markSnippet } from "./pages/search.ts";

test("interpolated values are escaped, nested templates and arrays are kept", () => {
  const evil = `<script>alert("x")</script><img src=x onerror='y'>&`;
  const out = html`<p title="${evil}">${evil}</p>${[html`<b>${"a<b"}</b>`, "c&d"]}`.value;
  assert.equal(out.includes("<script>"), false);
  assert.equal(out.includes("onerror='"), false);
  assert.match(out, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;&lt;img src=x onerror=&#39;y&#39;&gt;&amp;/);
  assert.match(out, /<b>a&lt;b<\/b>c&amp;d$/);
  assert.equal(html`${raw("<i>ok</i>")}`.value, "<i>ok</i>");
  assert.equal(html`${null}${undefined}${false}${0}`.value, "0");
});

test("search snippets: only the store's match marks become <mark>, the rest is escaped", () => {
  assert.equal(markSnippet("a [[<b>terror</b>]] b").value, "a <mark>&lt;b&gt;terror&lt;/b&gt;</mark> b");
});

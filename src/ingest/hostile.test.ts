// Hostile inputs: each is one coded error naming the file (and record), within bounded time and memory.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { gunzipSync, gzipSync } from "node:zlib";
import { InputError } from "../errors.ts";
import { readInputs } from "./index.ts";
import type { RawArticle } from "./types.ts";
import { newsPage, rssFeed, STORIES, STORY, warcGz } from "./web-fixtures.ts";

const dir = () => mkdtempSync(join(tmpdir(), "communique-hostile-"));
async function read(path: string, maxBytes?: number): Promise<(RawArticle | InputError)[]> {
  const out: (RawArticle | InputError)[] = [];
  for await (const x of readInputs([path], maxBytes ? { maxBytes } : {})) out.push(x);
  return out;
}
async function oneError(path: string, code: string, maxBytes?: number): Promise<InputError> {
  const xs = await read(path, maxBytes);
  const errs = xs.filter((x): x is InputError => x instanceof InputError);
  assert.equal(errs.length, 1, `one error for ${path}: ${xs.map((x) => (x instanceof InputError ? x.message : x.id)).join("; ")}`);
  assert.equal(errs[0]!.code, code, errs[0]!.message);
  assert.ok(errs[0]!.message.includes(path), `the message names the file: ${errs[0]!.message}`);
  return errs[0]!;
}

test("a gzip bomb is stopped as it inflates, within the memory of the limit", async () => {
  const d = dir();
  const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x61)); // 64 MB of "a" in about 64 KB
  writeFileSync(join(d, "bomb.txt.gz"), bomb);
  writeFileSync(join(d, "bomb.jsonl.gz"), bomb);
  const before = process.memoryUsage().rss;
  await oneError(join(d, "bomb.txt.gz"), "E_INPUT_TOO_LARGE");
  await oneError(join(d, "bomb.jsonl.gz"), "E_INPUT_GZIP", 1024 * 1024 * 1024);
  assert.ok(process.memoryUsage().rss - before < 200 * 1024 * 1024, "memory stays bounded");
  writeFileSync(join(d, "broken.html.gz"), gzipSync(newsPage()).subarray(0, 300));
  await oneError(join(d, "broken.html.gz"), "E_INPUT_GZIP");
});

test("a 100 MB file is refused from its size; a 30 MB JSON Lines record is skipped without being held", async () => {
  const d = dir();
  truncateSync((writeFileSync(join(d, "huge.html"), ""), join(d, "huge.html")), 100 * 1024 * 1024);
  await oneError(join(d, "huge.html"), "E_INPUT_TOO_LARGE");
  const big = join(d, "big.jsonl");
  writeFileSync(big, `{"text": "${"x".repeat(30 * 1024 * 1024)}"}\n${JSON.stringify({ text: STORY.join(" ") })}\n`);
  const xs = await read(big);
  assert.equal((xs[0] as InputError).code, "E_INPUT_TOO_LARGE");
  assert.ok(!(xs[1] instanceof InputError), "the next record still reads");
});

test("deeply nested and truncated HTML give their text, quickly", async () => {
  const d = dir();
  const body = `<p>${STORY.join(" ")}</p>`;
  writeFileSync(join(d, "deep.html"), `<html><body>${"<div>".repeat(100_000)}${body}${"</div>".repeat(100_000)}</body></html>`);
  writeFileSync(join(d, "unclosed.html"), `<html><body>${"<div><span><b>".repeat(50_000)}${STORY.join(" ")}`);
  writeFileSync(join(d, "cut.html"), newsPage().slice(0, newsPage().indexOf(STORY[3]!)));
  const t = performance.now();
  for (const f of ["deep.html", "unclosed.html", "cut.html"]) {
    const [a] = await read(join(d, f));
    assert.ok(a && !(a instanceof InputError), `${f}: ${String(a)}`);
    assert.ok(a.text.includes(STORY[1]!), f);
  }
  assert.ok(performance.now() - t < 20_000, "bounded time");
});

test("charsets: windows-1251 declared in <meta charset> is converted; invalid UTF-8 and unknown charsets are refused", async () => {
  const d = dir();
  const ru = "Министры обороны государств-членов провели заседание в Минске.";
  const html = (charset: string) => `<html><head><meta charset="${charset}"></head><body><article><p>${STORY.join(" ")}</p><p>${ru}</p></article></body></html>`;
  writeFileSync(join(d, "cp1251.html"), encode1251(html("windows-1251")));
  const [a] = await read(join(d, "cp1251.html"));
  assert.ok(a && !(a instanceof InputError), String(a));
  assert.ok(a.text.includes(ru), "Cyrillic decoded from windows-1251");
  writeFileSync(join(d, "bad-utf8.html"), Buffer.concat([Buffer.from(html("utf-8")), Buffer.from([0xc3, 0x28, 0xff])]));
  await oneError(join(d, "bad-utf8.html"), "E_INPUT_ENCODING");
  writeFileSync(join(d, "odd.html"), html("x-no-such-charset"));
  await oneError(join(d, "odd.html"), "E_INPUT_ENCODING");
});

test("NUL bytes and control characters: binary files refused, stray controls blanked in text", async () => {
  const d = dir();
  writeFileSync(join(d, "nul.html"), Buffer.concat([Buffer.from(newsPage()), Buffer.from([0, 0, 0])]));
  await oneError(join(d, "nul.html"), "E_INPUT_BINARY");
  writeFileSync(join(d, "esc.txt"), `${STORY[0]}\u001b[31m\u0007 ${STORY[1]}`);
  const [a] = await read(join(d, "esc.txt"));
  assert.ok(a && !(a instanceof InputError));
  assert.ok(!/[\u0000-\u0008\u000b\u000e-\u001f]/.test(a.text));
  assert.equal(a.text.length, `${STORY[0]}\u001b[31m\u0007 ${STORY[1]}`.length, "same length: offsets hold");
});

test("a billion-laughs feed is refused without expanding anything; a broken feed is one error", async () => {
  const d = dir();
  const laughs = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("")}]>\n<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>`;
  writeFileSync(join(d, "laughs.rss"), laughs);
  const e = await oneError(join(d, "laughs.rss"), "E_INPUT_FEED");
  assert.match(e.message, /entit/);
  writeFileSync(join(d, "notafeed.xml"), "<html><body>no feed</body></html>");
  await oneError(join(d, "notafeed.xml"), "E_INPUT_FEED");
  writeFileSync(join(d, "cut.rss"), rssFeed([{ title: "T", body: STORIES[1]!.join(" "), link: "https://x.example/1", date: "2027-03-03" }]).slice(0, 200));
  const xs = await read(join(d, "cut.rss"));
  assert.equal(xs.length, 1, "a truncated feed is one item or one error, never a throw");
});

test("a truncated or corrupt WARC: what was read is kept, then one E_INPUT_WARC naming the archive", async () => {
  const d = dir();
  const pages = STORIES.map((s, i) => ({ uri: `https://w.example/${i}`, html: `<html><body><article><p>${s.join("</p><p>")}</p></article></body></html>` }));
  const whole = warcGz(pages);
  const plain = gunzipSync(whole);
  writeFileSync(join(d, "cut.warc"), plain.subarray(0, plain.length - 200));
  const xs = await read(join(d, "cut.warc"));
  assert.equal(xs.filter((x) => !(x instanceof InputError)).length, 2);
  const err = xs.at(-1) as InputError;
  assert.equal(err.code, "E_INPUT_WARC");
  assert.match(err.message, /cut\.warc: record \d+: truncated/);
  writeFileSync(join(d, "junk.warc"), "this is not an archive\r\n\r\nat all");
  await oneError(join(d, "junk.warc"), "E_INPUT_WARC");
});

/** windows-1251 encoder for the test page (Cyrillic letters and ASCII only). */
function encode1251(s: string): Buffer {
  return Buffer.from(Array.from(s, (ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x80) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
    if (c === 0x401) return 0xa8;
    if (c === 0x451) return 0xb8;
    return 0x3f;
  }));
}

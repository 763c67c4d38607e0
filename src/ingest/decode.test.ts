import { test } from "node:test";
import assert from "node:assert/strict";
import { charsetOf, declaredCharset, decodeText } from "./decode.ts";

const CP1251 = Buffer.from([0xcc, 0xe8, 0xed, 0xf1, 0xea]); // "Минск" in windows-1251

test("the declared charset converts; without one the bytes must be UTF-8", () => {
  assert.deepEqual(decodeText(CP1251, { charset: "windows-1251" }), { text: "Минск" });
  assert.deepEqual(decodeText(CP1251, { charset: "CP1251" }), { text: "Минск" }, "labels as the Encoding standard knows them");
  assert.deepEqual(decodeText(Buffer.from("caf\xe9", "latin1"), { charset: "iso-8859-1" }), { text: "café" });
  const bad = decodeText(CP1251);
  assert.ok("code" in bad && bad.code === "E_INPUT_ENCODING" && /UTF-8/.test(bad.reason));
  const unknown = decodeText(CP1251, { charset: "klingon-7" });
  assert.ok("code" in unknown && unknown.code === "E_INPUT_ENCODING" && /unknown charset "klingon-7"/.test(unknown.reason));
});

test("a byte-order mark wins over the declaration; UTF-16 is text, not binary", () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Minsk talks", "utf16le")]);
  assert.deepEqual(decodeText(utf16, { charset: "windows-1251" }), { text: "Minsk talks" });
  assert.deepEqual(decodeText(Buffer.from("\uFEFFtext", "utf8"), { charset: "windows-1251" }), { text: "text" });
});

test("binary, empty and control characters", () => {
  assert.equal((decodeText(Buffer.from([0x41, 0, 0x42])) as { code: string }).code, "E_INPUT_BINARY");
  assert.equal((decodeText(Buffer.alloc(0)) as { code: string }).code, "E_INPUT_EMPTY");
  assert.equal((decodeText(Buffer.from(" \n\t")) as { code: string }).code, "E_INPUT_EMPTY");
  assert.deepEqual(decodeText(Buffer.from("The talks\u001b[0m ended in Minsk on Friday evening.")), { text: "The talks [0m ended in Minsk on Friday evening." });
});

test("where charsets are declared: Content-Type, <meta>, the XML declaration", () => {
  assert.equal(charsetOf("text/html; charset=windows-1251"), "windows-1251");
  assert.equal(charsetOf('multipart/form-data; charset="KOI8-R"'), "KOI8-R");
  assert.equal(charsetOf("text/plain"), null);
  assert.equal(declaredCharset(Buffer.from('<!doctype html><head><meta charset="windows-1251">')), "windows-1251");
  assert.equal(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')), "koi8-r");
  assert.equal(declaredCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-5"?><rss/>')), "ISO-8859-5");
  assert.equal(declaredCharset(Buffer.from("<html><body>none</body></html>")), null);
});

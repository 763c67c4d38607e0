import type { ErrorCode } from "../../errors.ts";
import { decodeText, looksBinary, type Decoded } from "../../ingest/decode.ts";

/** The charset a Content-Type declares (`text/plain; charset=windows-1252` → windows-1252), lower-cased. */
export function declaredCharset(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? "");
  return m ? m[1]!.toLowerCase() : null;
}

const fail = (code: ErrorCode, reason: string): Decoded => ({ code, reason });

/**
 * Uploaded bytes → text by the charset they declare: UTF-8 unless told otherwise, and never a guess. Bytes that are
 * not valid in that charset are refused rather than stored with U+FFFD in place of what could not be read.
 */
export function decodeUpload(bytes: Uint8Array, charset: string | null): Decoded {
  if (!charset || charset === "utf-8" || charset === "utf8") {
    const d = decodeText(bytes);
    return "code" in d && d.code === "E_INPUT_ENCODING" ? fail(d.code, "not valid UTF-8 text; declare its charset (e.g. charset=windows-1252)") : d;
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    return fail("E_INPUT_ENCODING", `the declared charset "${charset.slice(0, 40)}" is not supported`);
  }
  if (bytes.length === 0) return fail("E_INPUT_EMPTY", "empty");
  // UTF-16 text is full of NUL bytes; every other charset this accepts is ASCII-compatible.
  if (!decoder.encoding.startsWith("utf-16") && looksBinary(bytes)) return fail("E_INPUT_BINARY", "binary content (not text)");
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return fail("E_INPUT_ENCODING", `not valid ${decoder.encoding} text`);
  }
  if (text.includes("\u0000")) return fail("E_INPUT_BINARY", "binary content (not text)");
  return text.trim() ? { text } : fail("E_INPUT_EMPTY", "only whitespace");
}

import type { ErrorCode } from "../errors.ts";

export type Decoded = { text: string } | { code: ErrorCode; reason: string };

const CONTROL_SHARE = 0.1;

/** NUL bytes, or a sizeable share of control characters (tab, newlines, form feed excepted), mean this is not text. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  return n > 0 && control / n > CONTROL_SHARE;
}

/** Bytes → text, or why they are not readable text: binary, not UTF-8, or empty. A UTF-8 BOM is dropped. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { code: "E_INPUT_EMPTY", reason: "empty" };
  if (looksBinary(bytes)) return { code: "E_INPUT_BINARY", reason: "binary content (not text)" };
  let text: string;
  try {
    // ignoreBOM: false (the default) makes the decoder drop a leading BOM.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { code: "E_INPUT_ENCODING", reason: "not valid UTF-8 text" };
  }
  if (text.trim() === "") return { code: "E_INPUT_EMPTY", reason: "only whitespace" };
  return { text };
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

import type { ErrorCode } from "../errors.ts";

export type Decoded = { text: string } | { code: ErrorCode; reason: string };

export interface DecodeOptions {
  /**
   * The charset the container declares (an HTTP or multipart `Content-Type`, `<meta charset>`, an XML declaration):
   * the bytes are converted from it, strictly. Absent: UTF-8, strictly. A byte-order mark wins over both.
   */
  charset?: string | null;
}

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

/** The charset parameter of a Content-Type value ("text/html; charset=windows-1251" → "windows-1251"), or null. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? "");
  return m?.[1] ?? null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

// Stray control characters (not tab, newlines, form feed) become spaces: the text keeps its length and offsets.
// eslint-disable-next-line no-control-regex
const STRAY_CONTROLS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/** Control characters that are not layout (NUL, ESC, DEL...) as spaces: same length, offsets unchanged. */
export const blankControls = (text: string): string => text.replace(STRAY_CONTROLS, " ");

/**
 * Bytes → text by the declared charset, or why they are not readable text: binary, undecodable in that charset (or an
 * unknown charset), or empty. The one decoder for every way text comes in (files, feeds, archives, HTTP uploads).
 */
export function decodeText(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) return { code: "E_INPUT_EMPTY", reason: "empty" };
  const bom = bomCharset(bytes);
  const declared = (bom ?? opts.charset ?? "utf-8").trim().toLowerCase();
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared, { fatal: true });
  } catch {
    return { code: "E_INPUT_ENCODING", reason: `unknown charset "${declared.slice(0, 40)}"` };
  }
  const wide = decoder.encoding.startsWith("utf-16");
  if (!wide && looksBinary(bytes)) return { code: "E_INPUT_BINARY", reason: "binary content (not text)" };
  let text: string;
  try {
    // ignoreBOM: false (the default) makes the decoder drop a leading BOM.
    text = decoder.decode(bytes);
  } catch {
    return { code: "E_INPUT_ENCODING", reason: `not valid ${decoder.encoding === "utf-8" ? "UTF-8" : decoder.encoding} text` };
  }
  if (wide && text.includes("\u0000")) return { code: "E_INPUT_BINARY", reason: "binary content (not text)" };
  text = blankControls(text);
  if (text.trim() === "") return { code: "E_INPUT_EMPTY", reason: "only whitespace" };
  return { text };
}

/**
 * The charset a page or feed declares in its first bytes: `<meta charset>`, `<meta http-equiv="Content-Type">`, or
 * an XML declaration's `encoding`. Read as ASCII, so it works before the charset is known.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!;
  const meta = /<meta\s[^>]*charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

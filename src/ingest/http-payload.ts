import { gunzipSync, inflateSync, brotliDecompressSync } from "node:zlib";
import { charsetOf } from "./decode.ts";

export interface HttpPayload {
  status: number;
  contentType: string;
  charset: string | null;
  body: Buffer;
}

/**
 * An HTTP response as a web archive stores it → status, type and body, de-chunked and decompressed (bounded by
 * `maxBytes`, so a compressed bomb inside an archive is stopped too). Null when it is not an HTTP response.
 */
export function httpPayload(block: Buffer, maxBytes: number): HttpPayload | { reason: string } {
  const end = block.indexOf("\r\n\r\n");
  if (end < 0 || !block.subarray(0, 5).toString("latin1").startsWith("HTTP/")) return { reason: "not an HTTP response" };
  const lines = block.subarray(0, end).toString("latin1").split("\r\n");
  const status = Number(/^HTTP\/[\d.]+\s+(\d{3})/.exec(lines[0] ?? "")?.[1] ?? 0);
  const h = new Map<string, string>();
  for (const l of lines.slice(1)) {
    const i = l.indexOf(":");
    if (i > 0) h.set(l.slice(0, i).trim().toLowerCase(), l.slice(i + 1).trim());
  }
  let body = block.subarray(end + 4);
  if (/chunked/i.test(h.get("transfer-encoding") ?? "")) body = dechunk(body);
  const enc = (h.get("content-encoding") ?? "").toLowerCase();
  try {
    const opts = { maxOutputLength: maxBytes };
    if (enc === "gzip" || enc === "x-gzip") body = gunzipSync(body, opts);
    else if (enc === "deflate") body = inflateSync(body, opts);
    else if (enc === "br") body = brotliDecompressSync(body, opts);
  } catch (err) {
    return { reason: `body not decodable as ${enc} (${(err as Error).message.slice(0, 80)})` };
  }
  const contentType = (h.get("content-type") ?? "").toLowerCase();
  return { status, contentType, charset: charsetOf(h.get("content-type")), body };
}

function dechunk(b: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  while (at < b.length) {
    const nl = b.indexOf("\r\n", at);
    if (nl < 0) break;
    const n = parseInt(b.subarray(at, nl).toString("latin1"), 16);
    if (!Number.isFinite(n) || n <= 0) break;
    out.push(b.subarray(nl + 2, nl + 2 + n));
    at = nl + 2 + n + 2;
  }
  return Buffer.concat(out);
}

/** What a file holds, from its name: the reader to use and whether it is gzip-compressed. */
export type InputFormat = "txt" | "jsonl" | "html" | "feed" | "warc";

const BY_EXTENSION: Record<string, InputFormat> = {
  txt: "txt", jsonl: "jsonl", ndjson: "jsonl", html: "html", htm: "html", xhtml: "html",
  rss: "feed", atom: "feed", xml: "feed", warc: "warc",
};

export const SUPPORTED = ".txt, .jsonl, .ndjson, .html, .htm, .rss, .atom, .xml, .warc, or any of them .gz";

/** The format of a file name ("a.warc.gz" → warc, gzip), or null when it is not an input. */
export function formatOf(name: string): { format: InputFormat; gzip: boolean } | null {
  const parts = name.toLowerCase().split(".");
  if (parts.length < 2) return null;
  const gzip = parts[parts.length - 1] === "gz" || parts[parts.length - 1] === "tgz";
  const ext = gzip ? parts[parts.length - 2] : parts[parts.length - 1];
  if (gzip && parts.length < 3) return null;
  const format = ext ? BY_EXTENSION[ext] : undefined;
  return format ? { format, gzip } : null;
}

import { InputError } from "../errors.ts";
import type { RawArticle } from "./types.ts";
import { blankControls, decodeText } from "./decode.ts";

/** What one JSON Lines record may hold: ours (only `text` required) or news-please's field names. */
interface JsonlRecord {
  text?: unknown;
  url?: unknown;
  published?: unknown;
  outlet?: unknown;
  id?: unknown;
  title?: unknown;
  language?: unknown;
  author?: unknown;
  // news-please
  maintext?: unknown;
  date_publish?: unknown;
  source_domain?: unknown;
  authors?: unknown;
}

const optString = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);

/** One line's bytes → an article, or one error naming `path:line` and what is wrong with it. */
export function parseRecord(bytes: Buffer, ctx: { path: string; lineNo: number; stem: string }): RawArticle | InputError {
  const source = `${ctx.path}:${ctx.lineNo}`;
  const d = decodeText(bytes);
  if ("code" in d) return new InputError(d.code === "E_INPUT_EMPTY" ? "E_INPUT_JSONL" : d.code, source, d.reason);
  let rec: unknown;
  try {
    rec = JSON.parse(d.text);
  } catch (err) {
    return new InputError("E_INPUT_JSONL", source, `not valid JSON (${(err as Error).message})`);
  }
  if (rec === null || typeof rec !== "object" || Array.isArray(rec)) return new InputError("E_INPUT_JSONL", source, "not a JSON object");
  const r = rec as JsonlRecord;
  const field = typeof r.text === "string" ? "text" : typeof r.maintext === "string" ? "maintext" : null;
  if (!field) return new InputError("E_INPUT_JSONL", source, 'no string "text" (or news-please "maintext") field');
  const text = blankControls((r[field] as string).replace(/^\uFEFF/, ""));
  if (text.trim() === "") return new InputError("E_INPUT_EMPTY", source, `"${field}" is empty`);
  const id = typeof r.id === "number" ? String(r.id) : optString(r.id);
  return {
    id: id ?? `${ctx.stem}-${ctx.lineNo}`,
    source,
    text,
    url: optString(r.url),
    published: optString(r.published) ?? optString(r.date_publish),
    outlet: optString(r.outlet) ?? optString(r.source_domain),
    title: optString(r.title),
    language: optString(r.language),
    author: optString(r.author) ?? (Array.isArray(r.authors) ? optString(r.authors.filter((a) => typeof a === "string").join(", ")) : null),
  };
}

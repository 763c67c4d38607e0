import { createHash } from "node:crypto";
import type { ErrorCode } from "../../errors.ts";
import { normalizeGivenDate } from "../../ingest/published.ts";
import type { Context } from "hono";
import { badRequest } from "../http-error.ts";
import { blankControls, charsetOf, decodeText, type Decoded } from "../../ingest/decode.ts";

/** One article as posted; `rejected` when its bytes could not be read (it is reported, the others go through). */
export interface PostedArticle {
  text: string;
  /** Shown as the article's source and slug; a file name, or a name made from the text's hash. */
  name: string;
  url?: string | null;
  published?: string | null;
  outlet?: string | null;
  rejected?: { code: ErrorCode; reason: string };
}

export interface PostedResult {
  name: string;
  status: "added" | "existing" | "failed";
  articleId?: number;
  code?: ErrorCode;
  error?: string;
}

const MAX_ARTICLES = 1000;

/** A name nobody gave: distinct per text, so two posted articles never share a slug (nor their event keys). */
const nameFor = (prefix: string, text: string) => `${prefix}-${createHash("sha256").update(text).digest("hex").slice(0, 10)}`;

/**
 * Posted bytes → text with the one decoder the readers use: by the declared charset, UTF-8 when none is declared,
 * never a guess, and never U+FFFD in place of bytes that could not be read.
 */
export function decodePosted(bytes: Uint8Array, charset: string | null): Decoded {
  const d = decodeText(bytes, { charset });
  return "code" in d && d.code === "E_INPUT_ENCODING" && !charset ? { ...d, reason: `${d.reason}; declare its charset (e.g. charset=windows-1252)` } : d;
}

/** The checks the CLI readers make, for one posted text: not empty, not binary. */
function textProblem(text: string): { code: ErrorCode; reason: string } | null {
  if (!text.trim()) return { code: "E_INPUT_EMPTY", reason: "empty text" };
  if (text.includes("\u0000")) return { code: "E_INPUT_BINARY", reason: "binary content (not text)" };
  return null;
}

/** A JSON body: one article object or {"articles": [...]}; any malformed field is a 400 naming the article and field. */
export function jsonArticles(body: unknown): PostedArticle[] {
  const list = body && typeof body === "object" && Array.isArray((body as { articles?: unknown }).articles) ? (body as { articles: unknown[] }).articles : [body];
  if (!list.length || list.length > MAX_ARTICLES) throw badRequest(`articles must hold 1 to ${MAX_ARTICLES} articles`);
  return list.map((x, i) => {
    if (!x || typeof x !== "object" || Array.isArray(x)) throw badRequest(`article ${i}: text is required (an object with a "text" string)`);
    const o = x as Record<string, unknown>;
    if (typeof o.text !== "string" || !o.text.trim()) throw badRequest(`article ${i}: text is required and must be a non-empty string`);
    for (const k of ["name", "url", "published", "outlet"]) if (o[k] !== undefined && o[k] !== null && typeof o[k] !== "string") throw badRequest(`article ${i}: ${k} must be a string`);
    const problem = textProblem(o.text);
    if (problem) throw badRequest(`article ${i}: text: ${problem.reason}`);
    const published = o.published as string | null | undefined;
    if (published && !normalizeGivenDate(published)) throw badRequest(`article ${i}: published must be a real date like 2026-06-02, got "${published.slice(0, 40)}"`);
    const name = o.name as string | null | undefined;
    if (name && name.length > 200) throw badRequest(`article ${i}: name is too long (200 characters at most)`);
    const text = blankControls(o.text.replace(/^\uFEFF/, ""));
    return { text, name: name?.trim() || nameFor("posted", text), url: (o.url as string) || null, published: published || null, outlet: (o.outlet as string) || null };
  });
}

/**
 * A multipart form (API or web page): a `text` field and/or `files`. Each file is decoded by the charset it
 * declares (or a `charset` field); one that cannot be read is kept as rejected, with the reason, not dropped.
 */
export async function formArticles(form: Record<string, unknown>): Promise<PostedArticle[]> {
  const items: PostedArticle[] = [];
  if (typeof form.text === "string" && form.text.trim()) {
    const problem = textProblem(form.text);
    items.push({ name: nameFor("pasted", form.text), text: problem ? "" : blankControls(form.text), ...(problem ? { rejected: problem } : {}) });
  }
  const fallback = typeof form.charset === "string" && form.charset.trim() ? form.charset.trim().toLowerCase() : null;
  for (const f of ([] as unknown[]).concat(form.files ?? [])) {
    // A browser sends an empty, nameless part when no file was chosen.
    if (!(f instanceof File) || (f.size === 0 && !f.name)) continue;
    // Only the file's own name: some browsers send the client's whole path.
    const name = f.name.split(/[\\/]/).pop()!.slice(0, 200) || "upload.txt";
    const d = decodePosted(new Uint8Array(await f.arrayBuffer()), charsetOf(f.type) ?? fallback);
    items.push("code" in d ? { name, text: "", rejected: { code: d.code, reason: d.reason } } : { name, text: d.text });
  }
  if (items.length > MAX_ARTICLES) throw badRequest(`send 1 to ${MAX_ARTICLES} articles at once`);
  return items;
}

/** The multipart body, or a 400 when it is not one (no boundary, truncated): a client's mistake, not a 500. */
export async function readForm(c: Context): Promise<Record<string, unknown>> {
  try {
    return await c.req.parseBody({ all: true });
  } catch {
    throw badRequest("the body is not valid multipart/form-data");
  }
}

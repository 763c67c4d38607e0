import { storeArticle } from "../batch.ts";
import type { Store } from "../store/types.ts";
import { HttpError } from "./http-error.ts";

export interface PostedArticle {
  text: string;
  /** Shown as the article's source and slug; a file name or "pasted". */
  name: string;
  url?: string | null;
  published?: string | null;
  outlet?: string | null;
}

export interface PostedResult {
  name: string;
  status: "added" | "existing" | "failed";
  articleId?: number;
  error?: string;
}

/** Stores articles posted to the server, each on its own (a bad one is reported, the rest go through). */
export async function ingestTexts(store: Store, items: PostedArticle[]): Promise<PostedResult[]> {
  if (!items.length) throw new HttpError(400, "E_VALIDATION", "no article given");
  const out: PostedResult[] = [];
  for (const it of items) {
    const text = it.text.replace(/^\uFEFF/, "");
    if (!text.trim()) {
      out.push({ name: it.name, status: "failed", error: "empty text" });
      continue;
    }
    if (text.includes("\u0000")) {
      out.push({ name: it.name, status: "failed", error: "binary content" });
      continue;
    }
    try {
      const slug = it.name.replace(/\.[a-z]+$/i, "").replace(/[^\w.-]+/g, "-").slice(0, 80) || "pasted";
      const r = await storeArticle(store, {
        id: slug, source: it.name, text,
        ...(it.url ? { url: it.url } : {}), ...(it.published ? { published: it.published } : {}), ...(it.outlet ? { outlet: it.outlet } : {}),
      });
      out.push({ name: it.name, status: r.status, ...(r.articleId !== null ? { articleId: r.articleId } : {}) });
    } catch (err) {
      out.push({ name: it.name, status: "failed", error: (err as Error).message });
    }
  }
  return out;
}

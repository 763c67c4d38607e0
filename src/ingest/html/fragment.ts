import { parseHTML } from "linkedom";
import { textBlocks } from "./blocks.ts";

/** An HTML fragment (a feed item's body) as text, one block per paragraph: all of it, since it is the story itself. */
export function htmlFragmentText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const body = document.body as unknown as Parameters<typeof textBlocks>[0] | null;
  return body ? textBlocks(body).map((b) => b.text).join("\n\n") : "";
}

import { readFileSync } from "node:fs";
import { sep } from "node:path";
import type { Hono } from "hono";
import { packagePath } from "../data/package-root.ts";

// Read from the sources in either case: the compiled build (dist/) holds no copy.
const DIR = `${packagePath("src", "web", "static")}${sep}`;
const FILES: Record<string, string> = { "app.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8" };

/** The two static files, read once; only names in the list are served, so no path reaches the file system. */
export function serveStatic(app: Hono): void {
  const cache = new Map<string, string>();
  app.get("/static/:name", (c) => {
    const name = c.req.param("name");
    // Own keys only: "constructor" or "__proto__" must be a 404, not a lookup on Object.prototype.
    const type = Object.hasOwn(FILES, name) ? FILES[name] : undefined;
    if (!type) return c.notFound();
    if (!cache.has(name)) cache.set(name, readFileSync(DIR + name, "utf8"));
    c.header("Content-Type", type);
    c.header("Cache-Control", "public, max-age=300");
    return c.body(cache.get(name)!);
  });
}

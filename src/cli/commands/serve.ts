import type { Command } from "commander";
import { UsageError } from "../../errors.ts";
import { int, withDb } from "../options.ts";
import { assertStoreExists, storeModule } from "../with-store.ts";

interface Flags {
  db: string;
  port: string;
  host: string;
  token?: string;
  maxMb: string;
  allowHost: string[];
  baseUrl?: string;
  inbox?: string;
}

export function registerServe(program: Command): void {
  withDb(program.command("serve"))
    .description("serve the web application and the JSON API (/api, /openapi.json) over the store")
    .option("--port <n>", "port to listen on (0 picks a free one)", "8080")
    .option("--host <addr>", "address to bind; only this machine by default", "127.0.0.1")
    .option("--token <secret>", "enable ingest from the browser and POST /api/articles, requiring this token (or set COMMUNIQUE_TOKEN)")
    .option("--allow-host <name>", "also answer requests for this host name (repeatable); local names always", (v: string, all: string[]) => [...all, v], [] as string[])
    .option("--max-mb <n>", "largest request body accepted, in MB", "10")
    .option("--inbox <dir>", "folder where posted articles wait until stored, so a crash loses none (default: DB.inbox beside a SQLite file)")
    .option("--base-url <url>", "the server's public address (e.g. https://kb.example.org), for absolute URLs in exports; never taken from the request")
    .action(async (flags: Flags) => {
      const token = flags.token ?? process.env.COMMUNIQUE_TOKEN ?? null;
      if (token !== null && token.length < 8) throw new UsageError("--token must be at least 8 characters");
      const port = int("--port", flags.port, { min: 0, max: 65535 });
      const maxBodyBytes = int("--max-mb", flags.maxMb, { min: 1, max: 1000 }) * 1024 * 1024;
      const baseUrl = flags.baseUrl === undefined ? null : baseUrlOf(flags.baseUrl);
      // Without a token nothing can be ingested, so a database that does not exist is a mistyped --db.
      if (!token) await assertStoreExists(flags.db);
      // The server (hono, the pages) is loaded only when it is started.
      const [{ isPostgresUrl, openStore }, { startServer }, { ingestQueue }] = await Promise.all([
        storeModule(),
        import("../../server/serve.ts"),
        import("../../server/ingest-texts.ts"),
      ]);
      const inbox = flags.inbox ?? (token && !isPostgresUrl(flags.db) ? `${flags.db}.inbox` : null);
      const store = await openStore(flags.db);
      let url: string;
      try {
        ({ url } = await startServer({ store, token, host: flags.host, allowHosts: flags.allowHost, boundHost: flags.host, port, maxBodyBytes, baseUrl, inbox }));
      } catch (err) {
        await store.close();
        throw err;
      }
      process.stdout.write(`communique is serving ${flags.db} at ${url}/  (API: ${url}/api/events, ${url}/openapi.json; ingest ${token ? "on, token required" : "off"})\n`);
      // Ingest stops between two articles first, so closing the store never cuts a job short (the inbox keeps it).
      const stop = () => {
        void ingestQueue(store).close().then(() => store.close()).finally(() => process.exit(0));
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}

function baseUrlOf(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new UsageError(`--base-url must be an absolute http(s) URL, got "${raw}"`);
  }
  if (!/^https?:$/.test(u.protocol) || u.search || u.hash) throw new UsageError(`--base-url must be an http(s) URL without query or fragment, got "${raw}"`);
  return u.href.replace(/\/+$/, "");
}

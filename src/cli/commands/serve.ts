import type { Command } from "commander";
import { UsageError } from "../../errors.ts";
import { startServer } from "../../server/serve.ts";
import { openStore } from "../../store/open.ts";
import { int, withDb } from "../options.ts";

interface Flags {
  db: string;
  port: string;
  host: string;
  token?: string;
  maxMb: string;
  allowHost: string[];
}

export function registerServe(program: Command): void {
  withDb(program.command("serve"))
    .description("serve the web application and the JSON API (/api, /openapi.json) over the store")
    .option("--port <n>", "port to listen on (0 picks a free one)", "8080")
    .option("--host <addr>", "address to bind; only this machine by default", "127.0.0.1")
    .option("--token <secret>", "enable ingest from the browser and POST /api/articles, requiring this token (or set COMMUNIQUE_TOKEN)")
    .option("--allow-host <name>", "also answer requests for this host name (repeatable); local names always", (v: string, all: string[]) => [...all, v], [] as string[])
    .option("--max-mb <n>", "largest request body accepted, in MB", "10")
    .action(async (flags: Flags) => {
      const token = flags.token ?? process.env.COMMUNIQUE_TOKEN ?? null;
      if (token !== null && token.length < 8) throw new UsageError("--token must be at least 8 characters");
      const store = await openStore(flags.db);
      const { url } = await startServer({
        store, token, host: flags.host, allowHosts: flags.allowHost, boundHost: flags.host,
        port: int("--port", flags.port, { min: 0, max: 65535 }),
        maxBodyBytes: int("--max-mb", flags.maxMb, { min: 1, max: 1000 }) * 1024 * 1024,
      });
      process.stdout.write(`communique is serving ${flags.db} at ${url}/  (API: ${url}/api/events, ${url}/openapi.json; ingest ${token ? "on, token required" : "off"})\n`);
      const stop = () => {
        void store.close().finally(() => process.exit(0));
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}

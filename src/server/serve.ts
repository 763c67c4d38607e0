import { serve, type ServerType } from "@hono/node-server";
import { createApp } from "./app.ts";
import type { ServerContext } from "./context.ts";

export interface ServeOptions extends ServerContext {
  port: number;
  host: string;
}

/** Starts the HTTP server; resolves once it listens, with the bound port (port 0 picks a free one). */
export function startServer(opts: ServeOptions): Promise<{ server: ServerType; port: number; url: string }> {
  const app = createApp(opts);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info) => {
      resolve({ server, port: info.port, url: `http://${opts.host}:${info.port}` });
    });
    server.once("error", reject);
  });
}

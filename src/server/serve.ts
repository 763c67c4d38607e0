import { serve, type ServerType } from "@hono/node-server";
import { CommuniqueError } from "../errors.ts";
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
    server.once("error", (err: NodeJS.ErrnoException) => reject(listenError(err, opts)));
  });
}

/** The two ways listening fails that a user can fix, as coded errors that say how; anything else as it came. */
function listenError(err: NodeJS.ErrnoException, opts: ServeOptions): Error {
  const where = `${opts.host}:${opts.port}`;
  if (err.code === "EADDRINUSE") return new CommuniqueError("E_PORT_IN_USE", `${where} is already in use: stop the program using it, or choose another port with --port`);
  if (err.code === "EACCES") return new CommuniqueError("E_PORT_IN_USE", `not allowed to listen on ${where}: choose a port above 1023 with --port`);
  if (err.code === "EADDRNOTAVAIL" || err.code === "ENOTFOUND") return new CommuniqueError("E_USAGE", `cannot listen on ${where}: --host is not an address of this machine`);
  return err;
}

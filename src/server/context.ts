import type { Store } from "../store/types.ts";

/** What every route gets: the store and the server's settings. */
export interface ServerContext {
  store: Store;
  /** Ingest from the browser or the API is off when null; otherwise requests must carry this token. */
  token: string | null;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /**
   * Where clients reach the server (`--base-url`, e.g. https://kb.example.org), for the absolute URLs of exports.
   * Never taken from the request's Host header, which the client controls; without it, URLs are relative.
   */
  baseUrl?: string | null;
  /** A folder where posted articles wait until stored (`--inbox`), so a crash loses none; in memory only without it. */
  inbox?: string | null;
  /** Host names answered besides the local ones (DNS-rebinding guard; `--allow-host`). */
  allowHosts?: readonly string[];
  /** The address the server is bound to; a specific one is allowed as a Host too. */
  boundHost?: string;
}

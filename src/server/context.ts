import type { Store } from "../store/types.ts";

/** What every route gets: the store and the server's settings. */
export interface ServerContext {
  store: Store;
  /** Ingest from the browser or the API is off when null; otherwise requests must carry this token. */
  token: string | null;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
}

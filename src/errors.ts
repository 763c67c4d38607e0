/** A small error hierarchy: every failure the user can see carries a stable code and names what failed. */
export type ErrorCode =
  | "E_INPUT_NOT_FOUND"
  | "E_INPUT_BINARY"
  | "E_INPUT_EMPTY"
  | "E_INPUT_ENCODING"
  | "E_INPUT_TOO_LARGE"
  | "E_INPUT_JSONL"
  | "E_INPUT_UNSUPPORTED"
  | "E_INPUT_ACCESS"
  | "E_INPUT_LOOP"
  | "E_INPUT_HTML"
  | "E_INPUT_FEED"
  | "E_INPUT_WARC"
  | "E_INPUT_GZIP"
  | "E_INPUT_LANGUAGE"
  | "E_EXTRACT"
  | "E_STORE"
  | "E_USAGE"
  | "E_NOT_FOUND"
  | "E_VALIDATION"
  | "E_AUTH"
  | "E_FORBIDDEN"
  | "E_METHOD"
  | "E_MEDIA_TYPE"
  | "E_INTERNAL"
  | "E_PORT_IN_USE"
  | "E_STORE_MISSING"
  | "E_DATA_NOT_FOUND"
  | "E_DATA_PARSE"
  | "E_DATA_SCHEMA"
  | "E_DATA_REFERENCE";

/**
 * The one table of what each code means to a client: the HTTP status the server answers with, and the exit code of
 * the command line (1 for "nothing matched", like grep; 2 for every error). A new code must be added here, or the
 * type check fails.
 */
export const ERROR_STATUS: Readonly<Record<ErrorCode, { http: number; exit: number }>> = {
  E_INPUT_NOT_FOUND: { http: 400, exit: 2 },
  E_INPUT_BINARY: { http: 400, exit: 2 },
  E_INPUT_EMPTY: { http: 400, exit: 2 },
  E_INPUT_ENCODING: { http: 400, exit: 2 },
  E_INPUT_TOO_LARGE: { http: 413, exit: 2 },
  E_INPUT_JSONL: { http: 400, exit: 2 },
  E_INPUT_UNSUPPORTED: { http: 415, exit: 2 },
  E_INPUT_ACCESS: { http: 400, exit: 2 },
  E_INPUT_LOOP: { http: 400, exit: 2 },
  E_INPUT_HTML: { http: 400, exit: 2 },
  E_INPUT_FEED: { http: 400, exit: 2 },
  E_INPUT_WARC: { http: 400, exit: 2 },
  E_INPUT_GZIP: { http: 400, exit: 2 },
  E_INPUT_LANGUAGE: { http: 422, exit: 2 },
  E_EXTRACT: { http: 422, exit: 2 },
  E_STORE: { http: 503, exit: 2 },
  E_STORE_MISSING: { http: 503, exit: 2 },
  E_USAGE: { http: 400, exit: 2 },
  E_NOT_FOUND: { http: 404, exit: 1 },
  E_VALIDATION: { http: 400, exit: 2 },
  E_AUTH: { http: 401, exit: 2 },
  E_FORBIDDEN: { http: 403, exit: 2 },
  E_METHOD: { http: 405, exit: 2 },
  E_MEDIA_TYPE: { http: 415, exit: 2 },
  E_INTERNAL: { http: 500, exit: 2 },
  E_PORT_IN_USE: { http: 500, exit: 2 },
  E_DATA_NOT_FOUND: { http: 500, exit: 2 },
  E_DATA_PARSE: { http: 500, exit: 2 },
  E_DATA_SCHEMA: { http: 500, exit: 2 },
  E_DATA_REFERENCE: { http: 500, exit: 2 },
};

export class CommuniqueError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** A problem with one input (file, or one line of a JSON Lines file); the batch goes on without it. */
export class InputError extends CommuniqueError {
  readonly source: string;
  constructor(code: ErrorCode, source: string, reason: string) {
    super(code, `${source}: ${reason}`);
    this.source = source;
  }
}

/** A reference knowledge file (bundled data/ or a user's --data folder) that cannot be used: names the file and the JSON path. */
export class DataError extends CommuniqueError {
  readonly file: string;
  readonly path: string;
  constructor(code: ErrorCode, file: string, path: string, reason: string) {
    super(code, `${file}${path ? ` at ${path}` : ""}: ${reason}`);
    this.file = file;
    this.path = path;
  }
}

export class StoreError extends CommuniqueError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("E_STORE", message, options);
  }
}

export class UsageError extends CommuniqueError {
  constructor(message: string) {
    super("E_USAGE", message);
  }
}

export class NotFoundError extends CommuniqueError {
  constructor(message: string) {
    super("E_NOT_FOUND", message);
  }
}

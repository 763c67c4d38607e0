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
  | "E_DATA_NOT_FOUND"
  | "E_DATA_PARSE"
  | "E_DATA_SCHEMA"
  | "E_DATA_REFERENCE";

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

import { HTTPException } from "hono/http-exception";
import { CommuniqueError, ERROR_STATUS, type ErrorCode } from "../errors.ts";

/** A coded error as an HTTP response: JSON `{error: {status, code, message}}` under /api, a page elsewhere. */
export class HttpError extends CommuniqueError {
  constructor(code: ErrorCode, message: string) {
    super(code, message);
    this.name = "HttpError";
  }

  /** From the one table in errors.ts, so a code always answers with the same status. */
  get status(): number {
    return ERROR_STATUS[this.code].http;
  }

  /**
   * Any error as an HttpError: client errors keep their code and message; a server-side failure keeps its code but
   * not its message, which may name files on the server (the log has it).
   */
  static from(err: unknown): HttpError {
    if (err instanceof HttpError) return err;
    if (err instanceof CommuniqueError) {
      return ERROR_STATUS[err.code].http < 500 ? new HttpError(err.code, err.message) : new HttpError(err.code, "the server could not answer (see its log)");
    }
    if (err instanceof HTTPException && err.status < 500) return new HttpError(err.status === 413 ? "E_INPUT_TOO_LARGE" : "E_VALIDATION", err.message || "malformed request");
    return new HttpError("E_INTERNAL", "internal error");
  }
}

export const badRequest = (message: string) => new HttpError("E_VALIDATION", message);
export const notFound = (message: string) => new HttpError("E_NOT_FOUND", message);

export function errorBody(err: HttpError) {
  return { error: { status: err.status, code: err.code, message: err.message } };
}

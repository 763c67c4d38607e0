/** An error that becomes an HTTP response: JSON `{error: {status, code, message}}` under /api, a page elsewhere. */
export class HttpError extends Error {
  readonly status: 400 | 401 | 403 | 404 | 413 | 415 | 500;
  readonly code: string;
  constructor(status: HttpError["status"], code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
    this.name = "HttpError";
  }
}

export const badRequest = (message: string) => new HttpError(400, "E_VALIDATION", message);
export const notFound = (message: string) => new HttpError(404, "E_NOT_FOUND", message);

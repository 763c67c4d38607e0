import type { MiddlewareHandler } from "hono";

// No inline script or style anywhere: article text is hostile, and a CSP without 'unsafe-inline' means an injected
// <script> or onerror= cannot run even if escaping ever failed.
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

// The pages need no device or sensor: a compromised page could not ask for them either.
export const PERMISSIONS_POLICY = [
  "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "serial=()", "bluetooth=()",
  "display-capture=()", "fullscreen=()", "browsing-topics=()",
].join(", ");

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header("Content-Security-Policy", CSP);
  c.header("Permissions-Policy", PERMISSIONS_POLICY);
  c.header("X-Content-Type-Options", "nosniff");
  c.header("Referrer-Policy", "no-referrer");
  c.header("X-Frame-Options", "DENY");
  c.header("Cross-Origin-Opener-Policy", "same-origin");
};

export const LOCAL_HOSTS = ["localhost", "127.0.0.1", "::1"] as const;

/** The host name of a Host header, lower-cased, without port or IPv6 brackets. */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(1, h.indexOf("]") > 0 ? h.indexOf("]") : undefined);
  return h.replace(/:\d*$/, "").replace(/\.$/, "");
}

/**
 * A DNS-rebinding guard: a page elsewhere that points its own name at 127.0.0.1 sends its name in Host, so only the
 * local names (`*.localhost` included), the address the server was bound to and `--allow-host` names are answered.
 */
export function hostAllowList(extra: readonly string[] = [], boundHost?: string): MiddlewareHandler {
  const allowed = new Set<string>([...LOCAL_HOSTS, ...extra.map(hostName)]);
  if (boundHost && !["0.0.0.0", "::", ""].includes(boundHost)) allowed.add(hostName(boundHost.includes(":") && !boundHost.startsWith("[") ? `[${boundHost}]` : boundHost));
  return async (c, next) => {
    // In-process requests (app.request) carry no Host header; their URL holds the host then.
    const name = hostName(c.req.header("host") ?? new URL(c.req.url).host);
    if (!allowed.has(name) && !name.endsWith(".localhost")) {
      return c.text(`421 host "${name.slice(0, 100)}" is not allowed: start the server with --allow-host ${name.slice(0, 100) || "NAME"}`, 421);
    }
    await next();
  };
}

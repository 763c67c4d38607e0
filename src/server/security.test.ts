import { test } from "node:test";
import assert from "node:assert/strict";
import { Hono } from "hono";
import { hostAllowList, hostName, securityHeaders } from "./security.ts";

const app = (extra: string[] = [], bound?: string) => {
  const a = new Hono();
  a.use("*", securityHeaders);
  a.use("*", hostAllowList(extra, bound));
  a.get("/", (c) => c.text("ok"));
  return a;
};
const status = async (a: Hono, host: string) => (await a.request("/", { headers: { host } })).status;

test("host names are read without port, brackets or trailing dot", () => {
  assert.equal(hostName("LocalHost:8080"), "localhost");
  assert.equal(hostName("[::1]:8080"), "::1");
  assert.equal(hostName("example.org."), "example.org");
});

test("local names are answered, others get 421 unless allowed (DNS rebinding)", async () => {
  const a = app();
  for (const h of ["localhost:8080", "127.0.0.1:9", "[::1]:80", "app.localhost"]) assert.equal(await status(a, h), 200, h);
  assert.equal(await status(a, "attacker.example:8080"), 421);
  const res = await a.request("/", { headers: { host: "attacker.example" } });
  assert.match(await res.text(), /--allow-host attacker\.example/);
  assert.equal(await status(app(["kb.example.org"]), "kb.example.org:8080"), 200);
  assert.equal(await status(app([], "192.168.1.5"), "192.168.1.5:8080"), 200);
  assert.equal(await status(app([], "0.0.0.0"), "0.0.0.0:8080"), 421, "the wildcard address is no host name");
});

test("every response carries the CSP and a Permissions-Policy denying devices", async () => {
  const res = await app().request("/", { headers: { host: "localhost" } });
  assert.match(res.headers.get("content-security-policy") ?? "", /script-src 'self'/);
  assert.match(res.headers.get("permissions-policy") ?? "", /camera=\(\).*geolocation=\(\)/);
});

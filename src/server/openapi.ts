/** The OpenAPI 3.1 document of /api (placeholder until the API lands). */
export function openApiDocument(): Record<string, unknown> {
  return { openapi: "3.1.0", info: { title: "communique", version: "0.1.0" }, paths: {} };
}

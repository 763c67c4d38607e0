import type { ParamSpec } from "./params.ts";
import { ROUTES } from "./index.ts";

const SCHEMA: Record<ParamSpec["type"], Record<string, unknown>> = {
  string: { type: "string" },
  integer: { type: "integer" },
  date: { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" },
  year: { type: "integer", minimum: 1900, maximum: 2100 },
  enum: { type: "string" },
};

const ERROR = { $ref: "#/components/schemas/Error" };

/** The OpenAPI 3.1 document, generated from the same route definitions that validate requests. */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of ROUTES) {
    const path = "/api" + r.path.replace(/:(\w+)/g, "{$1}");
    const parameters = [
      ...(r.pathParams ?? []).map((p) => ({ name: p.name, in: "path", required: true, description: p.description, schema: { type: "string" } })),
      ...r.params.map((p) => ({
        name: p.name, in: "query", required: Boolean(p.required), description: p.description,
        schema: { ...SCHEMA[p.type], ...(p.values ? { enum: p.values } : {}), ...(p.min !== undefined && p.type === "integer" ? { minimum: p.min } : {}), ...(p.max !== undefined && p.type === "integer" ? { maximum: p.max } : {}) },
      })),
    ];
    const media = r.produces ?? "application/json";
    const responses: Record<string, unknown> = {};
    for (const [status, description] of Object.entries(r.responses)) {
      responses[status] = Number(status) < 300 ? { description, content: { [media]: { schema: {} } } } : { description, content: { "application/json": { schema: ERROR } } };
    }
    responses["400"] ??= { description: "a parameter is missing, unknown or malformed", content: { "application/json": { schema: ERROR } } };
    if (r.pathParams?.length) responses["404"] ??= { description: "no such item", content: { "application/json": { schema: ERROR } } };
    paths[path] = {
      ...(paths[path] ?? {}),
      [r.method]: {
        summary: r.summary, parameters, responses,
        ...(r.body ? { requestBody: { description: r.body.description, required: true, content: Object.fromEntries(r.body.types.map((t) => [t, { schema: {} }])) } } : {}),
        ...(r.method === "post" ? { security: [{ token: [] }] } : {}),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "communique API", version: "0.1.0", description: "Events, people, offices, quotes and chairmanships of intergovernmental security organizations, each fact with its sources." },
    servers: [{ url: "/" }],
    paths,
    components: {
      securitySchemes: { token: { type: "http", scheme: "bearer", description: "the token the server was started with (--token)" } },
      schemas: {
        Error: {
          type: "object", required: ["error"],
          properties: { error: { type: "object", required: ["status", "code", "message"], properties: { status: { type: "integer" }, code: { type: "string" }, message: { type: "string" } } } },
        },
      },
    },
  };
}

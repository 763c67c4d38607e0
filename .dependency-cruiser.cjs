// The layer order of DEVELOPERS.md, checked in `npm test` (test/layers.test.ts):
// errors, data → ingest, nlp → extract → knowledge → store → pipeline/batch → cli, server → web (web below server).
const layer = (name, allowed) => ({
  name: `${name}-layer`,
  comment: `${name} may import only ${allowed}`,
  severity: "error",
  from: { path: `^src/${name}/` },
  to: { path: "^src/", pathNot: [`^src/${name}/`, ...allowedPaths(allowed)] },
});
const PATHS = {
  errors: "^src/errors\\.ts$",
  data: "^src/data/",
  ingest: "^src/ingest/",
  nlp: "^src/nlp/",
  extract: "^src/extract/",
  knowledge: "^src/knowledge/",
  store: "^src/store/",
  web: "^src/web/",
};
function allowedPaths(list) {
  return list.split(",").map((s) => PATHS[s.trim()]);
}
module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", comment: "no import cycles", from: {}, to: { circular: true } },
    layer("data", "errors"),
    layer("ingest", "errors, data"),
    layer("nlp", "errors, data"),
    layer("extract", "errors, data, ingest, nlp"),
    layer("knowledge", "errors, data, ingest, nlp, extract"),
    layer("store", "errors, data, ingest, nlp, extract, knowledge"),
    layer("web", "errors, data, ingest, nlp, extract, knowledge, store"),
    {
      name: "server-not-cli", severity: "error", comment: "the server never imports the command line",
      from: { path: "^src/server/" }, to: { path: "^src/cli/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.test\\.ts$|test-helpers\\.ts$|test-facts\\.ts$|suite/|store-suite\\.ts$|repo-suite\\.ts$" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js", ".mjs"] },
  },
};

// A worker thread does not inherit the TypeScript loader of the thread that started it: register it, then load the worker.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");

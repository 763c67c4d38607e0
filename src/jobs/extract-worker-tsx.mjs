// Worker entry when running from the TypeScript sources: tsx registered in this thread, then the worker itself.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");

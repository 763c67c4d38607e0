import { MemoryRepo } from "./memory-repo.ts";
import { repoSuite } from "./repo-suite.ts";

repoSuite("memory", async () => new MemoryRepo());

import type { Job } from "../ingest/queue.ts";
import { ingestQueue } from "../ingest-texts.ts";
import { notFound } from "../http-error.ts";
import type { RouteDef } from "./route.ts";

export const jobUrl = (id: string) => `/api/jobs/${id}`;

/** A job as the API shows it: where it stands, and each article's result so far. */
export const jobView = (job: Job) => ({ ...job, url: jobUrl(job.id) });

/** Ingest jobs: POST /api/articles answers 202 with one, to poll here until its status is "done". */
export const JOB_ROUTES: RouteDef[] = [
  {
    method: "get", path: "/jobs/:id", summary: "An ingest job: queued, running or done, with a result per article (added, existing or failed with a code)",
    params: [], pathParams: [{ name: "id", description: "the job id POST /api/articles returned" }], responses: { 200: "the job" },
    handle(ctx, c) {
      const job = ingestQueue(ctx.store).get(c.req.param("id")!);
      if (!job) throw notFound(`no job "${c.req.param("id")!.slice(0, 80)}" (finished jobs are kept for a while, not for ever)`);
      return c.json(jobView(job));
    },
  },
];

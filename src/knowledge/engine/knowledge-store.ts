import type { ArticleStore } from "../../store/types.ts";
import type { KnowledgeStore } from "../api.ts";
import { addArticle } from "./add-article.ts";
import { conflicts, eventDetail, timeline } from "./queries-events.ts";
import { chairmanships, topicCounts } from "./queries-misc.ts";
import { offices, people, personDetails } from "./queries-people.ts";
import type { KnowledgeRepo } from "./repo.ts";

/** The KnowledgeStore of an adapter: the shared engine over the adapter's repository and its article store. */
export function knowledgeStore(repo: KnowledgeRepo, articles: ArticleStore): KnowledgeStore {
  return {
    async addArticle(articleId) {
      const [row, facts] = await Promise.all([articles.getArticle(articleId), articles.articleFacts(articleId)]);
      if (!row || !facts) return { events: 0, people: 0 };
      // A near-duplicate copy (the same wire story under another header) is no independent source: "reported by 5
      // outlets" must mean 5 independent reports, so the copy stays linked to its original, outside the merge.
      if (row.duplicateOf != null) return { events: 0, people: 0 };
      if (await repo.hasArticle(articleId)) return { events: 0, people: 0 };
      // Facts are identified by slug (stable whatever the ingest order); a second article of the same name, such as
      // an edited copy, is told apart by its content hash.
      const slug = (await repo.hasSlug(row.slug)) ? `${row.slug}~${row.hash.slice(0, 8)}` : row.slug;
      return addArticle(repo, { articleId, slug, published: row.published, text: row.text, facts });
    },
    timeline: (q) => timeline(repo, q),
    event: (key) => eventDetail(repo, key),
    person: (name) => personDetails(repo, name),
    office: (title, of) => offices(repo, title, of),
    people: () => people(repo),
    chairmanships: (org) => chairmanships(repo, org),
    topics: (q) => topicCounts(repo, q),
    conflicts: () => conflicts(repo),
  };
}

import type { PersonQuoteRow, TimelineRow } from "../knowledge/api.ts";
import { tagTopics } from "../knowledge/topics.ts";
import type { ArticleRow, EvidenceRow, QuoteRow, Store } from "../store/types.ts";
import type { Kb } from "./kb.ts";

/** A quote as an analyst cites it: full text, speaker, the sentence, its article, date and event. */
export interface QuoteView {
  speaker: string;
  speakerId: string | undefined;
  text: string;
  evidence: EvidenceRow | undefined;
  article: ArticleRow | undefined;
  event: TimelineRow | undefined;
  date: string | null;
  topics: string[];
}

/** The merged event an article reports nearest to a sentence of it (the meeting a quote was said at). */
function eventNear(kb: Kb, ev: EvidenceRow | undefined): TimelineRow | undefined {
  if (!ev) return undefined;
  let best: { e: TimelineRow; d: number } | undefined;
  for (const e of kb.events) {
    for (const x of e.evidence) {
      if (x.articleId !== ev.articleId) continue;
      const d = Math.abs(x.sentenceStart - ev.sentenceStart);
      if (!best || d < best.d) best = { e, d };
    }
  }
  return best?.e;
}

export function quoteView(kb: Kb, q: QuoteRow): QuoteView {
  const ev = q.evidence[0];
  const article = kb.articles.byId.get(q.articleId);
  const event = eventNear(kb, ev);
  const text = q.full ?? q.text;
  return {
    speaker: q.speaker, speakerId: kb.personIdByName(q.speaker), text, evidence: ev, article, event,
    date: event?.start ?? article?.published ?? null, topics: [...new Set(tagTopics(text).map((t) => t.topic))],
  };
}

/** A person's quotes in full: the knowledge layer finds them (every spelling), the article store has the full text. */
export async function personQuotes(store: Store, kb: Kb, quotes: readonly PersonQuoteRow[]): Promise<QuoteView[]> {
  const articleIds = [...new Set(quotes.flatMap((q) => q.evidence.map((e) => e.articleId)))];
  const rows = (await Promise.all(articleIds.map((id) => store.articles.quotes({ articleId: id, limit: 1000 })))).flat();
  const out: QuoteView[] = [];
  for (const q of quotes) {
    const ev = q.evidence[0];
    const row = ev && rows.find((r) => r.articleId === ev.articleId && r.evidence.some((x) => x.start === ev.start));
    out.push(row ? { ...quoteView(kb, row), topics: q.topics.length ? q.topics : quoteView(kb, row).topics } : {
      speaker: "", speakerId: undefined, text: q.text, evidence: ev, article: ev && kb.articles.byId.get(ev.articleId), event: eventNear(kb, ev), date: null, topics: q.topics,
    });
  }
  return out.sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
}

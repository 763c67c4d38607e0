import { articleLabel, eventHref, personHref, sentenceHref, topicChips } from "../components.ts";
import { html, type Html } from "../html.ts";
import type { Kb } from "../kb.ts";
import type { QuoteView } from "../quote-views.ts";
import { eventLabel } from "./timeline.ts";

/** One quote in full, with its speaker, date, event and the article (outlet, date, headline) at the sentence. */
export function quoteItem(kb: Kb, q: QuoteView, opts: { speaker?: boolean } = {}): Html {
  return html`<blockquote class="quote"><p>${q.text}</p><footer>
  ${opts.speaker !== false && q.speaker ? html`<span class="speaker">${q.speakerId ? html`<a class="person-link" href="${personHref(q.speakerId)}">${q.speaker}</a>` : q.speaker}</span> · ` : ""}
  <span class="nowrap">${q.date ?? "date unknown"}</span>
  ${q.event ? html` · at <a class="event-link" href="${eventHref(kb.eventId(q.event))}">${eventLabel(q.event)}</a>` : ""}
  ${q.article && q.evidence ? html` · <a class="chip source" href="${sentenceHref(q.article, q.evidence)}">${articleLabel(q.article)}</a>` : ""}
  ${topicChips(q.topics)}</footer></blockquote>`;
}

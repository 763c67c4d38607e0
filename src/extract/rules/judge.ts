import type { ArticleFacts } from "../types.ts";
import { overlap, pairChairs, pairEvents, pairPeople, pairQuotes, place, sameName, sameTitle, type GoldFacts } from "./gold-match.ts";
import type { Firing } from "./types.ts";

/** Whether each firing's value agrees with the gold facts of the same article. */
export function judge(firings: Firing[], pred: ArticleFacts, gold: GoldFacts): boolean[] {
  const events = pairEvents(gold, pred);
  const people = pairPeople(gold, pred);
  const quotes = pairQuotes(gold, pred);
  const chairs = pairChairs(gold, pred);
  return firings.map((f) => {
    switch (f.section) {
      case "events": {
        const g = events.get(f.index);
        if (!g) return false;
        return f.slot ? slotAgrees(f.slot, f.value, g) : true;
      }
      case "people":
        return people.has(f.index);
      case "roles": {
        const p = pred.people[f.index]!;
        const r = p.roles[f.role ?? 0]!;
        const g = people.get(f.index);
        return !!g?.roles.some((x) => sameTitle(x.title, r.title) && place(x.of) === place(r.of));
      }
      case "quotes": {
        const g = quotes.get(f.index);
        return !!g && (f.slot !== "speaker" || sameName(g.speaker, f.value));
      }
      case "chairmanships":
        return chairs.has(f.index);
    }
  });
}

function slotAgrees(slot: string, value: string, g: GoldFacts["events"][number]): boolean {
  switch (slot) {
    case "start": return g.start === value;
    case "end": return g.end === value;
    case "city": return place(g.city) === place(value);
    case "country": return place(g.country) === place(value);
    case "chair": return !!g.chair && sameName(g.chair, value);
    case "attendee": return g.attendees.some((a) => sameName(a, value));
    case "state": return g.states.some((s) => place(s) === place(value));
    case "document": return g.documents.some((d) => overlap(d, value) >= 0.6);
    case "documents_signed": return String(g.documents_signed) === value;
    default: return false;
  }
}

import type { ArticleFacts, Evidence } from "../extract/types.ts";
import type { MentionRow } from "../store/types.ts";
import { html, type Html } from "./html.ts";

/** A fact of the article that spans can point to: its anchor on the page and the spans that state it. */
export interface FactAnchor {
  id: string;
  kind: "event" | "person" | "quote" | "chairmanship";
  evidence: Evidence[];
}

export function factAnchors(f: ArticleFacts): FactAnchor[] {
  return [
    ...f.quotes.map((q, i) => ({ id: `fact-quote-${i}`, kind: "quote" as const, evidence: q.evidence })),
    ...f.people.map((p, i) => ({ id: `fact-person-${i}`, kind: "person" as const, evidence: [...p.evidence, ...p.roles.flatMap((r) => r.evidence ?? [])] })),
    ...f.events.map((e, i) => ({ id: `fact-event-${i}`, kind: "event" as const, evidence: e.evidence })),
    ...f.chairmanships.map((c, i) => ({ id: `fact-chair-${i}`, kind: "chairmanship" as const, evidence: c.evidence })),
  ];
}

const PREFERRED: Record<string, FactAnchor["kind"][]> = {
  person: ["person", "quote", "event"], title: ["person", "event"], quote: ["quote"],
  date: ["event", "chairmanship"], body: ["event", "chairmanship"], place: ["event", "chairmanship"], org: ["event", "chairmanship"],
};

/** The fact a mention feeds: one whose evidence span overlaps it, else one whose sentence holds it, by kind. */
export function targetOf(m: { kind: string; start: number; end: number }, anchors: FactAnchor[]): string | null {
  for (const kind of PREFERRED[m.kind] ?? ["event"]) {
    const hit = anchors.find((a) => a.kind === kind && a.evidence.some((e) => e.start < m.end && m.start < e.end));
    if (hit) return hit.id;
  }
  for (const kind of PREFERRED[m.kind] ?? ["event"]) {
    const hit = anchors.find((a) => a.kind === kind && a.evidence.some((e) => e.sentence.start <= m.start && m.end <= e.sentence.end));
    if (hit) return hit.id;
  }
  return null;
}

/**
 * The text cut at every mention boundary; each piece is plain, or one mark with the kinds of all mentions covering
 * it, linking to the fact of the innermost one (marks never nest, so overlapping spans stay valid HTML). Sentence
 * starts that facts cite get an empty anchor for links from evidence.
 */
/** A sentence to light up and the exact span in it (from a link to a source sentence). */
export interface Lit {
  sentence: [number, number];
  span: [number, number];
}

export function highlightText(text: string, mentions: MentionRow[], anchors: FactAnchor[], sentenceStarts: Set<number>, lit?: Lit): Html {
  const spans = mentions.filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start);
  const cuts = new Set<number>([0, text.length, ...sentenceStarts]);
  for (const m of spans) cuts.add(m.start).add(m.end);
  if (lit) for (const p of [...lit.sentence, ...lit.span]) cuts.add(p);
  let litId = false;
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const parts: Html[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (sentenceStarts.has(a)) parts.push(html`<span class="sentence-anchor" id="s-${a}"></span>`);
    const piece = text.slice(a, b);
    const inSpan = !!lit && lit.span[0] <= a && b <= lit.span[1];
    const litClass = !lit ? "" : inSpan ? " lit lit-span" : lit.sentence[0] <= a && b <= lit.sentence[1] ? " lit" : "";
    // The first piece of the span carries the anchor the link scrolls to.
    const id = inSpan && !litId ? ((litId = true), html` id="hl"`) : "";
    const covering = spans.filter((m) => m.start <= a && b <= m.end).sort((x, y) => x.end - x.start - (y.end - y.start));
    if (!covering.length) {
      parts.push(litClass ? html`<mark class="${litClass.trim()}"${id}>${piece}</mark>` : html`${piece}`);
      continue;
    }
    const inner = covering[0]!;
    const kinds = [...new Set(covering.map((m) => `k-${m.kind}`))].join(" ") + litClass;
    const title = `${inner.kind}${inner.norm && inner.norm !== inner.text ? `: ${inner.norm}` : ""}`;
    const target = targetOf(inner, anchors);
    parts.push(
      target
        ? html`<a class="mark ${kinds}"${id} data-kind="${inner.kind}" href="#${target}" title="${title}">${piece}</a>`
        : html`<span class="mark ${kinds}"${id} data-kind="${inner.kind}" title="${title}">${piece}</span>`,
    );
  }
  return html`${parts}`;
}

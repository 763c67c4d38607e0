import { derive, knowledge } from "../data/current.ts";

export interface TopicDef {
  id: string;
  label: string;
  patterns: string[];
}

/** A topic found in text: where, and the words that triggered it. */
export interface TopicHit {
  topic: string;
  start: number;
  end: number;
  text: string;
}

/** The topics of the active knowledge bundle (topics.json). */
export const topics = (): readonly TopicDef[] => knowledge().topics;

// One case-insensitive matcher per topic; word boundaries so "drugs" does not fire inside "Drugstore"-like words.
const matchers = derive((k) => k.topics.map((t) => ({ id: t.id, re: new RegExp(`(?<![\\p{L}-])(?:${t.patterns.join("|")})(?![\\p{L}])`, "giu") })));

export function topicLabel(id: string): string {
  return topics().find((t) => t.id === id)?.label ?? id;
}

/** Topics mentioned in text[from..to), each at its first mention there (offsets into the whole text). */
export function tagTopics(text: string, from = 0, to = text.length): TopicHit[] {
  const slice = text.slice(from, to);
  const out: TopicHit[] = [];
  for (const { id, re } of matchers()) {
    re.lastIndex = 0;
    const m = re.exec(slice);
    if (m) out.push({ topic: id, start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

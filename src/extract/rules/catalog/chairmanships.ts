import type { RuleSpec } from "../types.ts";

const T = "2023-11-24";
const rule = (name: string, summary: string, text: string, yields: string[], not: string[] = [], more: RuleSpec["examples"] = []): RuleSpec => ({
  id: `chairmanship:${name}`, family: "chairmanship", summary, examples: [{ text, published: T, yields, not }, ...more],
});

// The templates themselves live in extract/chairmanship/rules.ts; these are their declarations and examples.
export const CHAIRMANSHIP_RULES: RuleSpec[] = [
  rule("handover-from-to", "the chairmanship passed from A to B", "At the CSTO summit in Minsk on November 23, 2023, the chairmanship passed from Belarus to Kazakhstan.", ["CSTO Belarus", "CSTO Kazakhstan 2023-11-23"], [], [
    { text: "Under the agreed rotation the chairmanship of the Collective Security Treaty Organization moves from Kazakhstan to Kyrgyzstan in 2025, Tokayev told reporters on Thursday.", published: "2024-11-29", yields: ["Kyrgyzstan 2025"], not: ["2024-11-28"] },
  ]),
  rule("handover-to", "A handed over the chairmanship to B", "At the CSTO summit in Minsk on November 23, 2023, Belarus handed over the CSTO chairmanship to Kazakhstan.", ["CSTO Kazakhstan"], [], [
    { text: "Kazakhstan on Thursday handed over the rotating presidency of the ten-member Shanghai Cooperation Organisation to China.", published: "2024-07-05", yields: ["SCO Kazakhstan", "SCO China"] },
  ]),
  rule("from", "B took over the chairmanship from A: A's term ends", "Belarus took over the CSTO chairmanship from Armenia at the session in Yerevan on November 23, 2022.", ["CSTO Armenia"], ["CSTO Belarus"]),
  rule("passed-on", "A has passed the chairmanship, no receiver named: A's term ends", "Armenia has formally handed over the chairmanship of the CSTO, its foreign ministry said on Friday.", ["CSTO Armenia"]),
  rule("baton", "will pass the baton to B", "Kazakhstan chairs the CSTO this year and will then pass the baton to Kyrgyzstan.", ["CSTO Kyrgyzstan"]),
  rule("took-over", "B took over the chairmanship", "Kazakhstan took over the CSTO chairmanship from Belarus on January 1, 2024.", ["CSTO Kazakhstan 2024-01-01"]),
  rule("takes-over", "B takes over / assumes the chairmanship", "Kazakhstan assumes the CSTO chairmanship on January 1, 2024.", ["CSTO Kazakhstan 2024-01-01"]),
  rule("chairs", "A chairs the organization", "Kyrgyzstan chairs the CSTO in 2025.", ["CSTO Kyrgyzstan 2025"]),
  rule("whose-country", "X, whose country holds the chairmanship", "The CSTO foreign ministers met in Bishkek. Kyrgyz Foreign Minister Jeenbek Kulubaev, whose country holds the CSTO chairmanship this year, opened the meeting.", ["CSTO Kyrgyzstan"]),
  rule("as-chair", "A, as chair of the organization", "Kazakhstan, as the chair of the CSTO, proposed a new agenda on March 3, 2024.", ["CSTO Kazakhstan"], [], [
    { text: "Belarus, the current CSTO chair, hosted the summit in Minsk on November 23, 2023.", published: "2023-11-24", yields: ["CSTO Belarus"] },
  ]),
  rule("presiding-country", "the presiding country, A", "The CSTO foreign ministers met in Minsk, hosted by the presiding country, Belarus.", ["CSTO Belarus"]),
  rule("passes-to", "the chairmanship passes to B", "On January 1, 2024, the CSTO chairmanship passes to Kazakhstan.", ["CSTO Kazakhstan 2024-01-01"]),
  rule("possessive", "A's chairmanship", "During Belarus's CSTO chairmanship in 2023, the organization held many events.", ["CSTO Belarus"], [], [
    { text: "Under Kazakhstan's presidency, the SCO adopted a development strategy.", published: "2024-07-05", yields: ["SCO Kazakhstan"] },
    { text: "Under Kazakhstan's presidency, the country adopted new laws on elections.", published: "2024-07-05", yields: [], not: ["Kazakhstan"] },
  ]),
  rule("chairmanship-of", "the chairmanship of A", "The CSTO summit in Minsk closed the chairmanship of Belarus on November 23, 2023.", ["CSTO Belarus"]),
  rule("chairmanship-of-side", "under the chairmanship of the A side", "The CSTO Council of Foreign Ministers met in Minsk under the chairmanship of the Belarusian side on November 22, 2023.", ["CSTO Belarus"]),
  rule("chaired-by", "chaired by A (a state)", "The CSTO Collective Security Council met in Minsk on November 23, 2023, chaired by Belarus.", ["CSTO Belarus"]),
  rule("chaired-by-side", "chaired by the A side", "The CSTO Collective Security Council met in Minsk on November 23, 2023, chaired by the Belarusian side.", ["CSTO Belarus"]),
];

export const ERA_RULES: RuleSpec[] = [
  { id: "era:session-calendar", family: "era", summary: "a known summit session (sessions.json) dates an event the text gives no date: in an undated report by the day stated and the terms of office of the people named; in a dated one, the one session of that body in that city in the year before",
    examples: [
      { text: "The CSTO Collective Security Council met in Minsk on November 23, chaired by Belarusian President Alexander Lukashenko.", yields: ["2023-11-23"] },
      { text: "Kazakh President Kassym-Jomart Tokayev chaired the SCO summit in Astana, which adopted a declaration.", published: "2024-07-10", yields: ["2024-07-04"] },
      { text: "Kazakh President Kassym-Jomart Tokayev chaired the SCO summit in Astana, which adopted a declaration.", published: "2026-07-10", yields: [], not: ["2024"] },
      { text: "The SCO summit opened in Beijing on June 7, 2012. Since the Astana summit last year the member states have expanded their cooperation.", published: "2012-06-07", yields: ["2011-06-15"] },
    ] },
  { id: "era:exercise-year", family: "era", summary: "an undated report of a named exercise is dated by the year in its name",
    examples: [{ text: "The CSTO exercise Interaction-2024 began in Kazakhstan on Monday.", yields: ["2024"] }] },
];

import type { RuleSpec } from "../types.ts";

export const EVENT_RULES: RuleSpec[] = [
  {
    id: "event:meeting:mention", family: "event", summary: "an event word (meeting, session, summit, met) with its organization or body, date and place",
    examples: [
      { text: "The CSTO Council of Foreign Ministers met in Minsk on May 20, 2024.", published: "2024-05-21", yields: ["meeting held CSTO Council of Foreign Ministers 2024-05-20 Minsk"] },
      { text: "The SCO summit will be held in Astana on July 4, 2024.", published: "2024-05-01", yields: ["meeting planned SCO"] },
      { text: "Founded in 2001, the SCO groups China, Kazakhstan and Russia. Their leaders will hold a summit in Qingdao on Saturday and Sunday.", yields: ["meeting planned SCO Council of Heads of State"], not: ["2001"] },
      { text: "Putin met with Tokayev in Moscow on March 3, 2023, to discuss trade.", published: "2023-03-04", yields: [], not: ["meeting held"] },
      { text: "Putin to attend CSTO summit in Sochi on Monday\n\nThe leaders will discuss Afghanistan.", published: "2013-09-23", yields: ["meeting planned CSTO"], not: ["meeting held"] },
      { text: "In accordance with the decision of the CSTO Collective Security Council, adopted on January 6, 2022, the peacekeeping forces were sent.", published: "2022-01-13", yields: [], not: ["meeting"] },
      { text: "“The next chairmanship passes to Russia,” Japarov said at a meeting of the CSTO Collective Security Council in Bishkek.", published: "2025-11-27", yields: ["meeting held CSTO Collective Security Council"], not: ["meeting planned"] },
    ],
  },
  {
    id: "event:meeting:anaphora", family: "event", summary: "\"the meeting\", \"the summit\": a later sentence about an event the article already named",
    examples: [{ text: "The CSTO Collective Security Council met in Yerevan on November 23, 2022. The summit adopted a declaration.", published: "2022-11-24", yields: ["meeting held CSTO Collective Security Council 2022-11-23 Yerevan"] },
      { text: "Leaders of the CSTO member states will gather in Moscow on December 20 for a summit. An agreement on holding the next summit in Moscow was reached earlier.", published: "2011-10-10", yields: ["meeting planned CSTO Collective Security Council 2011-12-20 Moscow"], not: ["Collective Security Council - Moscow"] }],
  },
  {
    id: "event:exercise:mention", family: "event", summary: "a drill word (exercise, drills, manoeuvres) with its organization, name, date and place",
    examples: [
      { text: "The CSTO Collective Rapid Reaction Forces began the Interaction-2023 exercise in Belarus on September 4, 2023.", published: "2023-09-05", yields: ["exercise held CSTO - 2023-09-04"] },
      { text: "The minister will exercise control over the budget.", published: "2023-09-05", yields: [], not: ["exercise"] },
      { text: "The Cooperation 2009 exercises of the CSTO Collective Rapid Reaction Force ended in Kazakhstan on October 16, 2009.", published: "2009-10-17", yields: ["exercise held CSTO - 2009-10-16"] },
      { text: "The CSTO has previously held Rubezh exercises in Kyrgyzstan and Tajikistan.", published: "2009-10-17", yields: [], not: ["exercise"] },
    ],
  },
  {
    id: "event:exercise:anaphora", family: "event", summary: "\"the drills\": a later sentence about the exercise the article named",
    examples: [{ text: "The CSTO exercise Rubezh-2022 opened in Tajikistan on October 10, 2022. The drills involved troops from Russia and Kyrgyzstan.", published: "2022-10-11", yields: ["exercise held CSTO"] },
      { text: "DUSHANBE, August 21 - Units of the CSTO arrived in Kazakhstan to take part in the Rubezh-2026 exercise. The war game will be conducted on the Caspian coast on August 24-29.", yields: ["exercise planned CSTO - 2026-08-24"] }],
  },
  {
    id: "event:signing", family: "event", summary: "a treaty signed on a stated date and place: the signing is a meeting (of no organization: it predates the one it founded)",
    examples: [{ text: "The Collective Security Treaty (CST) was signed in Tashkent on May 15, 1992.", published: "2022-05-15", yields: ["meeting held - - 1992-05-15 Tashkent"] }],
  },
];

import type { RuleSpec } from "../types.ts";

export const EVENT_RULES: RuleSpec[] = [
  {
    id: "event:meeting:mention", family: "event", summary: "an event word (meeting, session, summit, met) with its organization or body, date and place",
    examples: [
      { text: "The CSTO Council of Foreign Ministers met in Minsk on May 20, 2024.", published: "2024-05-21", yields: ["meeting held CSTO Council of Foreign Ministers 2024-05-20 Minsk"] },
      { text: "The SCO summit will be held in Astana on July 4, 2024.", published: "2024-05-01", yields: ["meeting planned SCO"] },
      { text: "The SCO foreign ministers' meeting is scheduled for May 21 in Astana.", published: "2024-01-10", yields: ["meeting planned SCO Council of Foreign Ministers 2024-05-21 Astana"] },
      { text: "An informal summit of the CIS leaders will take place in St. Petersburg at the end of December.", published: "2024-01-10", yields: ["meeting planned CIS Council of Heads of State 2024-12 St. Petersburg"] },
      { text: "Set up in 2001, the SCO now has ten members. Their leaders will hold a summit in Tianjin on Sunday and Monday.", yields: ["meeting planned SCO Council of Heads of State"], not: ["2001"] },
      { text: "Putin met with Tokayev in Moscow on March 3, 2023, to discuss trade.", published: "2023-03-04", yields: [], not: ["meeting held"] },
      { text: "Tokayev to attend SCO summit in Astana on Thursday\n\nThe leaders will discuss trade.", published: "2024-07-02", yields: ["meeting planned SCO"], not: ["meeting held"] },
      { text: "Following the decision of the CSTO Collective Security Council adopted on March 3, 2023, the contingent returned home.", published: "2023-03-20", yields: [], not: ["meeting"] },
      { text: "“We are handing the chairmanship over,” Pashinyan said at a session of the CSTO Collective Security Council in Yerevan.", published: "2022-11-23", yields: ["meeting held CSTO Collective Security Council"], not: ["meeting planned"] },
    ],
  },
  {
    id: "event:meeting:anaphora", family: "event", summary: "\"the meeting\", \"the summit\": a later sentence about an event the article already named",
    examples: [{ text: "The CSTO Collective Security Council met in Yerevan on November 23, 2022. The summit adopted a declaration.", published: "2022-11-24", yields: ["meeting held CSTO Collective Security Council 2022-11-23 Yerevan"] },
      { text: "Heads of the CSTO member states will gather in Yerevan on November 23 for a summit. Armenia had proposed holding the next summit in Yerevan.", published: "2022-10-01", yields: ["meeting planned CSTO Collective Security Council 2022-11-23 Yerevan"], not: ["Collective Security Council - Yerevan"] }],
  },
  {
    id: "event:exercise:mention", family: "event", summary: "a drill word (exercise, drills, manoeuvres) with its organization, name, date and place",
    examples: [
      { text: "The CSTO Collective Rapid Reaction Forces began the Interaction-2023 exercise in Belarus on September 4, 2023.", published: "2023-09-05", yields: ["exercise held CSTO - 2023-09-04"] },
      { text: "The minister will exercise control over the budget.", published: "2023-09-05", yields: [], not: ["exercise"] },
      { text: "The Frontier 2019 exercises of the CSTO rapid reaction units ended in Tajikistan on October 18, 2019.", published: "2019-10-19", yields: ["exercise held CSTO - 2019-10-18"] },
      { text: "The SCO has regularly held Peace Mission drills in China and Russia.", published: "2019-10-19", yields: [], not: ["exercise"] },
    ],
  },
  {
    id: "event:exercise:anaphora", family: "event", summary: "\"the drills\": a later sentence about the exercise the article named",
    examples: [{ text: "The CSTO exercise Rubezh-2022 opened in Tajikistan on October 10, 2022. The drills involved troops from Russia and Kyrgyzstan.", published: "2022-10-11", yields: ["exercise held CSTO"] },
      { text: "ALMATY, June 3 - CSTO troops reached Kyrgyzstan to join the Rubezh-2026 exercise. The war game will run near Lake Issyk-Kul on June 6-9.", yields: ["exercise planned CSTO - 2026-06-06"] }],
  },
  {
    id: "event:signing", family: "event", summary: "a treaty signed on a stated date and place: the signing is a meeting (of no organization: it predates the one it founded)",
    examples: [{ text: "The Collective Security Treaty (CST) was signed in Tashkent on May 15, 1992.", published: "2022-05-15", yields: ["meeting held - - 1992-05-15 Tashkent"] }],
  },
];

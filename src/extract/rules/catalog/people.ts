import type { RuleSpec } from "../types.ts";

const T = "2024-05-21";

export const PEOPLE_RULES: RuleSpec[] = [
  { id: "person:full", family: "person", summary: "a full personal name (first name, surname; initials; particles)",
    examples: [{ text: "Kazakh President Kassym-Jomart Tokayev arrived in Minsk on Monday.", published: T, yields: ["Kassym-Jomart Tokayev"], not: ["Kazakh President"] },
      { text: "President Emomali Rahmon Receives the Heads of Delegations\n\nPresident Emomali Rahmon met the ministers in Dushanbe.", published: T, yields: ["Emomali Rahmon"], not: ["Receives"] },
      { text: "Russia Will Assume CSTO Chairmanship in 2026\n\nIvan Sergeyev\n\nThe chairmanship passes to Russia, the Kyrgyz president said.", published: T, yields: [], not: ["Will Assume", "Ivan Sergeyev"] }] },
  { id: "person:surname", family: "person", summary: "a surname alone, joined to the full name given elsewhere in the article",
    examples: [{ text: "Russian Foreign Minister Sergei Lavrov arrived in Minsk. Lavrov met the press.", published: T, yields: ["Sergei Lavrov"] }] },
  { id: "person:speaker-surname", family: "person", summary: "a surname alone before a speech verb (\"Zas said\") when no fuller form is given",
    examples: [{ text: "Security in the region is stable, Shoigu said on Monday.", published: T, yields: ["Shoigu"] },
      { text: "The ministers met in Minsk. Shoigu, in turn, noted that the drills went well.", published: T, yields: ["Shoigu"] }] },
  { id: "role:prefix", family: "role", summary: "a title before the name (\"Russian Foreign Minister Sergei Lavrov\"), its owner from a demonym, country or organization",
    examples: [{ text: "Russian Foreign Minister Sergei Lavrov arrived in Minsk.", published: T, yields: ["Sergei Lavrov: Foreign Minister of Russia"] },
      { text: "At the opening ceremony, Kazakhstan's Chief of the General Staff and First Deputy Defence Minister, Sultan Kamaletdinov, spoke first.", published: T, yields: ["Sultan Kamaletdinov: Chief of the General Staff of Kazakhstan", "Sultan Kamaletdinov: First Deputy Defence Minister of Kazakhstan"] },

      { text: "CSTO Secretary General Imangali Tasmagambetov arrived in Minsk.", published: T, yields: ["Imangali Tasmagambetov: Secretary General of CSTO"] }] },
  { id: "role:prefix+known-office", family: "role", summary: "a title before the name with no owner in the text: the one known office of that title the person held",
    examples: [{ text: "Prime Minister Nikol Pashinyan arrived in Minsk.", published: T, yields: ["Nikol Pashinyan: Prime Minister of Armenia"] }] },
  { id: "role:prefix+owner-after-name", family: "role", summary: "a title before the name and its owner after it (\"Prime Minister Anwar Ibrahim of Malaysia\")",
    examples: [{ text: "Special Envoy Ivan Petrov of Russia arrived in Minsk.", published: T, yields: ["Ivan Petrov: Special Envoy of Russia"] },
      { text: "Special Envoy Ivan Petrov of the Russian Academy of Sciences arrived in Minsk.", published: T, yields: [], not: ["Ivan Petrov"] }] },
  { id: "role:prefix+represented-by", family: "role", summary: "a title without owner after \"A will be represented by\": the state A",
    examples: [{ text: "At the summit Turkmenistan will be represented by Deputy Prime Minister Batyr Amanov.", published: T, yields: ["Batyr Amanov: Deputy Prime Minister of Turkmenistan"] }] },
  { id: "role:apposition", family: "role", summary: "a title in an apposition after the name (\"X, the President of Belarus,\")",
    examples: [
      { text: "Alexander Lukashenko, the President of Belarus, opened the session.", published: T, yields: ["Alexander Lukashenko: President of Belarus"] },
      { text: "Viktor Orlov, a spokesman for the CSTO Secretariat, said the talks went well.", published: T, yields: ["Viktor Orlov: Spokesman of the Secretariat of CSTO"] },
      { text: "Statements by the ministers.\n\nMaxim Ryzhenkov, Foreign Minister of the Republic of Belarus:\n\nWe are grateful to our partners.", published: T, yields: ["Maxim Ryzhenkov: Foreign Minister of Belarus"] },
    ] },
  { id: "role:list", family: "role", summary: "a list of people after a shared plural title (\"the foreign ministers of Armenia and Russia, A and B\")",
    examples: [
      { text: "The heads of state of Kazakhstan and Kyrgyzstan – Kassym-Jomart Tokayev and Sadyr Japarov – took part.", published: T, yields: ["Kassym-Jomart Tokayev: Head of State of Kazakhstan", "Sadyr Japarov: Head of State of Kyrgyzstan"] },
      { text: "The summit will bring together the presidents: Kazakhstan Kassym-Jomart Tokayev, Kyrgyzstan Sadyr Japarov and Tajikistan Emomali Rahmon.", published: T, yields: ["Sadyr Japarov: President of Kyrgyzstan", "Emomali Rahmon: President of Tajikistan"] },
    ] },
  { id: "role:predicate", family: "role", summary: "\"X will serve as\", \"X was appointed\" a title",
    examples: [{ text: "Imangali Tasmagambetov was appointed CSTO Secretary General.", published: T, yields: ["Imangali Tasmagambetov: Secretary General of CSTO"] }] },
  { id: "role:counterpart", family: "role", summary: "\"his Kyrgyz counterpart Y\": the other's title with the demonym's country",
    examples: [{ text: "Russian Defence Minister Andrei Belousov met his Kyrgyz counterpart Baktybek Bekbolotov.", published: T, yields: ["Baktybek Bekbolotov: Defence Minister of Kyrgyzstan"] }] },
];

export const QUOTE_RULES: RuleSpec[] = [
  { id: "quote:after", family: "quote", summary: "a quotation with its attribution after the closing mark (\"…,” he said\")",
    examples: [{ text: "Russian President Vladimir Putin arrived in Minsk. “Our alliance is needed more than ever,” Putin said.", published: T, yields: ["Vladimir Putin: Our alliance is needed more than ever"] },
      { text: "Russian President Vladimir Putin arrived in Minsk. ‘Our alliance is needed more than ever,’ Putin said.", published: T, yields: ["Vladimir Putin: Our alliance is needed more than ever"] },
      { text: "Russian President Vladimir Putin arrived in Minsk. The drills, code-named ‘Union Shield’, began, the country’s officials said.", published: T, yields: [], not: ["Union Shield"] }] },
  { id: "quote:before", family: "quote", summary: "a quotation introduced before the opening mark (\"X said: “…”\")",
    examples: [{ text: "Russian President Vladimir Putin said: “Our alliance is needed more than ever.”", published: T, yields: ["Vladimir Putin: Our alliance is needed more than ever"] },
      { text: "Russian President Vladimir Putin arrived in Minsk. Putin – “Our alliance is needed more than ever.”", published: T, yields: ["Vladimir Putin: Our alliance is needed more than ever"] }] },
  { id: "quote:previous", family: "quote", summary: "a quotation opening its sentence right after a sentence whose subject speaks (\"X noted that …. “…”\")",
    examples: [{ text: "For his part, CSTO Secretary General Imangali Tasmagambetov noted that the treaty is no threat to anyone. “We see the alliance as a guarantee of stability.”", published: T, yields: ["Imangali Tasmagambetov: We see the alliance"] },
      { text: "The ministers met in Minsk on Monday. “We see the alliance as a guarantee of stability.”", published: T, yields: [], not: ["We see the alliance"] }] },
  { id: "quote:continued", family: "quote", summary: "the next paragraph's quotation continues the same speaker",
    examples: [{ text: "Russian President Vladimir Putin said: “Our alliance is needed more than ever.”\n\n“We will strengthen the collective forces.”", published: T, yields: ["Vladimir Putin: We will strengthen"] }] },
  { id: "speaker:cue-name", family: "speaker", summary: "the attribution names the speaker",
    examples: [{ text: "“Our alliance is needed more than ever,” said Russian President Vladimir Putin.", published: T, yields: ["Vladimir Putin"] }] },
  { id: "speaker:pronoun-antecedent", family: "speaker", summary: "\"he said\": the last person the text was about who fits the pronoun",
    examples: [{ text: "Russian President Vladimir Putin arrived in Minsk on Monday. “Our alliance is needed more than ever,” he said.", published: T, yields: ["Vladimir Putin"] }] },
  { id: "speaker:role-phrase", family: "speaker", summary: "\"the Kazakh leader said\": the person of the article holding that role",
    examples: [{ text: "Kazakh President Kassym-Jomart Tokayev arrived in Minsk on Monday. “We support the initiative,” the Kazakh leader said.", published: T, yields: ["Kassym-Jomart Tokayev"] },
      { text: "Kazakh President Kassym-Jomart Tokayev arrived in Minsk on Monday. «We support the initiative,» the Kazakh Leader said.", published: T, yields: ["Kassym-Jomart Tokayev"], not: ["Leader"] }] },
];

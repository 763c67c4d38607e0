// Publication dates, outlets and datelines found by the shape of the words, not by a list (texts written for these tests).
import { test } from "node:test";
import assert from "node:assert/strict";
import { prepareArticle } from "./prepare.ts";
import type { ArticleMeta } from "./types.ts";

const meta = (text: string): ArticleMeta => prepareArticle({ id: "t", source: "t", text }).meta;
const LEAD = "The defence ministers of the six member states met on Tuesday and agreed a plan of joint air defence exercises for the coming year, the ministry said.";
const BODY = "They also discussed the training of staff officers and the supply of equipment to the collective forces in the region.";

test("a date stamp under the lead or closing the story dates it; a weekday banner above the headline does not", () => {
  assert.equal(meta(`Air defence plan agreed\n\n${LEAD}\n\nJune 14, 2027\n\n${BODY}`).published, "2027-06-14");
  assert.equal(meta(`Air defence plan agreed\n\n${LEAD}\n${BODY}\n\n10:42 GMT 14.06.2027`).published, "2027-06-14");
  assert.equal(meta(`Air defence plan agreed\n\nJune 14, 2027, Bishkek, Kyrgyz Republic\n\n${LEAD}`).published, "2027-06-14");
  assert.equal(meta(`Air defence plan agreed\n\n${LEAD}\n\n(Steppe News Agency June 15, 2027)`).published, "2027-06-15");
  assert.equal(meta(`Air defence plan agreed\nAir defence plan agreed by the ministers\n\n14 Jun 27\n\n${LEAD}`).published, "2027-06-14");
  assert.equal(meta(`Monday, June 14th, 2027\nAir defence plan agreed\n\n${LEAD}`).published, null);
});

test("a timestamp line with its time zone and a few words of furniture is a stamp", () => {
  const m = meta(`Air defence plan agreed\n\n2027-06-14 08:18:39 GMT 2027-06-14 16:18:39 (Local Time)  Steppe English\n\n${LEAD}`);
  assert.equal(m.published, "2027-06-14");
});

test("outlets by their shape: a site's banner, an agency's line, a domain, a wire's name, a closing credit, 'X reports'", () => {
  assert.equal(meta(`Official website of the President of Freedonia\n\nAir defence plan agreed\n\n${LEAD}`).outlet, "Official website of the President of Freedonia");
  assert.equal(meta(`Air defence plan agreed\n\nSteppe-AVN military news agency web site\n14 Jun 27\n\n${LEAD}`).outlet, "Steppe-AVN");
  assert.equal(meta(`Air defence plan agreed\n\n${LEAD}\n\nSteppe.Kz`).outlet, "Steppe.Kz");
  assert.equal(meta(`Air defence plan agreed\nSTEPPE-NEWS. June 14, 2027. ${LEAD}`).outlet, "Steppe-News");
  assert.equal(meta(`Air defence plan agreed\nSTEPPE-NEWS. June 14, 2027. ${LEAD}`).published, "2027-06-14");
  assert.equal(meta(`Air defence plan agreed\n\n${LEAD}\n\n(Steppe News Agency June 15, 2027)`).outlet, "Steppe");
  assert.equal(meta(`Air defence plan agreed\n\n${LEAD} The drills start in May, the ministry said in a statement Steppe.Kz reports. ${BODY}`).outlet, "Steppe.Kz");
});

test("a closing parenthesis that is not a credit names no outlet", () => {
  assert.equal(meta(`Air defence plan agreed\n\n${LEAD}\n\n(Photo)`).outlet, null);
  assert.equal(meta(`Air defence plan agreed\n\n${LEAD}\n\n(Bishkek)`).outlet, null);
});

test("datelines: a wire's name is not a city, a one-letter slip is the known city, a caption may come first, no separator after a date", () => {
  assert.equal(meta(`STEPPE-NEWS. June 14, 2027. ${LEAD}`).dateline, null);
  assert.equal(meta(`BISKHEK, June 14 (Steppe) - ${LEAD}`).dateline, "Bishkek");
  const caption = "The ministers pose for a photograph before the meeting of the defence council in the capital of the republic, June 13, 2027. (Steppe/Photographer Name)";
  assert.equal(meta(`${caption}\nMINSK, June 14 (Steppe) -- ${LEAD}`).dateline, "Minsk");
  assert.equal(meta(`MINSK June 14 The defence ministers of the six member states met on Tuesday.\n${BODY}`).dateline, "Minsk");
  assert.equal(meta(`MINSK June 14 the defence ministers met.\n${BODY}`).dateline, null);
});

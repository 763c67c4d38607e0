import type { Block } from "./blocks.ts";
import { boilerplateReason } from "../boilerplate.ts";

// Lines of a page's article area that are not its story: credits, stamps, bylines, teasers.
const FURNITURE = [
  /^\(?(image|photo|picture|video|graphic|illustration)s?( credit)?\s*[:©]/i,
  /^(credit|source|photograph|photo)\s*:/i,
  /^(related|also|read more|more|see also|watch|listen|recommended|advertisement|advert|sponsored)\s*[:.]?\s*$/i,
  /^(related|also read|read more|see also|also see|more from|more on)\s*:/i,
  /^(published|updated|posted|last updated|first published)\b.{0,60}\d/i,
  /^by\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}\s*([,|–—-].{0,60})?$/u,
  /^(image|photo) \d+ of \d+$/i,
  /^this (slideshow|video|content) requires javascript/i,
  /^continue reading( below)?$/i,
];

/** Whether a block of the extracted area belongs to the story: not a list of links, not page furniture. */
export function keepBlock(b: Block): boolean {
  if (b.chars === 0) return false;
  // Paragraphs made of one link are teasers to other stories; a sentence with a link in it is content.
  if (b.linkChars / b.chars > 0.8 && b.text.length < 200) return false;
  if (FURNITURE.some((re) => re.test(b.text))) return false;
  if (b.text.length <= 220 && boilerplateReason(b.text)) return false;
  return true;
}

import { wordCount } from "./lines.ts";

/**
 * Page furniture recognised on its own line, by shape rather than by site: each entry is a reason and a test on the
 * trimmed line. Only short lines are considered (see LONGEST), so a body paragraph is never blanked by a stray word.
 */
const SOCIAL = "facebook|twitter|x|telegram|whatsapp|viber|vk|vkontakte|odnoklassniki|ok|linkedin|instagram|youtube|tiktok|email|e-mail|reddit|pinterest|messenger|copy link|print|share";
const RULES: { reason: string; test: RegExp }[] = [
  { reason: "navigation", test: /^(skip to (main )?content|skip navigation|jump to (main )?content|main menu|menu|search|home|back to top|go to top|log ?in|sign ?in|register|next article|previous article|all news|latest news|breaking news|more news|news feed|main page|site map|version for the visually impaired)\W*$/i },
  { reason: "comments", test: /^(\d+\s+comments?|comments?\s*[(:]?\s*\d*\s*\)?|leave a (comment|reply)|add (a )?comment|post a comment|no comments( yet)?\.?)$/i },
  { reason: "print", test: /^(print( this)?( article| page| version)?|printable version|print version|font size|text size|send (by|via) e-?mail|e-?mail this( article)?|bookmark|save)\W*$/i },
  { reason: "share", test: new RegExp(`^((share|tweet)( this( article| story| post| page| news)?)?( on| via| with)?\\s*:?|(${SOCIAL}))(\\s*[|,·•/]?\\s*(${SOCIAL}))*\\W*$`, "i") },
  { reason: "navigation", test: /^\p{L}[\p{L}\p{N}&' ]{0,25}(\s+[/>»›|]\s+\p{L}[\p{L}\p{N}&' ]{0,25}){1,6}$/u },
  { reason: "read more", test: /^(read (more|also|next|full story)\b|(see also|related( news| articles?| stories| posts)?|more on (this|the) topic|most (read|popular|viewed)|recommended( for you| articles| news)?|you may also like)\s*(:|$|…|\.\.\.))/i },
  { reason: "call to action", test: /^(get (the )?.{2,60} (stories|news|updates|headlines) (sent |delivered )?(directly |straight )?to (you|your inbox)|follow (us|[\p{Lu}].{0,60}?[’']s?) (on|official)\b|subscribe\b|sign up\b|join (us|our) (on|in)\b|stay (updated|tuned|informed)\b|download (our|the) app\b|click here\b|newsletter\b)/iu },
  { reason: "cookie notice", test: /\bcookies?\b.*\b(use|uses|using|accept|agree|policy|consent|settings|experience)\b|\b(accept|agree to) (all )?cookies?\b/i },
  { reason: "tags", test: /^(tags?|keywords|topics|related topics|categories|category|filed under)\s*[:：]/i },
  { reason: "advertisement", test: /^(advertisement|advertising|sponsored( content)?|ad)\W*$/i },
  { reason: "copyright", test: /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/i },
  { reason: "page stamp", test: /^(last )?(update|updated|modified)\b[^\p{L}]*(on|at)?\b.*\d/iu },
  { reason: "credit", test: /^(source|sources|via)\s*[:：]\s*\S.{0,80}$/i },
  { reason: "photo credit", test: /^(photo|photos|image|picture|illustration|video)( credit| source| by)?\s*[:：©]/i },
  // Bullets, counters, rules; a numeric date ("24.05.2018 10:15") is not decoration, it may date the article.
  { reason: "decoration", test: /^(?!.*(\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}))[^\p{L}]+$/u },
];

const LONGEST = 220;

/** Why a line is page furniture, or null when it may be content. */
export function boilerplateReason(line: string): string | null {
  const t = line.trim();
  if (!t || t.length > LONGEST) return null;
  // A long sentence that merely contains a cookie-ish word is content; notices are imperative and short.
  for (const r of RULES) if (r.test.test(t) && (r.reason !== "cookie notice" || wordCount(t, 41) <= 40)) return r.reason;
  return null;
}

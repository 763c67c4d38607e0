import { z } from "zod";

// One schema per knowledge file kind. A user's --data folder holds files of the same names and shapes; each
// is validated by the same schema before it joins the bundle.

const names = z.array(z.string().min(1));
const isoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
const regexSource = z.string().min(1).refine((p) => {
  try {
    new RegExp(p, "iu");
    return true;
  } catch {
    return false;
  }
}, "a valid regular expression");

const comment = { _comment: z.string().optional(), note: z.string().optional() };

export const bodySchema = z.strictObject({
  name: z.string().min(1),
  aliases: names.default([]),
  meets: z.boolean().default(true),
  members: z.string().min(1).optional(),
});

export const organizationSchema = z.strictObject({
  abbr: z.string().min(1),
  names: names.default([]),
  summitBody: z.string().min(1).nullable().default(null),
  bodies: z.array(bodySchema).default([]),
  /** Titles of the organization's officials ("Secretary-General"): added to the titles with scope org. */
  titles: names.optional(),
});

export const organizationsFile = z.strictObject({ ...comment, organizations: z.array(organizationSchema) });

export const titleSchema = z.strictObject({
  title: z.string().min(1),
  aliases: names.default([]),
  scope: z.enum(["state", "org", "any"]),
  head: z.enum(["state", "government"]).optional(),
  /** What journalists call the office ("top diplomat"): found like an alias, reported under the canonical title. */
  informal: names.optional(),
});

export const titlesFile = z.strictObject({
  ...comment,
  titles: z.array(titleSchema),
  modifiers: names.default([]),
  ranks: names.default([]),
  honorifics: names.default([]),
});

const place = { name: z.string().min(1), aliases: names.default([]) };
export const placesFile = z.strictObject({
  ...comment,
  countries: z.array(z.strictObject({ ...place, demonyms: names.default([]), capital: z.string().min(1) })).default([]),
  cities: z.array(z.strictObject({ ...place, country: z.string().min(1) })).default([]),
  regions: z.array(z.strictObject({ ...place, country: z.string().min(1) })).default([]),
});

export const outletsFile = z.strictObject({ ...comment, outlets: z.array(z.strictObject(place)) });

/** State institutions (parliaments, presidential offices) whose officers are the state's. */
export const institutionsFile = z.strictObject({ ...comment, institutions: z.array(z.strictObject({ ...place, country: z.string().min(1) })) });

export const sessionsFile = z.strictObject({
  ...comment,
  sessions: z.array(z.strictObject({ org: z.string().min(1), body: z.string().min(1), date: isoDate, city: z.string().min(1) })),
});

export const termsFile = z.strictObject({
  ...comment,
  offices: z.array(
    z.strictObject({
      title: z.string().min(1),
      of: z.string().min(1),
      holders: z.array(z.strictObject({ name: z.string().min(1), from: isoDate, to: isoDate.nullable(), acting: z.boolean().optional() })),
    }),
  ),
});

export const firstNamesFile = z.strictObject({
  ...comment,
  source: z.string().optional(),
  regionalNote: z.string().optional(),
  names: names.default([]),
  regional: names.default([]),
});

export const nameOrderFile = z.strictObject({ ...comment, surnameFirst: names });

export const topicsFile = z.strictObject({
  ...comment,
  topics: z.array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), label: z.string().min(1), patterns: z.array(regexSource) })),
});

/** When two reports are the same real event: the tolerances of the one definition (knowledge/event-identity.ts). */
export const identityFile = z.strictObject({
  ...comment,
  sameEvent: z.strictObject({
    toleranceDaysSameBodies: z.number().int().min(0).max(30),
    toleranceDaysOtherwise: z.number().int().min(0).max(30),
    exerciseSpanDays: z.number().int().min(0).max(120),
  }),
});

/** Word lists the rules share (speech verbs, meeting words...): one list each, never a copy in code. */
export const lexiconsFile = z.strictObject({ ...comment, lexicons: z.record(z.string().regex(/^[a-z][a-z-]*$/), names) });

/**
 * Who a gathering brings together ("foreign ministers"), as the press names the group: each form a regular expression
 * (case-insensitive) and the title, a known one, of each person a list after it names.
 */
export const memberGroupsFile = z.strictObject({
  ...comment,
  groups: z.array(z.strictObject({
    members: z.string().min(1),
    forms: z.array(z.strictObject({ pattern: regexSource, title: z.string().min(1).optional() })).min(1),
  })),
});

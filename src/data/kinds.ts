import type { z } from "zod";
import * as s from "./schemas.ts";

/** Every kind of knowledge file: its name (without .json) and its schema. A user folder may hold any of them. */
export const FILES = {
  organizations: s.organizationsFile,
  titles: s.titlesFile,
  places: s.placesFile,
  outlets: s.outletsFile,
  sessions: s.sessionsFile,
  "terms-of-office": s.termsFile,
  "first-names": s.firstNamesFile,
  "name-order": s.nameOrderFile,
  topics: s.topicsFile,
  lexicons: s.lexiconsFile,
  "member-groups": s.memberGroupsFile,
  identity: s.identityFile,
  institutions: s.institutionsFile,
} as const;

export type FileKind = keyof typeof FILES;

type Out<K extends FileKind> = z.output<(typeof FILES)[K]>;
export type Organization = Out<"organizations">["organizations"][number];
export type Body = Organization["bodies"][number];
export type TitleDef = Out<"titles">["titles"][number];
export type Country = Out<"places">["countries"][number];
export type City = Out<"places">["cities"][number];
export type Region = Out<"places">["regions"][number];
export type Outlet = Out<"outlets">["outlets"][number];
export type Session = Out<"sessions">["sessions"][number];
export type KnownOffice = Out<"terms-of-office">["offices"][number];
export type TermHolder = KnownOffice["holders"][number];
export type TopicDef = Out<"topics">["topics"][number];
export type MemberGroup = Out<"member-groups">["groups"][number];
export type Institution = Out<"institutions">["institutions"][number];

/** The reference knowledge of one run, validated and frozen (see bundle.ts). */
export interface Knowledge {
  organizations: Organization[];
  titles: { titles: TitleDef[]; modifiers: string[]; ranks: string[]; honorifics: string[] };
  places: { countries: Country[]; cities: City[]; regions: Region[] };
  outlets: Outlet[];
  sessions: Session[];
  offices: KnownOffice[];
  firstNames: { names: string[]; regional: string[] };
  surnameFirst: string[];
  topics: TopicDef[];
  lexicons: Record<string, string[]>;
  memberGroups: MemberGroup[];
  sameEvent: Out<"identity">["sameEvent"];
  institutions: Institution[];
  /** The folders it was read from, bundled data first. */
  sources: string[];
}

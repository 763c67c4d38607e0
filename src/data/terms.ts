import { knowledge } from "./current.ts";
import type { KnownOffice, TermHolder } from "./kinds.ts";

export type { KnownOffice, TermHolder };

/** Public facts of who held which office when (terms-of-office.json of the active bundle). */
export const knownOffices = (): readonly KnownOffice[] => knowledge().offices;

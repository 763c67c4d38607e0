/** Character span into the Doc's text, end-exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  text: string;
  /** Whitespace that follows the token, so that tokens.map(t => t.text + t.ws).join("") rebuilds the text span. */
  ws: string;
}

export interface Sentence extends Span {
  index: number;
  /** Index of the paragraph (block separated by a blank line, or a line in one-line-per-paragraph text). */
  paragraph: number;
}

export type EntityLabel =
  | "PERSON"
  | "COUNTRY"
  | "CITY"
  | "REGION"
  | "ORG"
  | "BODY"
  | "TITLE"
  | "DEMONYM";

export interface Entity extends Span {
  label: EntityLabel;
  text: string;
  /**
   * Canonical value: a country's short English name, a city's canonical name, an organization's abbreviation,
   * a body's canonical name, a title's canonical form, a person's name as written.
   */
  norm: string;
  /** For BODY: the organization it belongs to when known ("CSTO"); for DEMONYM: its country; for TITLE: the office's place when attached. */
  org?: string | null;
  rule: string;
}

/** ISO date, full or partial: "2018", "2018-11", "2018-11-08". */
export type IsoDate = string;

export interface DateMention extends Span {
  text: string;
  /** Resolved start, as precise as can be known. */
  value: IsoDate;
  /** Resolved last day of a span ("on Wednesday and Thursday", "August 23-28"), else null. */
  endValue: IsoDate | null;
  /** Which parts the text states itself; the rest were implied (from the article's date or years the text states). */
  stated: { year: boolean; month: boolean; day: boolean };
  /** Relative expressions ("this year", "next year", "today", "on Sunday") resolved against a reference date. */
  relative: boolean;
  rule: string;
}

export interface QuoteSpan extends Span {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Span of the quoted words inside the marks. */
  inner: Span;
  /** The attributed speaker as resolved in the article: the fullest form of the person's name, or null. */
  speaker: string | null;
  /** Span of the attribution cue that named the speaker ("Nazarbayev said", "he said", "the Kazakh leader said"). */
  cue: Span | null;
  /** Where the whole attribution ends (", he said" after the closing mark): a split quotation resumes after it. */
  cueEnd: number | null;
  rule: string;
}

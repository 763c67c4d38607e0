/** A fact's evidence as a row that stands alone: the article's slug and the sentence's text travel with the span. */
export interface EvidenceRow {
  articleId: number;
  articleSlug: string;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** The sentence text, for display. */
  sentence: string;
  rule: string;
  /** For the evidence of one value: the slot it fills ("chair") and the value ("Nurlan Yermekbayev"). */
  slot?: string;
  value?: string;
}

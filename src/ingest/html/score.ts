/**
 * Precision and recall of an extracted text against a gold text, as the article-extraction-benchmark computes them:
 * Unicode `\w+` tokens, 4-token shingles, multiset counts, each page's TP/FP/FN normalised so every page weighs the same.
 */
export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

const shingles = (text: string): Map<string, number> => {
  const tokens = text.match(/[\p{L}\p{N}\p{M}\p{Pc}]+/gu) ?? [];
  const out = new Map<string, number>();
  const n = Math.min(4, tokens.length);
  for (let i = 0; i + n <= tokens.length && (n > 0 || i === 0); i++) {
    const k = tokens.slice(i, i + n).join(" ");
    out.set(k, (out.get(k) ?? 0) + 1);
    if (n === 0) break;
  }
  return out;
};

export function scorePage(predicted: string, gold: string): PageScore {
  const p = shingles(predicted);
  const g = shingles(gold);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, c] of p) {
    const t = Math.min(c, g.get(k) ?? 0);
    tp += t;
    fp += c - t;
  }
  for (const [k, c] of g) fn += c - Math.min(c, p.get(k) ?? 0);
  const sum = tp + fp + fn;
  return sum ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

/** Mean per-page precision and recall, and F1 from those means (the benchmark's definition). */
export function summarize(pages: PageScore[]): { precision: number; recall: number; f1: number } {
  const prec = pages.filter((s) => s.tp + s.fp > 0).map((s) => (s.fp === 0 && s.fn === 0 ? 1 : s.tp / (s.tp + s.fp)));
  const rec = pages.filter((s) => s.tp + s.fn > 0).map((s) => (s.fp === 0 && s.fn === 0 ? 1 : s.tp / (s.tp + s.fn)));
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(prec);
  const recall = mean(rec);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

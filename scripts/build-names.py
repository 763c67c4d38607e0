#!/usr/bin/env python3
"""Builds data/first-names.json: given names seen at the start of multi-word person names in the NER corpora of
../shared/data (CoNLL-2003 and GMB). A name list is only a hint for the person recognizer, which also works by context.
Usage: python3 scripts/build-names.py [SHARED_DATA_DIR]"""
import collections, csv, gzip, json, os, sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data")
STOP = set("president mr mrs ms dr minister prime secretary general gen col king queen prince sheikh pope saint st admiral "
           "colonel lieutenant major interior "
           "senator governor chancellor premier lord sir judge chief the a an foreign defense defence army".split())
counts = collections.Counter()

def take(span):
    if len(span) >= 2 and span[0].isalpha() and span[0][0].isupper() and span[0].lower() not in STOP and len(span[0]) > 1:
        counts[span[0]] += 1

for part in ("eng.train", "eng.testa", "eng.testb"):
    span = []
    for line in open(os.path.join(root, "conll2003", part), encoding="utf-8"):
        cols = line.split()
        if len(cols) == 4 and cols[3].endswith("PER") and not (cols[3].startswith("B") and span):
            span.append(cols[0]); continue
        take(span); span = []
        if len(cols) == 4 and cols[3].endswith("PER"): span = [cols[0]]

with gzip.open(os.path.join(root, "gmb-ner", "ner_dataset.csv.gz"), "rt", encoding="cp1252") as f:
    span = []
    for row in csv.DictReader(f):
        tag = row["Tag"]
        if tag == "I-per" and span: span.append(row["Word"]); continue
        take(span); span = [row["Word"]] if tag == "B-per" else []

names = sorted(n for n, c in counts.items() if c >= 2)
out = os.path.join(os.path.dirname(__file__), "..", "data", "first-names.json")
# The hand-listed regional names (see its note) are not derived from the corpora: keep them across rebuilds.
old = json.load(open(out, encoding="utf-8")) if os.path.exists(out) else {}
data = {"source": "CoNLL-2003 and GMB person spans (first token, seen at least twice)", "names": names}
for key in ("regionalNote", "regional"):
    if key in old: data[key] = old[key]
json.dump(data, open(out, "w", encoding="utf-8"), indent=0, ensure_ascii=False)
print(len(names), "names ->", out)

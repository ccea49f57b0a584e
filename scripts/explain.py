"""Show what the extractor sees in a document: per sentence, its counts, weapon
phrases, places, dates and cues, then the claims it produced.

    python scripts/explain.py ../shared/eval/dev/en.jsonl dev-en-004
    echo "Russia launched 40 drones." | python scripts/explain.py - --lang en --published 2025-06-01
"""
import argparse
import json
import sys
from datetime import date

from skyledger.extract.analysis import annotate
from skyledger.extract.pipeline import run
from skyledger.extract.text import sentences
from skyledger.lang import load
from skyledger.models import Document


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("doc_id", nargs="?")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--published")
    args = ap.parse_args()
    if args.file == "-":
        record = {"text": sys.stdin.read(), "lang": args.lang, "published": args.published}
    else:
        records = [json.loads(l) for l in open(args.file, encoding="utf-8") if l.strip()]
        record = next(r for r in records if r.get("id") == args.doc_id)
    doc = Document(text=record["text"], lang=record.get("lang") or args.lang, source=record.get("source"),
                   published=date.fromisoformat(record["published"]) if record.get("published") else None)
    data = load(doc.lang)
    for i, sent in enumerate(sentences(doc.text, doc.lang)):
        info = annotate(i, sent, data)
        if not (info.counts or info.places):
            continue
        t = info.tokens
        print(f"[{i}] {sent.text}")
        print("   counts:", [(c.value, c.qualifier, c.form, t[c.start].text) for c in info.counts])
        print("   weapons:", [(w.cls, w.wtype, info.text_of(w.start, w.end)) for w in info.weapons])
        print("   places:", [(p.code, p.kind, p.name) for p in info.places])
        print("   cues:", sorted({f"{m.value[0]}:{m.value[1]}:{info.text_of(m.start, m.end)}" for m in info.marks
                                  if m.value[0] not in ('filler', 'aux')}))
    print("\nclaims:")
    for c in run(doc):
        d = c.model_dump(mode="json", exclude={"evidence"})
        print("  ", json.dumps({k: v for k, v in d.items() if v is not None}, ensure_ascii=False))


if __name__ == "__main__":
    main()

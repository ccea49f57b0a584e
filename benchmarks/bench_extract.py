"""Extraction benchmark: accuracy per language and kind, speed, memory.

    python benchmarks/bench_extract.py [--shared ../shared] [--repeat 5] [--json]

Accuracy: runs `skyledger extract` logic over the dev sets (en: dev/en + dev/hard_en +
seed; uk: dev/uk + dev/hard_uk; ru: dev/ru + dev/hard_ru) and scores them with the
benchmark's own score.py, printing strict and loose precision/recall/F1 per language
and kind, and qualifier agreement on strict matches. The same for the probe sets
(tests/probes/{en,uk,ru}.jsonl: our own texts with gold, written to the phenomena of real
web articles: clutter, later pieces, rising tolls, digests, words for numbers, far regions).

Speed, on one core (this process): documents/s and words/s of extraction over the same
texts, and, measured side by side in the same run, the time spaCy's bare tokenizer
(`spacy.blank(lang)`) takes over them; the ratio extraction/tokenizer is the figure the
issue sets a ceiling on (4x for English, 6x for Ukrainian and Russian). Both are timed
warm (language data and caches loaded, as in a long-running ingest), as CPU time, the two
alternating, best of --repeat runs each. Cold start (loading lexicons, gazetteer, pymorphy3) is printed separately.
Peak memory is the process's maximum resident set size.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from skyledger.extract import compiled, extract  # noqa: E402
from skyledger.models import Document, claim_to_json  # noqa: E402

SETS = {
    "en": ["dev/en.jsonl", "dev/hard_en.jsonl", "seed/seed.jsonl"],
    "uk": ["dev/uk.jsonl", "dev/hard_uk.jsonl"],
    "ru": ["dev/ru.jsonl", "dev/hard_ru.jsonl"],
}
CEILING = {"en": 4.0, "uk": 6.0, "ru": 6.0}
# Our own texts with gold (tests/probes/), written to the phenomena of real web articles that
# the dev sets have few of: scored the same way, not timed.
PROBES = {f"probe-{lang}": [str(path) for path in sorted((REPO / "tests" / "probes").glob(f"{lang}*.jsonl"))]
          for lang in ("en", "uk", "ru")}


def load(eval_dir: Path, files: list[str]) -> list[dict]:
    out = []
    for name in files:
        for line in (eval_dir / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line))
    return out


def to_document(record: dict) -> Document:
    published = date.fromisoformat(record["published"]) if record.get("published") else None
    return Document(text=record["text"], lang=record.get("lang"), published=published, source=record.get("source"))


def score(eval_dir: Path, files: list[str], predictions: list[dict]) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for p in predictions:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    result = subprocess.run(
        [sys.executable, str(eval_dir / "score.py"), "--gold", *[str(eval_dir / f) for f in files], "--pred", fh.name,
         "--json"], capture_output=True, text=True, check=True)
    Path(fh.name).unlink()
    return json.loads(result.stdout)


def accuracy(figures: dict) -> dict:
    return {
        "accuracy": {
            key.replace("/all/", "/"): {k: v for k, v in value.items() if k in ("precision", "recall", "f1")}
            for key, value in figures.items() if key.startswith(("strict/all/", "loose/all/"))
        },
        "secondary_agreement": figures["secondary_agreement"],
    }


def side_by_side(first, second, repeat: int) -> tuple[float, float]:
    """Best CPU time of each, the two run in turn so that a busy spell on a shared machine
    slows both rather than one."""
    a, b = [], []
    for _ in range(repeat):
        for fn, times in ((first, a), (second, b)):
            start = time.process_time()
            fn()
            times.append(time.process_time() - start)
    return min(a), min(b)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--save-floor", metavar="FILE",
                    help="write the strict F1 reached per language and kind as the test suite's accuracy floor")
    args = ap.parse_args()
    eval_dir = Path(args.shared) / "eval"
    import spacy

    report = {}
    for name, files in PROBES.items():
        records = load(eval_dir, files)
        predictions = [{"id": r["id"], "claims": [claim_to_json(c) for c in extract(to_document(r))]} for r in records]
        figures = score(eval_dir, files, predictions)
        report[name] = {"documents": len(records), "words": sum(len(r["text"].split()) for r in records),
                        **accuracy(figures)}
    for lang, files in SETS.items():
        records = load(eval_dir, files)
        docs = [to_document(r) for r in records]
        words = sum(len(r["text"].split()) for r in records)
        cold_start = time.perf_counter()
        predictions = [{"id": r["id"], "claims": [claim_to_json(c) for c in extract(d)]} for r, d in zip(records, docs)]
        cold = time.perf_counter() - cold_start
        figures = score(eval_dir, files, predictions)

        nlp = spacy.blank(lang)
        extract_time, tokenizer_time = side_by_side(
            lambda: [extract(d) for d in docs], lambda: [nlp.tokenizer(r["text"]) for r in records], args.repeat)
        report[lang] = {
            "documents": len(docs),
            "words": words,
            "first_pass_s": round(cold, 3),
            "extract_s": round(extract_time, 4),
            "documents_per_s": round(len(docs) / extract_time, 1),
            "words_per_s": round(words / extract_time),
            "spacy_tokenizer_s": round(tokenizer_time, 4),
            "ratio_to_tokenizer": round(extract_time / tokenizer_time, 2),
            "ceiling": CEILING[lang],
            **accuracy(figures),
        }
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    report["compiled"] = compiled()
    if args.save_floor:
        floor = {lang: {kind: report[lang]["accuracy"][f"strict/{kind}"]["f1"] for kind in ("all", "air_attack", "casualties")}
                 for lang in [*SETS, *PROBES]}
        Path(args.save_floor).write_text(json.dumps(floor, indent=1, sort_keys=True) + "\n")
    if args.json:
        print(json.dumps(report, indent=1))
        return
    for lang in [*SETS, *PROBES]:
        r = report[lang]
        print(f"\n== {lang}: {r['documents']} documents, {r['words']} words")
        for key, value in r["accuracy"].items():
            print(f"  {key:22} P {value['precision']:.3f}  R {value['recall']:.3f}  F1 {value['f1']:.3f}")
        print(f"  qualifier agreement on strict matches: {r['secondary_agreement'].get('qualifier')}")
        if lang in PROBES:
            continue
        print(f"  speed: {r['documents_per_s']} documents/s, {r['words_per_s']} words/s "
              f"(extract {r['extract_s']} s vs spaCy blank('{lang}') tokenizer {r['spacy_tokenizer_s']} s: "
              f"{r['ratio_to_tokenizer']}x, ceiling {r['ceiling']}x); first pass incl. loading {r['first_pass_s']} s")
    print(f"\npeak memory (max RSS): {report['peak_rss_mb']} MB")
    print("extractor: " + ("compiled with mypyc" if report["compiled"] else
                           "plain Python (installed with SKYLEDGER_PURE=1, or not installed): about half the speed"))


if __name__ == "__main__":
    main()

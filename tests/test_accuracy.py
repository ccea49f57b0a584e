"""The accuracy gate: dev-set and probe-set F1 may not fall below the floor last reached.

Like trafilatura's evaluation gate, this fails a change that quietly loses figures.
The floors live in tests/accuracy_floor.json; raise them (never lower them) with
`python benchmarks/bench_extract.py --save-floor tests/accuracy_floor.json` after a
change that improves the scores.
"""
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from conftest import EVAL, read_jsonl

from skyledger.extract import extract
from skyledger.models import Document, claim_to_json

FLOOR = json.loads((Path(__file__).parent / "accuracy_floor.json").read_text())
SETS = {
    "en": ["dev/en.jsonl", "dev/hard_en.jsonl", "seed/seed.jsonl"],
    "uk": ["dev/uk.jsonl", "dev/hard_uk.jsonl"],
    "ru": ["dev/ru.jsonl", "dev/hard_ru.jsonl"],
    # our own texts with gold (absolute paths: EVAL / path gives the path itself)
    **{f"probe-{lang}": [str(path) for path in sorted((Path(__file__).parent / "probes").glob(f"{lang}*.jsonl"))]
       for lang in ("en", "uk", "ru")},
}


def score(files, tmp_path):
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for name in files:
            for record in read_jsonl(EVAL / name):
                doc = Document(text=record["text"], lang=record.get("lang"), source=record.get("source"),
                               published=date.fromisoformat(record["published"]))
                claims = [claim_to_json(c) for c in extract(doc)]
                out.write(json.dumps({"id": record["id"], "claims": claims}, ensure_ascii=False) + "\n")
    result = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), "--gold", *[str(EVAL / f) for f in files], "--pred", str(pred), "--json"],
        capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


@pytest.mark.parametrize("lang", sorted(SETS))
def test_dev_f1_does_not_fall_below_the_floor(lang, tmp_path):
    figures = score(SETS[lang], tmp_path)
    for kind, floor in FLOOR[lang].items():
        got = figures[f"strict/all/{kind}"]["f1"]
        assert got >= floor - 1e-9, f"{lang} strict {kind} F1 fell to {got} (floor {floor})"


def test_founding_article_is_read_exactly(tmp_path):
    figures = score(["seed/seed.jsonl"], tmp_path)
    assert figures["strict/all/all"]["f1"] == 1.0
    assert figures["secondary_agreement"]["qualifier"] == 1.0

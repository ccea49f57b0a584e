"""Reading inputs and ingesting them, bad input included, through the CLI as a user runs it."""
import json
from datetime import date

from conftest import run_cli

from skyledger.ingest.readers import ReadError, read_paths
from skyledger.store import Ledger

WIRE = "Russia launched 60 drones at Ukraine overnight, the air force said. Forty were shot down."
HTML = """<!doctype html><html lang="en"><head><title>Night raid on Odesa</title>
<meta property="article:published_time" content="2025-04-27T09:41:00+03:00"></head>
<body><nav>Home | News | Regions | Sport | Weather</nav>
<article><h1>Night raid on Odesa</h1>
<p>Russian forces attacked the Odesa region with 28 strike drones overnight, and air defence destroyed 24 of them,
the regional administration said on Sunday morning. Debris damaged two houses on the edge of the city.</p>
<p>Across Ukraine, Russia launched 149 drones overnight, the air force said, and most were shot down or
lost to electronic warfare before they reached their targets.</p></article>
<footer>Subscribe to our newsletter. Cookie settings. Contacts.</footer></body></html>"""


def _files(tmp_path):
    (tmp_path / "wire.txt").write_text("published: 2025-05-03\n" + WIRE, encoding="utf-8")
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    lines = [
        json.dumps({"text": "Seven drones were shot down over the Kursk region.", "published": "2025-05-04",
                    "lang": "en", "source": "wire"}),
        "{not json",
        json.dumps({"published": "2025-05-05"}),
        json.dumps({"text": "Die Ukraine meldete in der Nacht einen Angriff mit vielen Drohnen.", "published": "2025-05-05"}),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("Kharkiv: tr\xe8s grave".encode("latin-1"))


def test_readers_yield_documents_and_errors(tmp_path):
    _files(tmp_path)
    items = list(read_paths([tmp_path, tmp_path / "missing.txt"]))
    docs = [i for i in items if not isinstance(i, ReadError)]
    errors = [str(i) for i in items if isinstance(i, ReadError)]
    by_name = {d.origin.split("/")[-1]: d for d in docs}
    assert by_name["wire.txt"].published == date(2025, 5, 3)
    assert by_name["wire.txt"].text.startswith("Russia launched 60 drones")
    page = by_name["page.html"]
    assert page.published == date(2025, 4, 27) and page.title == "Night raid on Odesa"
    assert "28 strike drones" in page.text and "Cookie settings" not in page.text
    assert by_name["batch.jsonl:1"].source == "wire"
    assert any(e.endswith("batch.jsonl:2: not JSON (Expecting property name enclosed in double quotes)") for e in errors)
    assert any(e.endswith('batch.jsonl:3: no "text" field') for e in errors)
    assert any(e.endswith("empty.txt: empty file") for e in errors)
    assert any(e.endswith("binary.txt: binary file, not text") for e in errors)
    assert any(e.endswith("latin1.txt: not UTF-8 text (byte 0xe8 at offset 11)") for e in errors)
    assert any(e.endswith("missing.txt: no such file or folder") for e in errors)


def test_leading_date_line_of_a_text_file(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2025-06-12 Kyiv was attacked overnight.", encoding="utf-8")
    [doc] = list(read_paths([tmp_path / "a.txt"]))
    assert doc.published == date(2025, 6, 12) and doc.text == "Kyiv was attacked overnight."


def test_cli_ingest_bad_batch_goes_on_and_keeps_what_is_stored(tmp_path):
    db = str(tmp_path / "l.db")
    first = tmp_path / "first"
    first.mkdir()
    (first / "a.txt").write_text("published: 2025-05-01\nRussia launched 12 drones at Ukraine overnight.", encoding="utf-8")
    assert run_cli("ingest", str(first), "--db", db).returncode == 0

    (tmp_path / "second").mkdir()
    _files(tmp_path / "second")
    result = run_cli("ingest", str(tmp_path / "second"), "--db", db)
    assert result.returncode == 1
    err_lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(err_lines) == 5 and all("second/" in line for line in err_lines)
    assert "language 'de' is not read" in result.stderr
    ledger = Ledger(db)
    # a.txt from the first run, plus wire.txt, page.html, batch.jsonl:1 and the German one (flagged)
    assert ledger.counts()["documents"] == 5
    german = [d for d in ledger.documents() if d["lang"] == "de"]
    assert german and german[0]["unsupported"] and german[0]["claim_count"] == 0

    again = run_cli("ingest", str(tmp_path / "second" / "wire.txt"), "--db", db)
    assert again.returncode == 0 and "1 already in the ledger" in again.stdout


def test_missing_date_is_warned_not_guessed(tmp_path):
    (tmp_path / "nodate.txt").write_text("Russia launched 12 drones at Ukraine overnight.", encoding="utf-8")
    db = str(tmp_path / "l.db")
    result = run_cli("ingest", str(tmp_path / "nodate.txt"), "--db", db)
    assert result.returncode == 0
    assert "no publication date" in result.stderr
    assert all(c["date"] is None for c in Ledger(db).claims())
    dated = run_cli("ingest", str(tmp_path / "nodate.txt"), "--db", db, "--published", "2025-05-02", "--replace")
    assert dated.returncode == 0
    assert Ledger(db).documents()[0]["published"] == "2025-05-02"


def test_bad_published_option_is_a_usage_error(tmp_path):
    result = run_cli("ingest", str(tmp_path), "--published", "yesterday", "--db", str(tmp_path / "l.db"))
    assert result.returncode == 2 and "is not a date" in result.stderr

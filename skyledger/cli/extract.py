"""skyledger extract [INPUT] [-o OUTPUT]: stateless, JSONL in, SPEC claims out."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from skyledger.cli.app import app, err


@app.command()
def extract(
    input: Optional[Path] = typer.Argument(None, help="JSONL documents (id, text, published, lang); stdin if omitted or '-'."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write here instead of stdout."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language of documents that do not name one."),
):
    """Extract claims from JSONL documents, one output line per document: {"id": ..., "claims": [...]}."""
    from skyledger.extract import extract as extract_claims
    from skyledger.ingest import prepare
    from skyledger.ingest.language import is_supported
    from skyledger.ingest.readers import ReadError, read_stream
    from skyledger.models import claim_to_json

    if input is None or str(input) == "-":
        name, text = "<stdin>", sys.stdin.read()
    else:
        try:
            name, text = str(input), input.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            err.print(f"[red]error:[/red] {input}: cannot read ({error})", highlight=False)
            raise typer.Exit(1)
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    failures = 0
    try:
        for item in read_stream(name, text):
            if isinstance(item, ReadError):
                err.print(f"[red]error:[/red] {item}", highlight=False)
                failures += 1
                continue
            doc, _warnings = prepare(item, lang=lang)
            doc_id = doc.ref if doc.ref is not None else doc.id
            try:
                claims = extract_claims(doc) if is_supported(doc.lang) else []
            except Exception as error:  # one document's failure must not stop the stream
                err.print(f"[red]error:[/red] {doc.origin}: extraction failed ({type(error).__name__}: {error})",
                          highlight=False)
                failures += 1
                claims = []
            record = {"id": doc_id, "lang": doc.lang, "claims": [claim_to_json(c) for c in claims]}
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if output:
            sink.close()
    if failures:
        raise typer.Exit(1)

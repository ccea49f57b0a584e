"""Extraction: from a document's text to claims with provenance.

    from skyledger.extract import extract
    claims = extract(Document(text=..., published=date(2025, 6, 12), lang="en"))

The work is done by a pipeline of small components (see ``pipeline.py``);
language data (lexicons, patterns, gazetteer) lives in ``skyledger/lang``.

An ordinary install compiles this package with mypyc (setup.py); ``compiled()`` tells whether
this process runs the compiled form.
"""
from __future__ import annotations

import gc

from skyledger.models import ClaimBase, Document

EXTRACTOR_VERSION = "0.1.0"


def extract(document: Document) -> list[ClaimBase]:
    from skyledger.extract.pipeline import run

    # Extraction makes tens of thousands of small short-lived objects and no reference cycles
    # that outlive it; the collector's passes over them (and over the loaded language data)
    # took a twentieth of the time. It is paused for the document and resumed as it was.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return run(document)
    finally:
        if enabled:
            gc.enable()


def compiled() -> bool:
    """Is the extractor running as mypyc-compiled code?"""
    return not __file__.endswith(".py")


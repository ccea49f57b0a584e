"""The extraction pipeline (placeholder until the components land)."""
from __future__ import annotations

from skyledger.models import ClaimBase, Document


def run(document: Document) -> list[ClaimBase]:
    return []

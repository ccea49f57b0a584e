"""Source priority: which figure is shown when sources disagree.

A figure is ranked first by its *tier*, found from the claimant (who asserts
the figure) and, when the text names none, from the document's source. The
tables below are data; edit them, not the machinery.

    tier 1  primary official: the Air Force, the Defence Ministry, the General
            Staff, regional governors and military administrations, mayors
    tier 2  other named officials (the president, ministers, other bodies)
    tier 3  wire services
    tier 4  everything else (local news, digests, analysis, unknown)

Within a tier, an exact figure beats an approximate one, and a later document
beats an earlier one; a later update from the *same* source supersedes the
earlier figure outright (see ``figures.choose``).
"""
from __future__ import annotations

import re
from functools import lru_cache

PRIMARY, OFFICIAL, WIRE, OTHER = 1, 2, 3, 4

# Claimant patterns (regular expressions, case-insensitive, searched in order).
CLAIMANT_TIERS: list[tuple[str, int]] = [
    (r"^UA Air Force$", PRIMARY),
    (r"^RU Ministry of Defen[cs]e$", PRIMARY),
    (r"^UA General Staff$", PRIMARY),
    (r"^UA Navy$", PRIMARY),
    (r"regional (governor|military administration|administration|authorities|officials)\b", PRIMARY),
    (r"\bgovernor\b", PRIMARY),
    (r"\bmayor$", PRIMARY),
    (r"\bcity (officials|military administration)$", PRIMARY),
    (r"^head of ", PRIMARY),
    (r"emergenc(y|ies) (ministry|service)", PRIMARY),
    (r"^Zelensk", OFFICIAL),
]
UNKNOWN_CLAIMANT_TIER = OFFICIAL  # someone is named, but not one of the above

# Document sources (free text: a kind of source or an outlet name), lower-cased.
SOURCE_TIERS: dict[str, int] = {
    "air_force": PRIMARY, "defence_ministry": PRIMARY, "defense_ministry": PRIMARY, "general_staff": PRIMARY,
    "governor": PRIMARY, "military_administration": PRIMARY,
    "wire": WIRE, "reuters": WIRE, "ap": WIRE, "associated press": WIRE, "afp": WIRE, "dpa": WIRE,
    "ukrinform": WIRE, "interfax": WIRE, "interfax-ukraine": WIRE, "tass": WIRE, "ria novosti": WIRE,
    "efe": WIRE, "ansa": WIRE, "bloomberg": WIRE,
    "local_news": OTHER, "digest": OTHER, "analysis": OTHER,
}
UNKNOWN_SOURCE_TIER = OTHER

_CLAIMANT_PATTERNS = [(re.compile(p, re.I), tier) for p, tier in CLAIMANT_TIERS]


def claimant_tier(claimant: str | None) -> int | None:
    if not claimant:
        return None
    for pattern, tier in _CLAIMANT_PATTERNS:
        if pattern.search(claimant):
            return tier
    return UNKNOWN_CLAIMANT_TIER


@lru_cache(maxsize=4096)
def source_tier(source: str | None) -> int:
    if not source:
        return UNKNOWN_SOURCE_TIER
    return SOURCE_TIERS.get(source.strip().lower(), UNKNOWN_SOURCE_TIER)


@lru_cache(maxsize=4096)  # a ledger has few distinct claimants and sources, and many claims
def tier(claimant: str | None, source: str | None) -> int:
    """Claimant first; the document's source only when the text names no claimant."""
    by_claimant = claimant_tier(claimant)
    return by_claimant if by_claimant is not None else source_tier(source)


@lru_cache(maxsize=4096)
def voice(claimant: str | None, source: str | None) -> str:
    """Who speaks, for 'a later update from the same source': the claimant, else the outlet."""
    if claimant:
        return "claimant:" + claimant.strip().lower()
    return "source:" + (source or "unknown").strip().lower()

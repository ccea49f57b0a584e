"""The data model: documents and the claims read from them.

Every claim carries its provenance (`Evidence`: the character span of the
figure, the sentence that asserts it) and, where the text names one, its
claimant ("UA Air Force", "RU Ministry of Defence", a governor).

The two scored kinds, `air_attack` and `casualties`, follow the benchmark
contract in ``shared/eval/SPEC.md`` field for field; the other kinds hold the
events around the attacks (statements, talks, meetings, visits, sanctions,
ground fighting).
"""
from __future__ import annotations

import hashlib
import re
from datetime import date as Date
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

Side = Literal["RU", "UA"]
Weapon = Literal["drone", "missile", "guided_bomb", "rocket", "naval_drone", "any"]
Metric = Literal["launched", "defeated", "lost", "hit"]
Qualifier = Literal["exact", "about", "at_least", "at_most"]
Outcome = Literal["killed", "injured"]
Population = Literal["civilian", "military", "children"]

SCORED_KINDS = ("air_attack", "casualties")
KINDS = SCORED_KINDS + ("statement", "talks", "meeting", "visit", "sanction", "ground_action")


def document_id(text: str) -> str:
    """A stable id from the content: the same text always gets the same id.

    Whitespace is normalised first so that a copy re-wrapped by another
    reader (HTML vs plain text) is still the same document.
    """
    normal = re.sub(r"\s+", " ", text).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


class Document(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str = ""
    text: str
    url: str | None = None
    source: str | None = None  # outlet or kind of source: "wire", "air_force", "Reuters" ...
    title: str | None = None
    published: Date | None = None
    lang: str | None = None
    origin: str | None = None  # where it was read from: "path" or "path:line"
    ref: str | None = None  # the id the input gave it, if any (kept apart from our content id)

    def model_post_init(self, __context) -> None:
        if not self.id:
            self.id = document_id(self.text)


class Evidence(BaseModel):
    """Where in the document a claim is asserted."""

    start: int  # span of the figure itself
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int


class ClaimBase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date: Date | None = None
    claimant: str | None = None
    evidence: Evidence | None = None


class AirAttack(ClaimBase):
    kind: Literal["air_attack"] = "air_attack"
    attacker: Side | None = None
    target: Side | None = None
    weapon: Weapon
    weapon_type: str | None = None
    metric: Metric
    count: int = Field(ge=0)
    qualifier: Qualifier = "exact"
    region: str | None = None


class Casualties(ClaimBase):
    kind: Literal["casualties"] = "casualties"
    outcome: Outcome
    count: int = Field(ge=0)
    qualifier: Qualifier = "exact"
    region: str | None = None
    attacker: Side | None = None
    population: Population | None = None


class Statement(ClaimBase):
    kind: Literal["statement"] = "statement"
    speaker: str | None = None
    role: str | None = None
    quote: str


class Talks(ClaimBase):
    kind: Literal["talks"] = "talks"
    parties: list[str] = []
    place: str | None = None
    description: str | None = None


class Meeting(ClaimBase):
    kind: Literal["meeting"] = "meeting"
    parties: list[str] = []
    place: str | None = None
    description: str | None = None


class Visit(ClaimBase):
    kind: Literal["visit"] = "visit"
    person: str | None = None
    role: str | None = None
    place: str | None = None


class SanctionValue(BaseModel):
    amount: float
    currency: str | None = None  # ISO 4217
    unit: str | None = None  # "barrel", ...
    status: Literal["in_force", "proposed", "demanded", "other"] = "other"
    holder: str | None = None  # who holds this value: "EU", "Zelenskyy"


class Sanction(ClaimBase):
    kind: Literal["sanction"] = "sanction"
    measure: str
    target: str | None = None
    values: list[SanctionValue] = []


class GroundAction(ClaimBase):
    kind: Literal["ground_action"] = "ground_action"
    actor: Side | None = None
    area: str | None = None
    description: str


Claim = Annotated[
    Union[AirAttack, Casualties, Statement, Talks, Meeting, Visit, Sanction, GroundAction],
    Field(discriminator="kind"),
]


def claim_to_json(claim: ClaimBase) -> dict:
    """The SPEC form of a claim: every field present (null where unknown), dates as ISO."""
    return claim.model_dump(mode="json")

"""A document's text as HTML, with the sentences and figures of its claims marked.

Claims often share a sentence (launched and defeated in one line) and their
spans may overlap, so the text is cut at every span boundary and each piece
is marked by what covers it, rather than by nesting tags.
"""
from __future__ import annotations

from html import escape

from markupsafe import Markup


def _spans(claims: list[dict], length: int, focus: set[str]) -> list[tuple[int, int, str, str]]:
    """(start, end, what, claim id) for every usable sentence and figure span; offsets out of the text are dropped."""
    out = []
    for c in claims:
        ev = c.get("evidence") or {}
        for start_key, end_key, what in (("sentence_start", "sentence_end", "sentence"), ("start", "end", "figure")):
            start, end = ev.get(start_key), ev.get(end_key)
            if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length:
                out.append((start, end, what, c["id"]))
                if what == "sentence" and c["id"] in focus:
                    out.append((start, end, "focus", c["id"]))
    return out


def highlight(text: str, claims: list[dict], *, focus: set[str] | None = None) -> Markup:
    """HTML of ``text``: <mark> on claim sentences (``focus`` ones stronger), <b> on the figures.

    Every claim with a sentence gets an anchor ``claim-<id>`` where its sentence starts.
    """
    spans = _spans(claims, len(text), focus or set())
    cuts = sorted({0, len(text), *(s[0] for s in spans), *(s[1] for s in spans)})
    anchors: dict[int, list[str]] = {}
    for start, _end, what, claim_id in spans:
        if what == "sentence":
            anchors.setdefault(start, [])
            if claim_id not in anchors[start]:
                anchors[start].append(claim_id)
    runs: list[list] = []  # [mark kind or "", html]: neighbouring pieces under the same mark share one tag
    for a, b in zip(cuts, cuts[1:]):
        for claim_id in anchors.get(a, []):
            runs.append(["", f'<span id="claim-{escape(claim_id)}" class="anchor"></span>'])
        covering = {what for start, end, what, _ in spans if start <= a and b <= end}
        piece = escape(text[a:b])
        if "figure" in covering:
            piece = f'<b class="figure">{piece}</b>'
        kind = ("focus" if "focus" in covering else "sentence") if "sentence" in covering else ""
        if runs and runs[-1][0] == kind:
            runs[-1][1] += piece
        else:
            runs.append([kind, piece])
    html = "".join(f'<mark class="{kind}">{body}</mark>' if kind else body for kind, body in runs)
    return Markup(html)

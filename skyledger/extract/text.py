"""Splitting a document into sentences and tokens, keeping character offsets.

Reports are line-oriented (Air Force lists, Defence Ministry per-region
lists, digests with bullets), so every line starts a new sentence, and a
line's sentences are split at terminal punctuation that is not part of an
abbreviation ("Jan.", "U.S.", "обл.", "тис.").
"""
from __future__ import annotations

import re
import unicodedata

from skyledger.lang.morph import MORPH_LANGS, lemmas, normalise

# Order matters: a number glued to a word ("28-year-old", "12-річна") is one
# word token; then numbers with thousands separators ("1,200", "5 438");
# then words, which may carry hyphens, apostrophes and "/69" ("Х-59/69").
_TOKEN = re.compile(
    r"""
    (?P<word>(?:\d{1,3}(?:,\d{3})+|\d+)(?:-[^\W\d_][\w]*)+|\d+(?:st|nd|rd|th)\b|(?:[A-Z]\.){2,}(?:-[^\W\d_]+)?)
  | (?P<num>\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?![\d,.]\d)|\d+(?:[.,]\d+)?)
  | (?P<w>[^\W_](?:[\w]|[-'’ʼ](?=\w)|/(?=\d))*)
  | (?P<p>\S)
    """,
    re.VERBOSE,
)
_TOKEN_TEXT = re.compile(re.sub(r"\(\?P<\w+>", "(?:", _TOKEN.pattern), re.VERBOSE)

_ABBREVIATIONS = {
    # English
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mr", "mrs", "ms", "dr", "st", "no", "vs", "gen", "col", "lt", "u.s", "u.k", "a.m", "p.m", "e.g", "i.e",
    "approx", "est", "inc", "co", "corp", "gov", "sen", "rep", "capt", "maj", "sgt",
    # Ukrainian / Russian
    "обл", "м", "с", "смт", "р", "рр", "г", "гг", "ул", "вул", "тис", "тыс", "млн", "млрд", "грн", "руб",
    "пгт", "д", "пос", "им", "т", "н", "ст", "див", "см", "напр", "км",
}

# "Crimea.[1] The". One end mark, then any more: the same as "[.!?…]+", but sre then looks for the first
# with its fast scan of a set instead of trying the repeat at every character.
_SENTENCE_END = re.compile(r"[.!?…][.!?…]*[\"'”»)]*(?:\[\d+\])?(?=\s+[\"'“«(\[]?[A-ZА-ЯІЇЄҐЁ0-9–—•▪■☑›→-])")
# What joins the items of a list in the three languages: a comma or "and" ("Bryansk, Kursk and
# Oryol", "7 і 12", "водія та пасажира")
LIST_JOINS = frozenset({",", "and", "і", "та", "й", "и"})
_BULLET = re.compile(r"^\s*(?:[–—•▪■☑›→·*]|-\s|\d+[.)]\s|▪️|☑️)")


class Token:
    """One token with its offsets; a plain class, not a NamedTuple, because compiled code reads
    its fields directly and every component reads them many times."""

    __slots__ = ("text", "start", "end", "norm", "lemmas", "kind", "keys")

    def __init__(self, text: str, start: int, end: int, norm: str, lemmas: tuple[str, ...], kind: str,
                 keys: tuple[str, ...]) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.norm = norm  # lower case, one apostrophe, ё as е
        self.lemmas = lemmas  # possible normal forms (uk/ru); (norm,) otherwise
        self.kind = kind  # "num", "word" or "punct"
        self.keys = keys  # norm and lemmas, once each: what phrase and place indexes are probed with

    @property
    def lemma(self) -> str:
        return self.lemmas[0]

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.kind})"


class Sentence:
    """One sentence of a document: its text, offsets, place in the layout and tokens. A plain
    class: compiled code builds one per sentence, and a dataclass's generated __init__ runs as
    interpreted Python."""

    __slots__ = ("text", "start", "end", "line", "paragraph", "bullet", "first_in_line", "tokens")

    def __init__(self, text: str, start: int, end: int, line: int, paragraph: int, bullet: bool,
                 first_in_line: bool, tokens: list[Token] | None = None) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.line = line  # index of the source line
        self.paragraph = paragraph  # index of the blank-line separated block
        self.bullet = bullet  # the line is a list item ("– 3 Kh-47M2 ...", "• Russia launched ...")
        self.first_in_line = first_in_line
        self.tokens: list[Token] = tokens if tokens is not None else []

    def span_text(self, start: int, end: int) -> str:
        return self.text[start - self.start : end - self.start]


# A token's text decides its kind, norm and lemmas, and a whitespace-free chunk of text decides
# its tokens, so each distinct chunk is read once per language (as spaCy's tokenizer does):
# chunk -> ((text, start offset, end offset, norm, lemmas, kind, keys), ...), offsets within
# the chunk ("Kyiv's" is "Kyiv" + "'s"; "(Kharkiv)," is four tokens).
Part = tuple[str, int, int, str, tuple[str, ...], str, tuple[str, ...]]  # typed, so compiled code unboxes it
_CHUNK_CACHE: dict[str, dict[str, tuple[Part, ...]]] = {}
_KINDS = {"num": "num", "p": "punct", "word": "word", "w": "word"}
_CACHE_LIMIT = 500_000
# "5 438", "1\u00a0200": the one token that spans a space, so a text with one is read whole
_SPACED_NUMBER = re.compile(r"\d[\u00a0\u202f\u2009 ]\d{3}")


def _read(raw: str, lang: str) -> tuple[Part, ...]:
    kind = _KINDS[_TOKEN.fullmatch(raw).lastgroup]  # type: ignore[index, union-attr]
    if lang == "en" and kind == "word" and raw[-2:] in ("'s", "’s") and len(raw) > 2:
        # English possessive: "Kyiv's" is "Kyiv" + "'s"
        stem = normalise(raw[:-2])
        cut = len(raw) - 2
        return ((raw[:-2], 0, cut, stem, (stem,), kind, (stem,)), (raw[-2:], cut, len(raw), "'s", ("'s",), kind, ("'s",)))
    norm = normalise(raw)
    known = lemmas(norm, lang) if kind == "word" and lang in MORPH_LANGS else (norm,)
    keys = known if known == (norm,) else tuple(dict.fromkeys((norm, *known)))
    return ((raw, 0, len(raw), norm, known, kind, keys),)


def _read_chunk(chunk: str, lang: str) -> tuple[Part, ...]:
    """The token parts of a stretch of text, offsets relative to its start."""
    out: list[Part] = []
    pos = 0
    # findall and str.find instead of match objects: the tokens cover every non-space
    # character in order, so each token's text is found at or after the previous one's end.
    for raw in _TOKEN_TEXT.findall(chunk):
        pos = chunk.find(raw, pos)
        for raw_part, a, b, norm, known, kind, keys in _read(raw, lang):
            out.append((raw_part, pos + a, pos + b, norm, known, kind, keys))
        pos += len(raw)
    return tuple(out)


def _symbol_led(line: str) -> bool:
    """A line led by a pictograph ("📍 Чугуївський район: ...", "🔸 ...") or a geometric shape
    ("◾️ 34 – over ...", some of which Unicode files as mathematical symbols): a list item."""
    head = line.lstrip()[:1]
    return bool(head) and (unicodedata.category(head) == "So" or "\u25a0" <= head <= "\u25ff")


def tokenize(text: str, offset: int, lang: str) -> list[Token]:
    tokens: list[Token] = []
    cache = _CHUNK_CACHE.setdefault(lang, {})
    whole = _SPACED_NUMBER.search(text) is not None
    chunks = [text] if whole else text.split()
    pos = 0
    for chunk in chunks:
        pos = text.find(chunk, pos)
        parts = cache.get(chunk)
        if parts is None:
            parts = _read_chunk(chunk, lang)
            if len(cache) < _CACHE_LIMIT and not whole:
                cache[chunk] = parts
        start = pos + offset
        for raw_part, a, b, norm, known, kind, keys in parts:
            tokens.append(Token(raw_part, start + a, start + b, norm, known, kind, keys))
        pos += len(chunk)
    return tokens


_LAST_WORD = re.compile(r"([\w.]+)$")


def _line_sentences(line: str) -> list[tuple[int, int]]:
    """Sentence spans inside one line, relative to the line."""
    spans, begin = [], 0
    for m in _SENTENCE_END.finditer(line):
        before = line[max(begin, m.start() - 24) : m.start()]  # an abbreviation is short: its tail is enough
        last_word = _LAST_WORD.search(before)
        if last_word:
            word = last_word.group(1).lower().rstrip(".")
            glued = before[:last_word.start()].endswith("-")  # "Іскандер-К.", "Iskander-K.": a name's end, not an initial
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha() and not glued):
                continue
        spans.append((begin, m.end()))
        begin = m.end()
    spans.append((begin, len(line)))
    return spans


_FIGURE_LINE = re.compile(r"^\s*(?:\w+\s+){0,2}\d[\d,.\u00a0 ]*\+?\s*$")  # "93", "Almost 200", "1,400+"


def _lines(text: str) -> list[tuple[int, str]]:
    """The text's lines with their offsets; a line that is only a figure joins the lower-case line
    after it ("93\nmissiles fired at Ukraine in Friday's attack"), as digests set big numbers apart."""
    raw = text.split("\n")
    out: list[tuple[int, str]] = []
    pos, i = 0, 0
    while i < len(raw):
        line = raw[i]
        if i + 1 < len(raw) and _FIGURE_LINE.match(line) and raw[i + 1][:1].islower():
            out.append((pos, line + " " + raw[i + 1]))  # the newline becomes a space: offsets stay the same
            pos += len(line) + len(raw[i + 1]) + 2
            i += 2
            continue
        out.append((pos, line))
        pos += len(line) + 1
        i += 1
    return out


def sentences(text: str, lang: str) -> list[Sentence]:
    result: list[Sentence] = []
    paragraph = 0
    for line_no, (line_start, line) in enumerate(_lines(text)):
        if not line.strip():
            paragraph += 1
            continue
        bullet = bool(_BULLET.match(line)) or _symbol_led(line)
        first = True
        for s, e in _line_sentences(line):
            chunk = line[s:e]
            stripped = chunk.strip()
            if not stripped:
                continue
            lead = len(chunk) - len(chunk.lstrip())
            start = line_start + s + lead
            end = start + len(stripped)
            sent = Sentence(stripped, start, end, line_no, paragraph, bullet, first)
            sent.tokens = tokenize(stripped, start, lang)
            result.append(sent)
            first = False
    return result


def bracket_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """(open, close) token indexes of each round bracket pair, innermost not nested."""
    spans, opened = [], None
    for k, t in enumerate(tokens):
        if t.norm == "(":
            opened = k
        elif t.norm == ")" and opened is not None:
            spans.append((opened, k))
            opened = None
    return spans

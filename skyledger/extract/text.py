"""Splitting a document into sentences and tokens, keeping character offsets.

Reports are line-oriented (Air Force lists, Defence Ministry per-region
lists, digests with bullets), so every line starts a new sentence, and a
line's sentences are split at terminal punctuation that is not part of an
abbreviation ("Jan.", "U.S.", "обл.", "тис.").
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any, Callable

from skyledger.lang.morph import MORPH_LANGS, lemmas, normalise

# Order matters: a number glued to a word ("28-year-old", "12-річна") is one
# word token; then numbers with thousands separators ("1,200", "5 438");
# then words, which may carry hyphens, apostrophes and "/69" ("Х-59/69").
_TOKEN = re.compile(
    r"""
    (?P<word>(?:\d{1,3}(?:,\d{3})+|\d+)(?:-[^\W\d_][\w]*)+|\d+(?:st|nd|rd|th)\b|(?:[A-Z]\.){2,}(?:-[^\W\d_]+)?)
  | (?P<num>\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?![\d,.]\d)|\d+(?:[.,]\d+)?)
  | (?P<w>[^\W_](?:[\w]|[-'’ʼ](?=\w)|/(?=\d)|\u00ad\u00ad(?=\w))*)
  | (?P<p>\S)
    """,
    re.VERBOSE,
)
_TOKEN_TEXT = re.compile(re.sub(r"\(\?P<\w+>", "(?:", _TOKEN.pattern), re.VERBOSE)

_ABBREVIATIONS = {
    # English
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mr", "mrs", "ms", "dr", "st", "no", "vs", "gen", "col", "lt", "u.s", "u.k", "a.m", "p.m", "e.g", "i.e",
    "approx", "est", "inc", "incl", "co", "corp", "gov", "sen", "rep", "capt", "maj", "sgt",
    # Ukrainian / Russian
    "обл", "м", "с", "смт", "р", "рр", "г", "гг", "ул", "вул", "тис", "тыс", "млн", "млрд", "грн", "руб",
    "пгт", "д", "пос", "им", "т", "н", "ст", "див", "см", "напр", "км", "т.ч", "т.д", "т.п", "т.е",
}

# "Crimea.[1] The". One end mark, then any more: the same as "[.!?…]+", but sre then looks for the first
# with its fast scan of a set instead of trying the repeat at every character.
_SENTENCE_END = re.compile(r"[.!?…][.!?…]*[\"'”»)]*(?:\[\d+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?: [¹²³⁴⁵⁶⁷⁸⁹⁰]+)*)?(?=\s+[\"'“«(\[]?[A-ZА-ЯІЇЄҐЁ0-9–—•▪■☑›→-])")
# What joins the items of a list in the three languages: a comma or "and" ("Bryansk, Kursk and
# Oryol", "7 і 12", "водія та пасажира")
LIST_JOINS = frozenset({",", "and", "і", "та", "й", "и"})
_BULLET = re.compile(r"^\s*(?:[–—•▪■☑›→·*]|-\s|\d+(?:\.\d+)*[.)]\s|▪️|☑️)")


class Lexeme:
    """One distinct spelling in a language, shared by all its tokens (as spaCy's tokens share
    their vocabulary entry): its norm, normal forms and kind, worked out once, and `flags`, what
    the word may be or begin (a number, a date, a cue), worked out the first time a sentence
    with it is read (prepare) for the language data in `owner`."""

    __slots__ = ("text", "norm", "lemmas", "kind", "keys", "owner", "flags")

    def __init__(self, text: str, norm: str, lemmas: tuple[str, ...], kind: str, keys: tuple[str, ...]) -> None:
        self.text = text
        self.norm = norm
        self.lemmas = lemmas
        self.kind = kind
        self.keys = keys
        self.owner: object = None
        self.flags = 0


# The tests a word's flags answer, one bit each: registered by the components that read them
# (new_flag), asked once per word and language data (prepare).
_FLAG_TESTS: list[Callable[[Lexeme, Any], bool]] = []


def new_flag(test: Callable[[Lexeme, Any], bool]) -> int:
    """Registers test(lexeme, language data) and returns the bit of Lexeme.flags that holds its answer."""
    _FLAG_TESTS.append(test)
    for known in _LEXEMES.values():  # flags worked out before this test was known are incomplete
        for lex in known.values():
            lex.owner = None
    return 1 << (len(_FLAG_TESTS) - 1)


def prepare(tokens: list[Token], data: object) -> None:
    """Sets the flags of the sentence's words not yet seen with this language data."""
    for t in tokens:
        lex = t.lex
        if lex.owner is not data:
            flags = 0
            for bit, test in enumerate(_FLAG_TESTS):
                if test(lex, data):
                    flags |= 1 << bit
            lex.flags = flags
            lex.owner = data


class Token:
    """One token with its offsets; a plain class, not a NamedTuple, because compiled code reads
    its fields directly and every component reads them many times."""

    __slots__ = ("text", "start", "end", "norm", "lemmas", "kind", "keys", "lex")

    def __init__(self, start: int, end: int, lex: Lexeme) -> None:
        self.text = lex.text
        self.start = start
        self.end = end
        self.norm = lex.norm  # lower case, one apostrophe, ё as е
        self.lemmas = lex.lemmas  # possible normal forms (uk/ru); (norm,) otherwise
        self.kind = lex.kind  # "num", "word" or "punct"
        self.keys = lex.keys  # norm and lemmas, once each: what phrase and place indexes are probed with
        self.lex = lex

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
# chunk -> ((start offset, end offset, lexeme), ...), offsets within the chunk ("Kyiv's" is
# "Kyiv" + "'s"; "(Kharkiv)," is four tokens). Each distinct token text is one Lexeme.
Part = tuple[int, int, Lexeme]  # typed, so compiled code unboxes it
_CHUNK_CACHE: dict[str, dict[str, tuple[Part, ...]]] = {}
_LEXEMES: dict[str, dict[str, Lexeme]] = {}
_KINDS = {"num": "num", "p": "punct", "word": "word", "w": "word"}
_CACHE_LIMIT = 500_000
# "5 438", "1\u00a0200": the one token that spans a space, so a text with one is read whole
_SPACED_NUMBER = re.compile(r"\d[\u00a0\u202f\u2009 ]\d{3}")


def lexeme(raw: str, lang: str, possessor: bool = False) -> Lexeme:
    """The one Lexeme of a token text ("Kyiv", "'s", "ракетами") in a language."""
    known = _LEXEMES.setdefault(lang, {})
    key = "\0" + raw if possessor else raw
    lex = known.get(key)
    if lex is None:
        lex = _make_lexeme(raw, lang, possessor)
        if len(known) < _CACHE_LIMIT:
            known[key] = lex
    return lex


def _make_lexeme(raw: str, lang: str, possessor: bool) -> Lexeme:
    norm = normalise(raw)
    if possessor or raw in ("'s", "’s"):
        # "Kyiv" of "Kyiv's" is a word whatever it looks like, and "'s" a word of its own
        return Lexeme(raw, norm, (norm,), "word", (norm,))
    kind = _KINDS[_TOKEN.fullmatch(raw).lastgroup]  # type: ignore[index, union-attr]
    known = lemmas(norm, lang) if kind == "word" and lang in MORPH_LANGS else (norm,)
    keys = known if known == (norm,) else tuple(dict.fromkeys((norm, *known)))
    return Lexeme(raw, norm, known, kind, keys)


def _read(raw: str, lang: str) -> tuple[Part, ...]:
    if lang == "en" and raw[-2:] in ("'s", "’s") and len(raw) > 2 and _KINDS[_TOKEN.fullmatch(raw).lastgroup] == "word":  # type: ignore[index, union-attr]
        # English possessive: "Kyiv's" is "Kyiv" + "'s"
        cut = len(raw) - 2
        return ((0, cut, lexeme(raw[:-2], lang, possessor=True)), (cut, len(raw), lexeme(raw[-2:], lang)))
    return ((0, len(raw), lexeme(raw, lang)),)


def _read_chunk(chunk: str, lang: str) -> tuple[Part, ...]:
    """The token parts of a stretch of text, offsets relative to its start."""
    out: list[Part] = []
    pos = 0
    # findall and str.find instead of match objects: the tokens cover every non-space
    # character in order, so each token's text is found at or after the previous one's end.
    for raw in _TOKEN_TEXT.findall(chunk):
        pos = chunk.find(raw, pos)
        for a, b, lex in _read(raw, lang):
            out.append((pos + a, pos + b, lex))
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
        for a, b, lex in parts:
            tokens.append(Token(start + a, start + b, lex))
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


def _broken_word(line: str) -> bool:
    """"безпілот-" at a line's end: a word broken there, as PDF text and print layouts have it."""
    return line.endswith("-") and len(line) > 1 and line[-2].isalpha()


_SENTENCE_CLOSE = tuple(".!?:;…»\"”)")


def _wrap_width(raw: list[str]) -> int:
    """How long a line broken for width is in this text: near its longest lines (the 90th percentile),
    and at least 40 characters. Text set in fixed-width lines has many lines about that long."""
    widths = sorted(len(line.rstrip()) for line in raw if line.strip())
    return max(40, int(0.7 * widths[(len(widths) - 1) * 9 // 10])) if widths else 40


def _runs_on(line: str, nxt: str, width: int) -> bool:
    """Does a sentence run on from a long line into the next, as in PDF bulletins and e-mail set in
    fixed-width lines ("two Kh-59/69 guided missiles\n  and 23 strike drones were launched")?"""
    end = line.rstrip().rstrip("¹²³⁴⁵⁶⁷⁸⁹⁰ ")
    head = nxt.lstrip()
    return len(end) >= width and not end.endswith(_SENTENCE_CLOSE) and head[:1].islower() \
        and not _BULLET.match(nxt)


def _lines(text: str) -> list[tuple[int, str]]:
    """The text's lines with their offsets; a line that is only a figure joins the lower-case line
    after it ("93\nmissiles fired at Ukraine in Friday's attack"), as digests set big numbers apart,
    and a word broken by a hyphen at a line's end is whole again."""
    raw = text.split("\n")
    width = _wrap_width(raw)
    # set in fixed-width lines: two lines or more break mid-clause, after a word; a list's lines end with commas
    wrapped = sum(1 for a, b in zip(raw, raw[1:]) if _runs_on(a, b, width) and a.rstrip()[-1:].isalnum()) >= 2
    out: list[tuple[int, str]] = []
    pos, i = 0, 0
    while i < len(raw):
        line = raw[i]
        while i + 1 < len(raw):
            if _broken_word(line) and raw[i + 1][:1].islower():
                # the hyphen and the newline become two soft hyphens, which a word may hold: offsets stay the same
                line = line[:-1] + "\u00ad\u00ad" + raw[i + 1]
            elif wrapped and _runs_on(line, raw[i + 1], width):
                line = line + " " + raw[i + 1]  # a sentence set over fixed-width lines: the newline becomes a space
            else:
                break
            i += 1
        if i + 1 < len(raw) and _FIGURE_LINE.match(line) and raw[i + 1][:1].islower():
            out.append((pos, line + " " + raw[i + 1]))  # the newline becomes a space: offsets stay the same
            pos += len(line) + len(raw[i + 1]) + 2
            i += 2
            continue
        if "..." in line or "……" in line:
            line = _LEADER.sub(_leader_as_dash, line)
        out.append((pos, line))
        pos += len(line) + 1
        i += 1
    return out


# "Poltava region ........ 14": dot leaders of a table join a row's name to its figure, as a dash would
_LEADER = re.compile(r"(?<=\S) ?(?:\.{4,}|…{2,})(?= *\d)|(?<= )(?:\.{3}|…)(?= +\d[\d,]*$)")


def _leader_as_dash(m: re.Match) -> str:
    return " " * (len(m.group()) - 1) + "—"  # the same length: offsets stay the same


# "4️⃣ Ніч на 2 березня.": a keycap numbers a list item; it is a mark, not a figure of the item
_KEYCAP = re.compile(r"\s*[0-9#*]\ufe0f?\u20e3\s*")
# "2.1. Харків, 12 вересня.", "3) ...": a list's number is a mark, so the item's sentence opens its line
_NUMBER_MARK = re.compile(r"\s*\d+(?:\.\d+)*[.)]\s+(?=\S)")
_RULE = re.compile(r"^\s*([^\w\s])\1{2,}\s*$")  # a line of one symbol, three times or more
_TURN = re.compile(r"^\s*[–—-]\s")  # "– Олег, что происходило в ночь на вторник?": a turn of an interview


def _dialogue(lines: list[tuple[int, str]]) -> bool:
    """An interview set as dialogue: two or more dash-led lines are questions. Its dashes lead
    turns of speech, not the items of a list."""
    return sum(1 for _start, line in lines if _TURN.match(line) and line.rstrip().endswith("?")) >= 2


def sentences(text: str, lang: str) -> list[Sentence]:
    result: list[Sentence] = []
    paragraph = 0
    lines = _lines(text)
    dialogue = _dialogue(lines)
    for line_no, (line_start, line) in enumerate(lines):
        if not line.strip():
            paragraph += 1
            continue
        if _RULE.match(line):
            continue  # "━━━━━━━━": a rule under a heading sets it apart; it is no list item
        keycap = _KEYCAP.match(line)
        mark = keycap or _NUMBER_MARK.match(line)
        skip = mark.end() if mark else 0
        bullet = keycap is not None or (
            not (dialogue and _TURN.match(line)) and (bool(_BULLET.match(line)) or _symbol_led(line)))
        first = True
        for s, e in _line_sentences(line):
            s = max(s, skip)
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

"""Weapon phrases: "63 Shahed-type attack UAVs and decoy drones of various types".

A weapon phrase is a run of modifiers, system names and head nouns that ends
in a head or a system name, optionally followed by "of the X, Y and other
types" / "типу X". Its class comes from its heads (several classes in one
phrase, "drones and missiles", make it `any`), its type from the system
names when there is exactly one.
"""
from __future__ import annotations


from skyledger.lang import LanguageData  # first: skyledger.lang imports phrases
from skyledger.extract.phrases import Match  # noqa: E402 (isort: skip)
from skyledger.extract.lexicon import terms
from skyledger.extract.text import Token


class WeaponPhrase:
    """A weapon phrase found in a sentence (a plain class, as PlaceMatch is)."""

    __slots__ = ("start", "end", "cls", "wtype", "types", "has_head", "generic")

    def __init__(self, start: int, end: int, cls: str, wtype: str | None, types: tuple, has_head: bool,
                 generic: bool = False) -> None:
        self.start = start
        self.end = end
        self.cls = cls  # drone, missile, guided_bomb, rocket, naval_drone, any
        self.wtype = wtype
        self.types = types
        self.has_head = has_head  # a head noun, not only a system name
        self.generic = generic  # a common noun heads it ("ракета", "дрон"), not only a system name ("«Калібр»")

    def __repr__(self) -> str:
        return f"WeaponPhrase({self.start}, {self.end}, {self.cls!r}, {self.wtype!r})"


def _longest(marks: list[Match], category: str) -> dict[int, Match]:
    """Marks of one category ("head" or "type") by start position: the longest at each, not
    overlapping, each with its value's payload (a class, or (class, canonical type))."""
    best: dict[int, Match] = {}
    for m in marks:
        if m.value[0] == category and (m.start not in best or m.end > best[m.start].end):
            best[m.start] = m
    out: dict[int, Match] = {}
    end = 0
    for start in sorted(best):
        if start >= end:
            m = best[start]
            out[start] = type(m)(m.start, m.end, m.value[1])
            end = m.end
    return out


def _is_modifier(token: Token, data: LanguageData) -> bool:
    if token.kind != "word":
        return False
    if token.norm.endswith("-type") or token.norm.endswith("-made"):
        return True
    return any(lemma in data.modifiers for lemma in token.lemmas) or token.norm in data.modifiers


def _followed_by_non_head(tokens: list[Token], end: int, data: LanguageData) -> bool:
    """"drone attack", "missile strike": the weapon word modifies another noun."""
    if end >= len(tokens):
        return False
    nxt = tokens[end]
    return any(lemma in data.not_heads for lemma in nxt.lemmas) or nxt.norm in data.not_heads


def find_weapons(tokens: list[Token], data: LanguageData, marks: list[Match]) -> list[WeaponPhrase]:
    """The weapon phrases in a sentence, from its marks (weapon heads and system names are
    marks, found in the same pass as every other cue)."""
    heads, types = _longest(marks, "head"), _longest(marks, "type")
    if not heads and not types:
        return []
    anchors = sorted(set(heads) | set(types))
    phrases, i, n = [], 0, len(tokens)
    while i < n:
        # A phrase ends in a head or a system name: start only where one lies a few words on.
        nxt = next((a for a in anchors if a >= i), None)
        if nxt is None:
            break
        if nxt - i > 8:
            i = nxt - 8
        phrase = _phrase_at(tokens, i, heads, types, data)
        if phrase is None:
            i += 1
            continue
        phrases.append(phrase)
        i = phrase.end
    return _rockets_of_launchers(tokens, phrases, data)


_FROM = frozenset({"з", "із", "зі", "из", "from", "of"})


def only_rocket_words(tokens: list[Token], phrase: WeaponPhrase, data: LanguageData) -> bool:
    """Is the phrase only a word that names a missile and an MLRS rocket alike ("ракета")?"""
    words = terms(data, "grammar", "rocket_words")
    return bool(words) and all(t.lemma in words or t.norm in words for t in tokens[phrase.start:phrase.end]
                               if t.kind == "word")


def _rockets_of_launchers(tokens: list[Token], phrases: list[WeaponPhrase], data: LanguageData) -> list[WeaponPhrase]:
    """"12 ракет із РСЗВ «Ураган»", "rockets from a Grad launcher": a bare "ракета" fired from a rocket
    launcher is one of its rockets, and the launcher is no weapon counted of its own."""
    def bare(p: WeaponPhrase) -> bool:
        return p.cls == "missile" and p.wtype is None and only_rocket_words(tokens, p, data)

    if not any(p.cls == "rocket" for p in phrases) or any(p.cls == "missile" and p.wtype for p in phrases):
        return phrases  # no launcher; or missiles by type beside the rockets, so "ракета" may be either
    out: list[WeaponPhrase] = []
    launcher: WeaponPhrase | None = None
    for p in phrases:
        last = out[-1] if out else None
        if last is not None and p.cls == "rocket" and bare(last) and 1 <= p.start - last.end <= 2 \
                and tokens[last.end].norm in _FROM:
            out[-1] = WeaponPhrase(last.start, p.end, "rocket", p.wtype, p.types, True, last.generic)
            continue
        if launcher is not None and bare(p):  # "обстріляли район із РСЗВ «Ураган» — випущено вісім ракет"
            p = WeaponPhrase(p.start, p.end, "rocket", launcher.wtype, launcher.types, True, p.generic)
        if p.cls == "rocket":
            launcher = p
        out.append(p)
    return out


def _other_class_after(tokens: list[Token], k: int, heads: dict[int, Match], classes: list) -> bool:
    """Is the next head, a word or two on, of another class than the phrase's so far?"""
    for j in range(k, min(k + 3, len(tokens))):
        if j in heads:
            return heads[j].value != "any" and heads[j].value not in classes
    return False


def _other_case_after(tokens: list[Token], k: int, head_word: str, heads: dict[int, Match], data: LanguageData) -> bool:
    """uk/ru: does the next head, a word or two on, stand in no case the last one may be in?"""
    from skyledger.lang.morph import share_a_case

    nxt = next((j for j in range(k, min(k + 3, len(tokens))) if j in heads), None)
    return nxt is not None and not share_a_case(head_word, tokens[nxt].norm, data.code)


def _genitive_list(tokens: list[Token], start: int, k: int, heads: dict[int, Match], data: LanguageData) -> bool:
    """Are the first head from start and the next one from k both genitive plural, as after one number?"""
    from skyledger.lang.morph import parses

    def genitive_plural(j: int) -> bool:
        tags = parses(tokens[j].norm, data.code)
        return bool(tags) and "plur" in tags[0][1] and "gent" in tags[0][1]

    first = next((j for j in range(start, k) if j in heads), None)
    nxt = next((j for j in range(k, min(k + 3, len(tokens))) if j in heads), None)
    return first is not None and nxt is not None and genitive_plural(first) and genitive_plural(nxt)


def _verb_after_head(j: int, heads: dict[int, Match], types: dict[int, Match]) -> bool:
    """"target" right after a class's head ("drones target ...") is a verb, not "aerial targets"."""
    return j in heads and heads[j].value == "any" and j not in types and any(
        m.end == j and m.value != "any" for m in heads.values())


def _phrase_at(tokens: list[Token], i: int, heads: dict[int, Match], types: dict[int, Match], data: LanguageData) -> WeaponPhrase | None:
    n = len(tokens)
    if _verb_after_head(i, heads, types):
        return None
    j, last, classes, names, has_head, generic = i, None, [], [], False, False
    head_classes, type_classes, word_classes = [], [], []  # word_classes: heads that are no system's name
    head_word = None  # the last head's word, for its case
    while j < n:
        token = tokens[j]
        if j in heads or j in types:
            if _verb_after_head(j, heads, types):
                break  # "Ukrainian drones target a refinery": a verb, not "drone targets"
            end = max(heads[j].end if j in heads else 0, types[j].end if j in types else 0)
            if _followed_by_non_head(tokens, end, data) and not _leads_to_head(tokens, end, heads, types, data):
                break  # "drone attack", "Kalibr carriers": the weapon word describes something else
            if j in types:
                names.append(types[j].value[1])
            if j in types:
                type_classes.append(types[j].value[0])
            if j in heads:
                head_word = tokens[j].norm
                classes.append(heads[j].value)
                head_classes.append(heads[j].value)
                if j not in types:
                    word_classes.append(heads[j].value)
                has_head = True
                generic = generic or j not in types
            else:
                classes.append(types[j].value[0])
            j = last = end
        elif _is_modifier(token, data):
            j += 1
        elif token.norm == "," and has_head and data.code != "en" and _other_class_after(tokens, j + 1, heads, classes):
            if not _genitive_list(tokens, i, j + 1, heads, data):
                break  # "8 КАБів, FPV-дрони, міномет": a list of means, each its own
            j += 1  # "37 дронов, ракет и управляемых авиабомб": one count of them all
        elif token.norm in data.connectors and j > i and j + 1 < n and _continues(tokens, j + 1, heads, types, data):
            if has_head and data.code in ("uk", "ru") and _singular_conjunct(tokens, j + 1, data, heads, types):
                break  # "112 ударних БпЛА та аеробалістичну ракету": a second, singular phrase
            if head_word is not None and _other_case_after(tokens, j + 1, head_word, heads, data):
                break  # "сотнею ударних дронів і балістичними ракетами": the number counts only the drones
            j += 1
        else:
            break
    if last is None:
        return None
    if not has_head and _describes_other(tokens, last, data):
        return None  # "a Smerch multiple rocket launcher", "Kalibr-capable ships"
    end = _post_types(tokens, last, types, data, names)
    if len(set(type_classes)) == 1 and "any" not in head_classes and (
            len(set(head_classes)) == 1 or type_classes[0] in word_classes):
        # "ракети HIMARS", "missiles such as the ATACMS", "ракетами американской РСЗО HIMARS": the system says what it is
        classes = type_classes
    return _make(i, end, classes, names, has_head, generic)


def _describes_other(tokens: list[Token], k: int, data: LanguageData) -> bool:
    """Do modifiers from k on lead to a word that is not a weapon ("... rocket launcher")?"""
    while k < len(tokens):
        token = tokens[k]
        if token.lemma in data.not_heads or token.norm in data.not_heads:
            return True
        if not (_is_modifier(token, data) or token.norm in ("rocket", "missile", "drone")):
            return False
        k += 1
    return False


def grammatical_number(tokens: list[Token], start: int, end: int, lang: str) -> str | None:
    """"sing" or "plur" from the first inflected word of a phrase (uk/ru), None if it cannot tell."""
    from skyledger.lang.morph import parses

    for token in tokens[start:end]:
        if token.kind != "word":
            continue
        tags = parses(token.norm, lang)
        if not tags:
            continue
        tag = tags[0][1]
        if "Fixd" in tag:
            continue  # "БпЛА" has one form for both
        if "plur" in tag:
            return "plur"
        if "sing" in tag or any(g in tag for g in ("masc", "femn", "neut")):
            return "sing"  # Ukrainian tags give a gender, not "sing", for the singular
    return None


def _singular_conjunct(tokens: list[Token], j: int, data: LanguageData, heads: dict[int, Match], types: dict[int, Match]) -> bool:
    """Is the next conjunct one weapon named by a common noun ("та аеробалістичну ракету")?
    A system name in a list ("Х-101, «Калібр» та Іскандер-К") is not."""
    k = j
    while k < len(tokens) and k not in heads and k - j < 4:
        k += 1
    if k not in heads or k in types:
        return False
    end = heads[k].end
    return grammatical_number(tokens, j, end, data.code) == "sing"


def _leads_to_head(tokens: list[Token], k: int, heads: dict[int, Match], types: dict[int, Match], data: LanguageData) -> bool:
    """Do modifiers from k on reach a head ("Shahed-type attack UAVs")?"""
    while k < len(tokens):
        if k in heads:
            return not _followed_by_non_head(tokens, heads[k].end, data)
        if not _is_modifier(tokens[k], data) and tokens[k].norm not in data.connectors:
            return False
        k += 1
    return False


def _continues(tokens: list[Token], j: int, heads: dict[int, Match], types: dict[int, Match], data: LanguageData) -> bool:
    """After "and" or a comma, does the phrase go on ("Shahed-type and decoy drones")?"""
    if j in heads or j in types:
        return True
    token = tokens[j]
    if token.norm in data.connectors:  # "», «"
        return j + 1 < len(tokens) and _continues(tokens, j + 1, heads, types, data)
    return _is_modifier(token, data) and not token.norm in ("more", "other")


def _post_types(tokens: list[Token], end: int, types: dict[int, Match], data: LanguageData, names: list) -> int:
    """"of the Shahed, Gerbera and other types" (en); "типу Shahed", "різних типів" (uk/ru)."""
    n = len(tokens)
    j = end
    post_of = terms(data, "weapons", "post_of")
    if j < n and tokens[j].norm in post_of:
        k = j + 1
        found = []
        while k < n and (k in types or tokens[k].norm in data.connectors or _is_modifier(tokens[k], data)
                         or tokens[k].norm in ("the", "an", "a", "all", "unidentified", "unknown", "various")):
            if k in types:
                found.append(types[k].value[1])
                k = types[k].end
            elif tokens[k].lemma in data.post_type_words:
                k += 1
                break
            else:
                k += 1
        if k - 1 < n and tokens[k - 1].lemma in data.post_type_words:
            names.extend(found)
            return k
        return end
    # uk/ru: type words and system names after the head
    k = j
    while k < n:
        if k in types:
            names.append(types[k].value[1])
            k = types[k].end
        elif tokens[k].lemma in data.post_type_words or tokens[k].norm in ("«", "»", '"', "“", "”", "/"):
            k += 1
        elif _is_modifier(tokens[k], data) and k + 1 < n and (tokens[k + 1].lemma in data.post_type_words or k + 1 in types):
            k += 1
        else:
            break
    # don't swallow trailing connectors
    while k > end and tokens[k - 1].norm in data.connectors:
        k -= 1
    return k


def _make(start, end: int, classes, names: list, has_head, generic: bool) -> WeaponPhrase:
    distinct = set(classes)
    if "any" in distinct or len(distinct) > 1:
        cls = "any"
    else:
        cls = classes[0]
    systems = tuple(dict.fromkeys(names))
    # A type only for one system name: "Shahed and decoy drones" (a decoy counts as a name) gets none.
    wtype = systems[0] if len(systems) == 1 else None
    return WeaponPhrase(start, end, cls, wtype, systems, has_head, generic)

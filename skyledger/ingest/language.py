"""Which language a document is in.

py3langid (an offline model inside the package) decides among 97 languages.
Short Cyrillic news texts are sometimes labelled Bulgarian, Macedonian,
Serbian or Belarusian; letters that only one of our two languages uses
settle those cases.
"""
from __future__ import annotations

import re
from functools import lru_cache

SUPPORTED = ("en", "uk", "ru")
_CYRILLIC_NEIGHBOURS = {"bg", "mk", "sr", "be", "kk", "ky", "mn", "tg", "uk", "ru"}
_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")


@lru_cache(maxsize=1)
def _classify():
    import py3langid  # loads its model (~1 s) on first import

    return py3langid.classify


def detect(text: str) -> str:
    """ISO 639-1 code of the text's language ("en", "uk", "ru", "de", ...)."""
    sample = text[:4000]
    lang, _score = _classify()(sample)
    if lang in _CYRILLIC_NEIGHBOURS:
        uk, ru = len(_UK_ONLY.findall(sample)), len(_RU_ONLY.findall(sample))
        if uk or ru:
            return "uk" if uk >= ru else "ru"
    return lang


def is_supported(lang: str | None) -> bool:
    return lang in SUPPORTED

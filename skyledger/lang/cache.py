"""Language data built once and kept on disk: the event lexicons and the gazetteer tries.

    path = cache.path("events", "uk", cache.key(source, code, packages=("pymorphy3",)))
    lexicon = cache.load(path)          # None: not built yet, or unreadable
    if lexicon is None:
        lexicon = build()
        cache.save(path, lexicon)       # and the files of older keys go

Files live under $XDG_CACHE_HOME/skyledger (~/.cache/skyledger), named
``<kind>-<lang>-<key>.pickle``. The key hashes everything the object is built
from (data, code, package versions), so a changed input makes a new file and
an old one is never read.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "skyledger"


def path(kind: str, lang: str, key: str) -> Path:
    return cache_dir() / f"{kind}-{lang}-{key}.pickle"


def digest(*files) -> bytes:
    """A hash of some files' contents; read at import by the modules that key on their own code,
    so that a file edited while the process runs cannot key an object built by the old code."""
    h = hashlib.sha1()
    for file in files:
        h.update(_source(Path(file)).read_bytes())
    return h.digest()


def _source(path: Path) -> Path:
    """A compiled module's __file__ is a small shim that stays the same when its code changes:
    the source beside it says what the code is."""
    if path.suffix in (".so", ".pyd"):
        source = path.with_name(path.name.split(".")[0] + ".py")
        if source.exists():
            return source
    return path


def key(*parts: bytes, packages: tuple[str, ...] = ()) -> str:
    """A short hash of data and code (as bytes) and of the installed versions of some packages."""
    h = hashlib.sha1()
    for part in parts:
        h.update(part)
    if packages:
        from importlib.metadata import PackageNotFoundError, version  # ~20 ms to import: only when needed

        for package in packages:
            try:
                h.update(f"{package}={version(package)};".encode())
            except PackageNotFoundError:
                h.update(f"{package}=?;".encode())
    return h.hexdigest()[:16]


def load(file: Path):
    """The object pickled at `file`, or None when there is none or it cannot be read."""
    try:
        with open(file, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None  # missing, half written, or pickled by code that is gone: build anew


def save(file: Path, obj) -> None:
    """Pickle `obj` to `file` and delete the files of the same kind and language with other keys.

    An unwritable cache only costs the next process a rebuild.
    """
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        tmp = file.with_name(f"{file.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, file)  # readers see the old file or the whole new one, never half of it
        prefix = file.name.rsplit("-", 1)[0]  # "<kind>-<lang>"
        for old in file.parent.glob(f"{prefix}-*.pickle"):
            if old != file:
                old.unlink(missing_ok=True)  # built from older data or code
    except OSError:
        pass

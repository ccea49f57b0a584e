"""Compiles the extraction package with mypyc: the same Python, type-checked and turned into C,
runs about twice as fast (benchmarks/bench_extract.py). Everything else stays plain Python.

SKYLEDGER_PURE=1 at install time skips the compilation (a quicker editable install while
changing the extractor; `./scripts/test` always compiles, so the tests run what users run).
"""
import os
from pathlib import Path

from setuptools import setup


def compiled_modules():
    if os.environ.get("SKYLEDGER_PURE"):
        return []
    from mypyc.build import mypycify

    modules = sorted(str(p) for p in Path("skyledger/extract").glob("*.py"))
    # MYPYC_OPT_LEVEL=0 builds in half the time (for trying a change; the code runs slower)
    return mypycify(["--config-file", "pyproject.toml", *modules], group_name="skyledger_extract",
                    opt_level=os.environ.get("MYPYC_OPT_LEVEL", "3"), debug_level="0")


setup(ext_modules=compiled_modules())

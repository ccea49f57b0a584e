"""The extraction package type-checks: the compiled install (mypyc, setup.py) refuses to build
otherwise, so a plain-Python install (SKYLEDGER_PURE=1) is held to the same check here."""
import importlib.util
import subprocess
import sys

import pytest

from conftest import REPO


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy comes with the test extras")
def test_the_extractor_type_checks():
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:]

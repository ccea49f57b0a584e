"""The README's promises that a test can hold it to: the Quick start's two commands, CI running
the same test command, and the library example running as written."""
from __future__ import annotations

import re

from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    start = README.index(f"## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:end]


def test_quick_start_is_two_commands_and_ci_runs_the_second():
    block = re.search(r"```\n(.*?)```", _section("Quick start"), re.S).group(1)
    commands = block.strip().splitlines()
    assert len(commands) == 2
    assert "skyledger demo" in commands[0] and commands[0].startswith("python3 -m venv .venv")
    assert commands[1] == "./scripts/test"
    assert "exec ./scripts/test" in (REPO / ".ci" / "run").read_text()


def test_the_library_example_runs(tmp_path, monkeypatch):
    example = re.search(r"The library is usable on its own:\n\n```python\n(.*?)```", README, re.S).group(1)
    monkeypatch.chdir(tmp_path)
    scope: dict = {}
    exec(compile(example, "README.md", "exec"), scope)
    claims = scope["ledger"].claims(scope["ClaimFilter"](kind="air_attack"))
    assert [(c["count"], c["weapon"], c["attacker"], c["target"]) for c in claims] == [(41, "drone", "RU", "UA")]
    assert (tmp_path / "ledger.db").exists()

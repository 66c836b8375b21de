"""The linter and the type checker find nothing: ruff over app/ and tests/, mypy over app/.

Both run here, as subprocesses, so that the README's test command (and with it CI) fails
when either finds a problem; their settings are in pyproject.toml. They come with the
``test`` extras; a missing one fails these tests rather than skipping them.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# "# type: ignore[code]" followed by a reason on the same line, or a comment line above it.
_IGNORE = re.compile(r"#\s*type:\s*ignore(?P<codes>\[[^\]]*\])?(?P<rest>.*)$")


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True,
                          text=True, timeout=600, check=False)


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "--no-cache", "app", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_no_type_error() -> None:
    result = _run("mypy", "app")
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_type_ignore_names_its_error_and_a_reason() -> None:
    bare = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, start=1):
            found = _IGNORE.search(line)
            if found is None:
                continue
            reason = (found["rest"].strip().lstrip("#").strip()
                      or (number > 1 and lines[number - 2].strip().startswith("#")))
            if not found["codes"] or not reason:
                bare.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert bare == []

"""``telaah code`` and ``telaah coders --add``: one action, one transaction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main


def run(capsys: pytest.CaptureFixture[str], *arguments: object) -> tuple[int, str, str]:
    code = main(["--lang", "en", *map(str, arguments)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def coders(capsys: pytest.CaptureFixture[str], project: Path) -> dict[str, str]:
    code, out, _ = run(capsys, "coders", project, "--json")
    assert code == 0
    return {row["name"]: row["role"] for row in json.loads(out)}


def test_a_refused_segment_leaves_no_new_coder(demo_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    before = coders(capsys, demo_path)
    code, _, err = run(capsys, "code", demo_path, "--source", "I1_kepala_dinas", "--start", "0",
                       "--end", "999999999", "--code", "Kinerja/Kualitas", "--coder", "Zahra")
    assert code == 2 and "does not fit" in err and len(err.strip().splitlines()) == 1
    assert coders(capsys, demo_path) == before
    code, out, _ = run(capsys, "code", demo_path, "--source", "I1_kepala_dinas", "--start",
                       "0", "--end", "20", "--code", "Kinerja/Kualitas", "--coder", "Zahra")
    assert code == 0 and "stored" in out
    assert coders(capsys, demo_path) == {**before, "Zahra": "coder"}


def test_a_coder_is_added_with_a_role(demo_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "coders", demo_path, "--add", "Dr. Sari", "--role", "supervisor")[0] == 0
    assert run(capsys, "coders", demo_path, "--add", "Annisa", "--role", "supervisor")[0] == 0
    roles = coders(capsys, demo_path)
    assert roles["Dr. Sari"] == roles["Annisa"] == "supervisor"

"""Every error the command line prints is one line, even when a name or a library's
message carries a line break (issue 17, "Messages")."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.errors import FileProblem, NotFound


def test_a_name_with_a_line_break_gives_a_one_line_error(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--lang", "en", "code", str(demo_path), "--source", "I1_kepala\ndinas\r\nx",
                 "--start", "0", "--end", "5", "--code", "Kualitas", "--coder", "Annisa"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.endswith("\n")
    assert "I1_kepala dinas x" in err


def test_messages_fold_line_breaks_in_every_value() -> None:
    error = FileProblem(path="kode.qdc", detail="line 1\n  column 5:\r\n\nunexpected end")
    assert error.message() == "kode.qdc: line 1 column 5: unexpected end"
    assert "\n" not in NotFound(kind="code", key="a\u2028b").message()

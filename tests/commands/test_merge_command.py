"""The intercoder workflow from the command line: copy for coder B, B codes blind, merge,
agreement; merging twice adds nothing and --dry-run changes nothing."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from app.cli import main

REPO = Path(__file__).resolve().parents[2]
TRANSCRIPT = REPO / "sample_transcripts" / "I1_kepala_dinas.txt"


def _run(capsys, *arguments: object) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(["--lang", "en", *map(str, arguments)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _code(capsys, project: Path, words: str, code: str, coder: str) -> None:  # type: ignore[no-untyped-def]
    text = TRANSCRIPT.read_text(encoding="utf-8").replace("\r\n", "\n")
    start = text.index(words)
    assert _run(capsys, "code", project, "--source", "I1_kepala_dinas", "--start", start,
                "--end", start + len(words), "--code", code, "--coder", coder)[0] == 0


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_copy_code_blind_merge_and_agreement(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    thesis, copy_b = tmp_path / "thesis.telaah", tmp_path / "coder-b.telaah"
    assert _run(capsys, "new", thesis)[0] == 0
    assert _run(capsys, "import", thesis, TRANSCRIPT)[0] == 0
    passages = ["Kota Bengkulu", "belum maksimal", "pelatihan"]
    _code(capsys, thesis, passages[0], "Kualitas", "Annisa")
    _code(capsys, thesis, passages[1], "Kuantitas", "Annisa")
    assert _run(capsys, "copy", thesis, copy_b)[0] == 0
    # Coder B codes the copy without seeing A's later work.
    _code(capsys, copy_b, passages[0], "Kualitas", "Bima")
    _code(capsys, copy_b, passages[1], "Waktu", "Bima")
    _code(capsys, copy_b, passages[2], "Pelatihan", "Bima")
    _code(capsys, thesis, passages[2], "Pelatihan", "Annisa")  # A goes on meanwhile

    before = _digest(thesis)
    code, out, _err = _run(capsys, "merge", thesis, copy_b, "--dry-run")
    assert code == 0 and "Dry run" in out and "coded segments: 3" in out
    assert _digest(thesis) == before

    code, out, _err = _run(capsys, "merge", thesis, copy_b, "--json")
    report = json.loads(out)
    assert code == 0 and report["added"]["segments"] == 3 and report["added"]["coders"] == 1
    code, out, _err = _run(capsys, "merge", thesis, copy_b)
    assert code == 0 and "Nothing to add" in out

    segments = json.loads(_run(capsys, "segments", thesis, "--json")[1])
    by_coder = {coder: sorted(s["code"] for s in segments if s["coder"] == coder)
                for coder in ("Annisa", "Bima")}
    assert by_coder == {"Annisa": ["Kinerja/Kualitas", "Kinerja/Kuantitas", "Upaya/Pelatihan"],
                        "Bima": ["Kinerja/Kualitas", "Kinerja/Waktu", "Upaya/Pelatihan"]}
    code, out, _err = _run(capsys, "agreement", thesis, "--coders", "Annisa", "Bima",
                           "--json")
    assert code == 0
    assert "Kinerja/Waktu" in out and "Kinerja/Kuantitas" in out


def test_merge_refuses_the_project_itself_and_a_missing_copy(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    thesis = tmp_path / "thesis.telaah"
    assert _run(capsys, "new", thesis)[0] == 0
    code, _out, err = _run(capsys, "merge", thesis, thesis)
    assert code == 2 and "this project itself" in err and "Traceback" not in err
    code, _out, err = _run(capsys, "merge", thesis, tmp_path / "nowhere.telaah")
    assert code == 2 and "nowhere.telaah" in err

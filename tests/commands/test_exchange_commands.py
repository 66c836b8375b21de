"""telaah qdpx / search / verify-quotes / revise, run through app.cli.main."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import app.cli
from app.cli import main
from tests.io.draft_builder import build_draft
from tests.io.qdpx_builders import DATA, codebook_xml, project_xml, write_zip

MODULES = ("qdpx", "search", "verify_quotes", "revise")


@pytest.fixture(autouse=True)
def _register(monkeypatch: pytest.MonkeyPatch) -> None:
    registered = tuple(dict.fromkeys((*app.cli.COMMAND_MODULES, *MODULES)))
    monkeypatch.setattr(app.cli, "COMMAND_MODULES", registered)


def _run(capsys, *arguments: object) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(["--lang", "en", *map(str, arguments)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_qdpx_export_then_import(demo_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "study.qdpx"
    code, out, _ = _run(capsys, "qdpx", "export", demo_path, "-o", archive)
    assert code == 0 and "429 coded segment(s)" in out and archive.exists()

    code, out, _ = _run(capsys, "qdpx", "import", archive, tmp_path / "back.telaah", "--json")
    report = json.loads(out)
    assert code == 0 and report["segments"] == 429 and report["sources"] == 11

    code, out, _ = _run(capsys, "info", tmp_path / "back.telaah", "--json")
    assert len(json.loads(out)["sources"]) == 11


def test_qdpx_import_of_a_sample_lists_what_was_left_out(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    sample = DATA / "spec-example2-atlasti8_skyloom.qdpx"
    code, _out, err = _run(capsys, "qdpx", "import", sample, tmp_path / "a.telaah")
    assert code == 2 and "Mabel.txt" in err and "--skip-missing-sources" in err
    assert not (tmp_path / "a.telaah").exists()

    code, out, _ = _run(capsys, "qdpx", "import", sample, tmp_path / "a.telaah",
                        "--skip-missing-sources")
    assert code == 0 and "14 code(s)" in out and "PictureSource" in out


def test_qdpx_import_refuses_an_unsafe_archive(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    evil = write_zip(tmp_path / "evil.qdpx",
                     {"project.qde": project_xml(codebook_xml()), "../../etc/x": b"x"})

    code, _out, err = _run(capsys, "qdpx", "import", evil, tmp_path / "x.telaah")

    assert code == 2 and "unsafe entry '../../etc/x'" in err and "Traceback" not in err
    assert not (tmp_path / "x.telaah").exists()


def test_search_modes_and_code_all(demo_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(capsys, "search", demo_path, "belum maksimal", "--json")
    exact = json.loads(out)
    assert code == 0 and exact and all(hit["text"].lower() == "belum maksimal" for hit in exact)

    code, out, _ = _run(capsys, "search", demo_path, "beloem maksimal", "--fuzzy", "--json")
    assert any(hit["text"].lower() == "belum maksimal" for hit in json.loads(out))

    code, out, _ = _run(capsys, "search", demo_path, "kinerja", "--word")
    assert code == 0 and "hit(s)." in out

    code, _out, err = _run(capsys, "search", demo_path, "(", "--regex")
    assert code == 2 and "regular expression" in err

    code, out, _ = _run(capsys, "search", demo_path, "e-kinerja", "--code",
                        "Kinerja/Pengawasan", "--coder", "Citra")
    assert code == 0 and "Coded" in out
    code, out, _ = _run(capsys, "segments", demo_path, "--coder", "Citra", "--json")
    assert {row["text"].lower() for row in json.loads(out)} == {"e-kinerja"}


def test_verify_quotes(demo_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    draft = build_draft(tmp_path / "bab4.docx")

    code, out, _ = _run(capsys, "verify-quotes", demo_path, draft, "--json")
    rows = json.loads(out)
    assert code == 0
    assert [row["status"] for row in rows] == ["exact", "exact", "near", "exact", "not_found",
                                               "exact"]
    assert rows[3]["informant_matches"] is False

    code, out, _ = _run(capsys, "verify-quotes", demo_path, draft)
    assert "6 quotation(s): 4 exact, 1 near, 1 not found, 1 citing another informant." in out
    assert "The citation names I2, but the quote is from I4." in out


def test_revise_dry_run_then_apply(demo_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(capsys, "segments", demo_path, "--json")
    i1 = [row for row in json.loads(out) if row["source"] == "I1_kepala_dinas"]
    original = (Path(app.cli.__file__).parents[1] / "sample_transcripts"
                / "I1_kepala_dinas.txt").read_text(encoding="utf-8")
    corrected = tmp_path / "I1_revisi.txt"
    corrected.write_text("Catatan: transkrip direvisi.\n" + original, encoding="utf-8")

    code, out, _ = _run(capsys, "revise", demo_path, "--source", "I1_kepala_dinas", corrected,
                        "--dry-run")
    assert code == 0 and "Dry run" in out and f"{len(i1)} segment(s)" in out

    code, out, _ = _run(capsys, "revise", demo_path, "--source", "I1_kepala_dinas", corrected,
                        "--json")
    result = json.loads(out)
    assert code == 0 and {row["status"] for row in result["segments"]} == {"shifted"}

    code, _out, err = _run(capsys, "revise", demo_path, "--source", "nope", corrected)
    assert code == 2 and "nope" in err

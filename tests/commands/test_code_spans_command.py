"""``telaah code --spans FILE.csv``: a script's coding in one call and one transaction,
every row or none, a refused row named by file and row in the person's language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.coders import list_coders
from app.core.project import Project
from tests.cli.test_cli import assert_user_error, run


def _segments(capsys: pytest.CaptureFixture[str], project: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = json.loads(run(capsys, "segments", project, "--json")[1])
    return rows


def test_every_row_is_coded_in_one_call(demo_path: Path, tmp_path: Path, capsys) -> None:
    spans = tmp_path / "spans.csv"
    spans.write_text("source,start,end,code,memo,valence,coder\n"
                     "I1_kepala_dinas,700,760,Kinerja/Kualitas,dari skrip,,\n"
                     "I1_kepala_dinas,800,860,Waktu,,negative,\n"
                     "I2_sekretaris,0,40,Pelatihan,,,Dewi\n", encoding="utf-8")
    code, out, _ = run(capsys, "code", demo_path, "--spans", spans, "--coder", "Skrip")
    assert code == 0 and "Coded 3 segment(s)" in out
    mine = {(row["coder"], row["source"], row["start"], row["end"], row["code"])
            for row in _segments(capsys, demo_path) if row["coder"] in ("Skrip", "Dewi")}
    assert mine == {("Skrip", "I1_kepala_dinas", 700, 760, "Kinerja/Kualitas"),
                    ("Skrip", "I1_kepala_dinas", 800, 860, "Kinerja/Waktu"),
                    ("Dewi", "I2_sekretaris", 0, 40, "Upaya/Pelatihan")}


@pytest.mark.parametrize(
    ("table", "needles"),
    [
        ("source,start,end,code\nI1_kepala_dinas,0,10,Kualitas\n"
         "I1_kepala_dinas,800,99999999,Waktu\n", ["spans.csv", "row 3", "99999999"]),
        ("source,start,end,code\nI1_kepala_dinas,0,10,Kualitas\nTidak Ada,0,5,Waktu\n",
         ["spans.csv", "row 3", "Tidak Ada"]),
        ("source,start,end,code\nI1_kepala_dinas,awal,10,Kualitas\n",
         ["spans.csv", "row 2", "awal"]),
        ("source,start,code\nI1_kepala_dinas,0,Kualitas\n", ["spans.csv", "end"]),
    ],
)
def test_a_refused_row_stores_nothing(demo_path: Path, tmp_path: Path, capsys,
                                      table: str, needles: list[str]) -> None:
    spans = tmp_path / "spans.csv"
    spans.write_text(table, encoding="utf-8")
    before = _segments(capsys, demo_path)
    assert_user_error(run(capsys, "code", demo_path, "--spans", spans, "--coder", "Baru"),
                      *needles)
    assert _segments(capsys, demo_path) == before
    project = Project.open(demo_path, read_only=True)
    try:  # not even the coder the first row would have made
        assert "Baru" not in {c.name for c in list_coders(project)}
    finally:
        project.close()


def test_the_refusal_is_said_in_indonesian(demo_path: Path, tmp_path: Path, capsys) -> None:
    spans = tmp_path / "spans.csv"
    spans.write_text("source,start,end,code\nI1_kepala_dinas,800,99999999,Waktu\n",
                     encoding="utf-8")
    code, _out, err = run(capsys, "--lang", "id", "code", demo_path, "--spans", spans,
                          "--coder", "Baru")
    assert code != 0 and "baris 2" in err and "Tidak ada isi berkas yang disimpan" in err
    assert "row" not in err


def test_a_single_span_still_needs_its_offsets(demo_path: Path, capsys) -> None:
    assert_user_error(run(capsys, "code", demo_path, "--source", "I1_kepala_dinas",
                          "--code", "Waktu", "--coder", "X"), "--start")

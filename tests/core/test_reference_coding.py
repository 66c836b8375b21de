"""Reference coding tables: quotes become offsets; any bad row stores nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.codes import import_codebook
from app.core.project import Project
from app.core.reference_coding import import_reference_coding
from app.core.segments import list_segments
from app.core.sources import import_sources
from app.errors import InvalidTable, MissingColumns, QuoteAmbiguous
from app.resources import default_codebook

HEADER = "coder,source,code,quote,valence,memo\n"


@pytest.fixture
def project(empty_project: Project, tmp_path: Path) -> Project:
    import_codebook(empty_project, path=default_codebook())
    path = tmp_path / "wawancara.txt"
    path.write_text("Pelatihan jarang. Pelatihan jarang. Pegawai berbagi ilmu.\n", "utf-8")
    import_sources(empty_project, paths=[path])
    return empty_project


def _table(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "coding.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_quotes_become_offsets(project: Project, tmp_path: Path) -> None:
    table = _table(tmp_path, "Dewi,wawancara,Sharing Antar Pegawai,Pegawai berbagi ilmu,"
                             "positive,catatan\n")
    changes = import_reference_coding(project, path=table)
    [segment] = list_segments(project)
    assert (segment.start, segment.end) == (36, 56)
    assert segment.text == "Pegawai berbagi ilmu"
    assert (segment.coder, segment.memo, segment.valence) == ("Dewi", "catatan", "positive")
    assert changes.coders


@pytest.mark.parametrize(
    ("body", "error", "needle"),
    [
        ("Dewi,wawancara,Upaya/Pelatihan,Pelatihan jarang.,,\n", QuoteAmbiguous, "2"),
        ("Dewi,wawancara,Upaya/Tidak Ada,Pegawai,,\n", InvalidTable, "Upaya/Tidak Ada"),
        ("Dewi,lain,Upaya/Pelatihan,Pegawai,,\n", InvalidTable, "lain"),
        ("Dewi,wawancara,Upaya,Pegawai,,\n", InvalidTable, "Upaya"),
        ("Dewi,wawancara,Upaya/Pelatihan,Pegawai,bagus,\n", InvalidTable, "bagus"),
        ("Dewi,wawancara,Upaya/Pelatihan\n", InvalidTable, "row 3"),
    ],
)
def test_bad_rows_store_nothing(
    project: Project, tmp_path: Path, body: str, error: type, needle: str
) -> None:
    good = "Dewi,wawancara,Sharing Antar Pegawai,Pegawai berbagi ilmu,,\n"
    table = _table(tmp_path, good + body)
    with pytest.raises(error) as raised:
        import_reference_coding(project, path=table)
    assert "coding.csv" in raised.value.message() and needle in raised.value.message()
    assert list_segments(project) == []


def test_missing_columns(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "coding.csv"
    path.write_text("coder,source\nDewi,wawancara\n", encoding="utf-8")
    with pytest.raises(MissingColumns) as raised:
        import_reference_coding(project, path=path)
    assert "code, quote" in raised.value.message()

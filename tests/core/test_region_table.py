"""A table of photo regions: every row or none; a bad row is refused with its line and a
message in the reader's language, never Python's or a library's own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.codebook_editing import add_code
from app.core.project import Project
from app.core.region_table import import_region_table
from app.core.regions import regions_of
from app.core.segments import list_segments
from app.core.sources import import_sources, list_sources
from app.errors import InvalidTable
from app.i18n import translator_for
from tests.io.pdf_builders import photo

HEADER = "coder,source,code,x,y,w,h,description\n"


@pytest.fixture
def project(empty_project: Project, tmp_path: Path) -> Project:
    import_sources(empty_project, paths=[photo(tmp_path / "O2_loket.jpg")], kind="observation")
    add_code(empty_project, name="Sarana")
    return empty_project


def _table(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "wilayah.csv"
    path.write_text(HEADER + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    return path


def test_every_row_becomes_a_region(project: Project, tmp_path: Path) -> None:
    import_region_table(project, path=_table(
        tmp_path, "Peneliti,O2_loket,Sarana,0.1,0.2,0.3,0.4,Papan jam layanan",
        "Peneliti,O2_loket,Sarana,0.5,0.5,0.2,0.2,Kotak berkas"))
    [source] = list_sources(project)
    assert [r.description for r in regions_of(project, source_id=source.id)] == [
        "Papan jam layanan", "Kotak berkas"]


@pytest.mark.parametrize(("row", "english", "indonesian"), [
    ("Peneliti,O2_loket,Sarana,0.1,kiri,0.3,0.4,Papan",
     "x, y, w and h must be numbers from 0 to 1",
     "x, y, w, dan h harus berupa angka dari 0 sampai 1"),
    ("Peneliti,O2_loket,Tidak Ada,0.1,0.2,0.3,0.4,Papan", "Tidak Ada", "Tidak Ada"),
    ("Peneliti,O2_loket,Sarana,0.9,0.2,0.3,0.4,Papan", "does not lie inside the picture",
     "x=0.9"),
])
def test_a_bad_row_names_its_line_and_changes_nothing(
        project: Project, tmp_path: Path, row: str, english: str, indonesian: str) -> None:
    good = "Peneliti,O2_loket,Sarana,0.1,0.2,0.3,0.4,Papan jam layanan"
    path = _table(tmp_path, good, row)
    with pytest.raises(InvalidTable) as raised:
        import_region_table(project, path=path)
    assert raised.value.row == 3
    message = raised.value.message()
    assert message.startswith(f"{path}, row 3: ") and english in message
    assert "could not convert" not in message and "ValueError" not in message
    translated = raised.value.message(translator_for("id"))
    assert indonesian in translated and translated != message
    assert list_segments(project) == []  # all rows or none

"""Informants from a metadata table and one by one."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.informants import add_informant, import_informants, list_informants
from app.core.project import Project
from app.errors import DuplicateName, InvalidTable, InvalidValue


def test_table_with_free_attributes(empty_project: Project, tmp_path: Path) -> None:
    table = tmp_path / "informan.csv"
    table.write_text("id,pseudonym,role,type,usia\nI1,Ratna,Kepala Dinas,kunci,45\n", "utf-8")
    import_informants(empty_project, path=table)
    [informant] = list_informants(empty_project)
    assert (informant.label, informant.informant_type) == ("I1", "kunci")
    assert informant.attributes == {"usia": "45"}


@pytest.mark.parametrize(
    "rows",
    ["I1,A,r,kunci\nI1,B,r,utama\n", "I1,A,r,penting\n", ",A,r,kunci\n"],
)
def test_bad_tables_change_nothing(empty_project: Project, tmp_path: Path, rows: str) -> None:
    table = tmp_path / "informan.csv"
    table.write_text("id,pseudonym,role,type\n" + rows, "utf-8")
    with pytest.raises(InvalidTable) as raised:
        import_informants(empty_project, path=table)
    assert "informan.csv" in raised.value.message()
    assert list_informants(empty_project) == []


def test_add_informant_checks_its_values(empty_project: Project) -> None:
    add_informant(empty_project, label="I1", informant_type="kunci")
    with pytest.raises(DuplicateName):
        add_informant(empty_project, label="I1")
    with pytest.raises(InvalidValue):
        add_informant(empty_project, label="I2", informant_type="vip")
    assert [i.label for i in list_informants(empty_project)] == ["I1"]

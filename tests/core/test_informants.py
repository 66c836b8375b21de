"""Informants from a metadata table and one by one."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.informants import (
    add_informant,
    import_informants,
    informant_links,
    list_informants,
    remove_informant,
)
from app.core.project import Project
from app.core.source_editing import update_informant
from app.core.sources import import_sources, list_sources
from app.errors import DuplicateName, InformantHasSources, InvalidTable, InvalidValue, NotFound


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


def test_a_real_name_is_kept_but_only_for_the_editor(empty_project: Project) -> None:
    add_informant(empty_project, label=" I7 ", pseudonym="Bu Sari", role="Guru",
                  informant_type="pendukung", attributes={"usia": 41}, real_name="Sari Wulan")
    [informant] = list_informants(empty_project)
    assert (informant.label, informant.pseudonym, informant.real_name) == (
        "I7", "Bu Sari", "Sari Wulan")
    update_informant(empty_project, informant_id=informant.id, real_name="")
    assert list_informants(empty_project)[0].real_name == ""


def _two_sources(project: Project, tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"Pewawancara: Apa?\n\nInforman: {name}.\n", "utf-8")
    import_sources(project, paths=[tmp_path / "a.txt", tmp_path / "b.txt"], informant="I7")


def test_removing_an_informant_with_sources_refuses_and_says_how_many(
    empty_project: Project, tmp_path: Path,
) -> None:
    informant_id = add_informant(empty_project, label="I7").created
    assert informant_id is not None
    _two_sources(empty_project, tmp_path)
    links = informant_links(empty_project, informant_id=informant_id)
    assert (links.label, links.source_count, links.source_titles) == ("I7", 2, ("a", "b"))
    with pytest.raises(InformantHasSources) as raised:
        remove_informant(empty_project, informant_id=informant_id)
    assert "2 source(s)" in raised.value.message() and "'I7'" in raised.value.message()
    assert [i.label for i in list_informants(empty_project)] == ["I7"]
    changes = remove_informant(empty_project, informant_id=informant_id, unlink_sources=True)
    assert changes.informants == {informant_id} and len(changes.sources) == 2
    assert list_informants(empty_project) == []
    assert [s.informant_id for s in list_sources(empty_project)] == [None, None]


def test_an_informant_without_sources_is_removed_at_once(empty_project: Project) -> None:
    informant_id = add_informant(empty_project, label="I1").created
    assert informant_id is not None
    remove_informant(empty_project, informant_id=informant_id)
    assert list_informants(empty_project) == []
    with pytest.raises(NotFound):
        remove_informant(empty_project, informant_id=informant_id)


def test_long_or_empty_ids_are_refused(empty_project: Project) -> None:
    for label in ("", "   ", "I" * 41):
        with pytest.raises(InvalidValue):
            add_informant(empty_project, label=label)
    assert list_informants(empty_project) == []

"""The codebook inside a project: Kasmir import, tree listing, .qdc round trip via the XSD."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from lxml import etree

from app.core.codes import export_codebook, import_codebook, list_codes
from app.core.project import Project
from app.resources import default_codebook

SCHEMA = Path(__file__).resolve().parents[2] / "app" / "io" / "schemas" / "Codebook.xsd"


def test_kasmir_codebook_has_every_group_documented(empty_project: Project) -> None:
    import_codebook(empty_project, path=default_codebook())
    codes = list_codes(empty_project)
    codable = [code for code in codes if code.codable]
    assert {code.group for code in codable} == {"indicator", "obstacle", "effort"}
    assert len([c for c in codable if c.group == "indicator"]) == 6
    assert len([c for c in codable if c.group == "obstacle"]) >= 7
    assert len([c for c in codable if c.group == "effort"]) >= 5
    for code in codable:
        assert code.definition and code.inclusion and code.exclusion and code.example, code.path
    assert [code.depth for code in codes[:2]] == [0, 1]
    assert all(code.color.startswith("#") and len(code.color) == 7 for code in codes)


def test_importing_twice_adds_nothing(empty_project: Project) -> None:
    import_codebook(empty_project, path=default_codebook())
    again = import_codebook(empty_project, path=default_codebook())
    assert again.codes == frozenset()


def test_round_trip_through_the_database_and_the_schema(
    empty_project: Project, tmp_path: Path
) -> None:
    import_codebook(empty_project, path=default_codebook())
    exported = tmp_path / "out.qdc"
    export_codebook(empty_project, path=exported)
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    assert schema.validate(etree.parse(str(exported))), schema.error_log
    second = Project.create(tmp_path / "second.telaah")
    try:
        import_codebook(second, path=exported)
        before = [_comparable(code) for code in list_codes(empty_project)]
        after = [_comparable(code) for code in list_codes(second)]
    finally:
        second.close()
    assert after == before


def test_the_shipped_schema_is_the_published_one() -> None:
    shared = Path(__file__).resolve().parents[3] / "shared" / "refi-qda" / "Codebook.xsd"
    if shared.is_file():  # the reference copy exists in the development workspace only
        assert shared.read_bytes() == SCHEMA.read_bytes()
    assert b"urn:QDA-XML:codebook:1.0" in SCHEMA.read_bytes()


def _comparable(code) -> dict:  # type: ignore[no-untyped-def]
    values = asdict(code)
    for key in ("id", "parent_id", "segment_count"):
        values.pop(key)
    return values

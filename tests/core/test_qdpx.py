"""Project exchange through .qdpx: schema-valid export, field-by-field round trip, samples."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import select

from app.core.informants import add_informant
from app.core.memos import add_memo
from app.core.project import Project
from app.core.qdpx import export_qdpx, import_qdpx
from app.core.segments import add_segment
from app.errors import Cancelled, ProjectExists, QdpxMissingSources, UnsafeArchive
from app.io.safe_xml import PROJECT_SCHEMA, validate
from app.models import (
    Code,
    CodedSegment,
    Coder,
    Informant,
    Memo,
    ProjectInfo,
    ResearchQuestion,
    Source,
)
from tests.io.qdpx_builders import DATA, SAMPLES, codebook_xml, project_xml, write_zip

SHARED_SCHEMA = Path(__file__).resolve().parents[3] / "shared" / "refi-qda" / "Project-mrt2019.xsd"


@pytest.fixture
def rich_project(demo_project: Project) -> Project:
    """The demo study plus what it lacks: memos of every kind, typed attributes, valences."""
    with demo_project.writing() as session:
        source = session.scalar(select(Source).where(Source.title == "I1_kepala_dinas"))
        code = session.scalar(select(Code).where(Code.codable.is_(True)).order_by(Code.id))
        coder = session.scalar(select(Coder).where(Coder.name == "Annisa"))
        segment = session.scalar(select(CodedSegment).order_by(CodedSegment.id))
        segment.memo = "Baris pertama.\nBaris kedua."
        segment.valence = "mixed"
        ids = (source.id, code.id, coder.id, segment.id)
    source_id, code_id, coder_id, segment_id = ids
    add_informant(demo_project, label="I7", pseudonym="Dewi", role="Staf",
                  informant_type="pendukung",
                  attributes={"age": 41, "score": 3.25, "active": True, "note": "0042"})
    add_memo(demo_project, title="Catatan sumber", body="Tentang I1.", source_id=source_id,
             memo_type="methodological", author_id=coder_id)
    add_memo(demo_project, title="Catatan kode", body="Definisi kabur.", code_id=code_id,
             memo_type="reflexive")
    add_memo(demo_project, title="Catatan segmen", body="Menarik 😀.", segment_id=segment_id)
    add_memo(demo_project, title="Catatan bebas", body="Tanpa sasaran.\nDua baris.")
    add_segment(demo_project, source_id=source_id, code_id=code_id, coder_id=coder_id,
                start=0, end=5, memo="", valence="positive")
    return demo_project


def _snapshot(project: Project) -> dict[str, object]:
    """Every field a .qdpx can carry, keyed by GUID so that database ids do not matter."""
    with project.reading() as session:
        codes = {code.id: code for code in session.scalars(select(Code))}
        sources = {source.id: source for source in session.scalars(select(Source))}
        coders = {coder.id: coder for coder in session.scalars(select(Coder))}
        informants = {i.id: i for i in session.scalars(select(Informant))}
        segments = {s.id: s for s in session.scalars(select(CodedSegment))}
        info = session.get(ProjectInfo, 1)
        return {
            "project": (info.title, info.description, info.guid, info.created_at),
            "questions": list(session.scalars(
                select(ResearchQuestion.text).order_by(ResearchQuestion.position))),
            "coders": sorted((c.guid, c.name) for c in coders.values()),
            "codes": sorted(
                (c.guid, c.name, codes[c.parent_id].guid if c.parent_id else None, c.position,
                 c.color, c.code_group, c.codable, c.definition, c.inclusion, c.exclusion,
                 c.example, c.shortcut, c.name_en, c.definition_en,
                 tuple(c.verdict_scale or ()))
                for c in codes.values()),
            "informants": sorted(
                (i.guid, i.label, i.pseudonym, i.role, i.informant_type,
                 sorted(i.attributes.items()))
                for i in informants.values()),
            "sources": sorted(
                (s.guid, s.title, s.kind, informants[s.informant_id].guid if s.informant_id
                 else None, s.source_date, s.text, s.char_count, s.word_count, s.created_at,
                 [(t.number, t.speaker, t.role, t.start, t.end) for t in s.turns])
                for s in sources.values()),
            "segments": sorted(
                (s.guid, sources[s.source_id].guid, codes[s.code_id].guid,
                 coders[s.coder_id].guid, s.start, s.end, s.text, s.memo, s.valence,
                 s.created_at, s.updated_at)
                for s in segments.values()),
            "memos": sorted(
                (m.guid, m.title, m.body, m.memo_type,
                 sources[m.source_id].guid if m.source_id else None,
                 codes[m.code_id].guid if m.code_id else None,
                 segments[m.segment_id].guid if m.segment_id else None,
                 coders[m.author_id].guid if m.author_id else None, m.created_at, m.updated_at)
                for m in session.scalars(select(Memo))),
        }


def test_export_is_valid_against_the_project_schema(rich_project: Project, tmp_path: Path) -> None:
    path = tmp_path / "study.qdpx"
    export_qdpx(rich_project, path=path)

    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        root = etree.fromstring(archive.read("project.qde"))
        # The texts; the demo's recorded interview also brings its recording (.ogg).
        texts = {name: archive.read(name) for name in names
                 if name.startswith("sources/") and name.endswith(".txt")}
    assert validate(root, PROJECT_SCHEMA) == []
    if SHARED_SCHEMA.exists():  # the published copy, not only the bundled one
        assert etree.XMLSchema(etree.parse(str(SHARED_SCHEMA))).validate(root)
    assert len(texts) == 11
    for data in texts.values():
        assert not data.startswith(b"\xef\xbb\xbf") and b"\r" not in data
        data.decode("utf-8")


def test_selections_count_code_points(rich_project: Project, tmp_path: Path) -> None:
    with rich_project.writing() as session:
        # A source without a recording (I4_pendamping's selections are transcript ones).
        source = session.scalar(select(Source).where(Source.title == "I3_kepala_bidang"))
        source.text = "😀 e\u0301 " + source.text  # astral and combining characters first
        source.char_count = len(source.text)
        segment = session.scalar(select(CodedSegment).where(CodedSegment.source_id == source.id))
        segment.start, segment.end = segment.start + 5, segment.end + 5
        guid, expected = segment.guid, source.text[segment.start : segment.end]
    path = tmp_path / "emoji.qdpx"
    export_qdpx(rich_project, path=path)

    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("project.qde"))
        selection = next(e for e in root.iter("{*}PlainTextSelection") if e.get("guid") == guid)
        source_element = selection.getparent()
        text = archive.read("sources/" + source_element.get("guid") + ".txt").decode("utf-8")
    start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
    assert text[start:end] == expected


def test_round_trip_gives_back_every_field(rich_project: Project, tmp_path: Path) -> None:
    before = _snapshot(rich_project)
    export_qdpx(rich_project, path=tmp_path / "out.qdpx")

    report = import_qdpx(tmp_path / "out.qdpx", tmp_path / "back.telaah")

    with Project.open(tmp_path / "back.telaah") as back:
        after = _snapshot(back)
    for key in before:
        assert after[key] == before[key], key
    assert report.segments == len(before["segments"])  # type: ignore[arg-type]
    assert report.memos == 4 and report.skipped == ()


def test_guids_and_bytes_are_stable_across_exports(rich_project: Project, tmp_path: Path) -> None:
    export_qdpx(rich_project, path=tmp_path / "first.qdpx")
    export_qdpx(rich_project, path=tmp_path / "second.qdpx")
    import_qdpx(tmp_path / "first.qdpx", tmp_path / "back.telaah")
    with Project.open(tmp_path / "back.telaah") as back:
        export_qdpx(back, path=tmp_path / "third.qdpx")

    first = (tmp_path / "first.qdpx").read_bytes()
    assert first == (tmp_path / "second.qdpx").read_bytes()
    assert first == (tmp_path / "third.qdpx").read_bytes()


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda path: path.name)
def test_every_sample_imports(sample: Path, tmp_path: Path) -> None:
    target = tmp_path / "imported.telaah"
    report = import_qdpx(sample, target, skip_missing_sources=True)

    with zipfile.ZipFile(sample) as archive:
        qde = next(n for n in archive.namelist() if n.lower() == "project.qde")
        root = etree.fromstring(archive.read(qde))
    codes = len(list(root.iter("{*}Code")))
    users = len(list(root.iter("{*}User")))
    with Project.open(target) as project, project.reading() as session:
        assert session.query(Code).count() == codes == report.codes
        assert session.query(Coder).count() == users
        assert session.query(Source).count() == report.sources
        for source in session.scalars(select(Source)):
            assert source.char_count == len(source.text)
            assert source.turns is not None


def test_the_maxqda_sample_brings_every_text_source(tmp_path: Path) -> None:
    report = import_qdpx(DATA / "maxqda24_paperthemes_ICLS_just10.qdpx", tmp_path / "m.telaah")

    assert report.sources == 10 and report.codes == 307
    with Project.open(tmp_path / "m.telaah") as project, project.reading() as session:
        titles = set(session.scalars(select(Source.title)))
        assert "ICLS 2024 3-10" in titles and len(titles) == 10
        code = session.scalar(select(Code).where(Code.name == "THEME - Affordances"))
        assert code.definition.startswith("This code is applied when a paper includes")


def test_coded_text_stored_in_the_file_equals_the_imported_segment(tmp_path: Path) -> None:
    from tests.io.test_qdpx_reader import _skyloom_with_texts

    archive = _skyloom_with_texts(tmp_path)
    report = import_qdpx(archive, tmp_path / "s.telaah")

    with zipfile.ZipFile(archive) as zipped:
        root = etree.fromstring(zipped.read("Project.qde"))
    names = {e.get("guid").lower(): e.get("name") for e in root.iter("{*}PlainTextSelection")}
    assert report.segments == 7
    with Project.open(tmp_path / "s.telaah") as project, project.reading() as session:
        segments = list(session.scalars(select(CodedSegment)))
        checked = 0
        for segment in segments:
            name = names.get(segment.guid)
            if name and not name.endswith("…") and name != "damage done by fatty foods":
                assert segment.text == name
                checked += 1
        assert checked == 2  # the two selections named by their full text
        memo_titles = set(session.scalars(select(Memo.title)))
        bodies = list(session.scalars(select(Memo.body).where(Memo.source_id.is_not(None))))
    # The uncoded selection with a comment survives as a memo on its source, quoting its
    # words (no code-point offsets).
    assert any(title.startswith("For some reason babies") for title in memo_titles)
    assert any("«" in body for body in bodies)
    assert not any(re.search(r"\[\d+, \d+\)", body) for body in bodies)


def test_a_failed_import_leaves_no_project_file(tmp_path: Path) -> None:
    evil = write_zip(tmp_path / "evil.qdpx",
                     {"project.qde": project_xml(codebook_xml()), "../x.txt": b"x"})
    target = tmp_path / "never.telaah"

    with pytest.raises(UnsafeArchive):
        import_qdpx(evil, target)
    with pytest.raises(QdpxMissingSources):
        import_qdpx(DATA / "spec-example2-atlasti8_skyloom.qdpx", target)
    with pytest.raises(Cancelled):
        import_qdpx(DATA / "maxqda24_paperthemes_ICLS_just10.qdpx", target,
                    cancel=_cancel_after(12))

    assert list(tmp_path.glob("never.telaah*")) == []


def test_import_never_overwrites_an_existing_project(demo_path: Path, tmp_path: Path) -> None:
    before = demo_path.read_bytes()

    with pytest.raises(ProjectExists):
        import_qdpx(DATA / "atlasti23_ponte_target.qdpx", demo_path)

    assert demo_path.read_bytes() == before


def _cancel_after(calls: int):  # type: ignore[no-untyped-def]
    count = iter(range(calls, -1, -1))
    return lambda: next(count, 0) == 0


def test_source_variables_and_cases_in_the_file(rich_project: Project, tmp_path: Path) -> None:
    path = tmp_path / "cases.qdpx"
    export_qdpx(rich_project, path=path)
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("project.qde"))
    variables = {e.get("name"): e.get("typeOfVariable") for e in root.iter("{*}Variable")}
    assert variables["age"] == "Integer" and variables["score"] == "Float"
    assert variables["active"] == "Boolean" and variables["note"] == "Text"
    assert variables["Source date"] == "Date"
    cases = {e.get("name"): e for e in root.iter("{*}Case")}
    assert set(cases) == {"I1", "I2", "I3", "I4", "I5", "I6", "I7"}
    assert len(cases["I1"].findall("{*}SourceRef")) == 1
    dates = [e.findtext("{*}DateValue") for e in root.iter("{*}VariableValue")
             if e.find("{*}DateValue") is not None]
    assert date.fromisoformat(dates[0]).year == 2023

"""Merging a coder's copy: what it adds comes in once, differences are reported, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.core import merge_coding
from app.core.codebook_editing import add_code, rename_code
from app.core.coders import ensure_coder
from app.core.memos import add_memo
from app.core.project import Project
from app.core.project_copy import copy_project
from app.core.project_merge import merge_project
from app.core.review import review_segment
from app.core.segments import add_segment, list_segments, update_segment
from app.core.source_revision import revise_source
from app.errors import MergeSameProject
from app.models import Base, Code, CodedSegment, Memo, ReviewComment, Source

TITLE = "I1_kepala_dinas"


def _dump(project: Project) -> dict[str, list[tuple]]:
    with project.engine.connect() as connection:
        return {table.name: [tuple(row) for row in connection.execute(
                    select(table).order_by(*table.primary_key.columns))]
                for table in Base.metadata.sorted_tables}


def _ids(project: Project) -> tuple[int, int, str]:
    """The id and text of I1's transcript, and the id of Kinerja/Kualitas."""
    with project.reading() as session:
        source = session.scalar(select(Source).where(Source.title == TITLE))
        code_id = session.scalar(select(Code.id).where(Code.name == "Kualitas"))
        return source.id, code_id, source.text


@pytest.fixture
def copies(demo_path: Path, tmp_path: Path) -> tuple[Project, Project]:
    """This project (A) and coder B's copy of it; both closed at the end."""
    other = copy_project(demo_path, tmp_path / "coder-b.telaah")
    ours = Project.open(demo_path)
    yield ours, other
    ours.close()
    other.close()


def _code_in_b(other: Project) -> dict[str, int]:
    """Coder B codes two passages, adds a code, a memo, and is reviewed by the supervisor."""
    source_id, code_id, text = _ids(other)
    citra = ensure_coder(other, name="Citra").created
    start = text.index("Kota Bengkulu")
    first = add_segment(other, source_id=source_id, code_id=code_id, coder_id=citra,
                        start=start, end=start + len("Kota Bengkulu"), memo="tempat").created
    new_code = add_code(other, name="Inovasi", parent_id=None).created
    second = add_segment(other, source_id=source_id, code_id=new_code, coder_id=citra,
                         start=10, end=40).created
    add_memo(other, title="Catatan Citra", body="Kode inovasi perlu definisi.", code_id=new_code,
             author_id=citra)
    supervisor = ensure_coder(other, name="Dr. Sari", role="supervisor").created
    review_segment(other, segment_id=first, reviewer_id=supervisor, verdict="needs_revision",
                   comment="Terlalu pendek.")
    return {"first": first, "second": second, "coder": citra}


def test_merge_brings_in_what_the_copy_adds_once(copies: tuple[Project, Project]) -> None:
    ours, other = copies
    before = len(list_segments(ours))
    _code_in_b(other)

    report = merge_project(ours, other.location)

    assert report.added["segments"] == 2 and report.added["codes"] == 1
    assert report.added["memos"] == 1 and report.added["comments"] == 1
    assert report.added["coders"] == 2 and report.added["sources"] == 0
    assert not report.conflicts and not report.refused
    merged = list_segments(ours)
    assert len(merged) == before + 2
    citra = [segment for segment in merged if segment.coder == "Citra"]
    assert {segment.code for segment in citra} == {"Kinerja/Kualitas", "Inovasi"}
    reviewed = next(segment for segment in citra if segment.code == "Kinerja/Kualitas")
    assert reviewed.text == "Kota Bengkulu" and reviewed.review_status == "needs_revision"
    assert not report.changes.empty

    snapshot = _dump(ours)
    again = merge_project(ours, other.location)
    assert not again.added_anything
    assert _dump(ours) == snapshot  # idempotent


def test_dry_run_reports_the_same_and_changes_nothing(copies: tuple[Project, Project]) -> None:
    ours, other = copies
    _code_in_b(other)
    before = _dump(ours)

    planned = merge_project(ours, other.location, dry_run=True)

    assert _dump(ours) == before
    assert planned.dry_run and planned.changes.empty
    applied = merge_project(ours, other.location)
    assert planned.added == applied.added
    assert planned.notes == applied.notes


def test_a_renamed_code_is_reported_not_duplicated(copies: tuple[Project, Project]) -> None:
    ours, other = copies
    _source_id, code_id, _text = _ids(other)
    rename_code(other, code_id=code_id, name="Mutu")
    codes_before = len(_dump(ours)["codes"])

    report = merge_project(ours, other.location)

    assert len(_dump(ours)["codes"]) == codes_before
    renamed = [note for note in report.conflicts if "Mutu" in note.text()]
    assert renamed and "Kinerja/Kualitas" in renamed[0].text()


def test_a_segment_changed_in_both_keeps_ours_and_says_so(
        copies: tuple[Project, Project]) -> None:
    ours, other = copies
    segment = list_segments(other)[0]
    update_segment(other, segment_id=segment.id, actor_id=segment.coder_id,
                   end=segment.end - 1)

    report = merge_project(ours, other.location)

    assert not report.added_anything
    assert [note.template for note in report.conflicts] == [merge_coding.SEGMENT_DIFFERS]
    mine = next(s for s in list_segments(ours) if s.id == segment.id)
    assert mine.end == segment.end


def test_segments_on_a_revised_text_are_reanchored_or_refused(
        copies: tuple[Project, Project]) -> None:
    ours, other = copies
    source_id, code_id, text = _ids(other)
    citra = ensure_coder(other, name="Citra").created
    kept_words = "Kota Bengkulu"
    start = text.index(kept_words)
    add_segment(other, source_id=source_id, code_id=code_id, coder_id=citra, start=start,
                end=start + len(kept_words))
    # B corrects the transcript: a heading before everything, and one new paragraph that
    # B then codes (it cannot be placed on A's text).
    extra = "Catatan tambahan pewawancara tentang suasana kantor siang itu."
    revise_source(other, source_id=source_id, text="CATATAN\n\n" + text + "\n" + extra)
    _sid, _cid, revised = _ids(other)
    add_segment(other, source_id=source_id, code_id=code_id, coder_id=citra,
                start=revised.index(extra), end=revised.index(extra) + len(extra))

    report = merge_project(ours, other.location)

    assert report.added["segments"] == 1
    assert len(report.refused) == 1 and "suasana kantor" in report.refused[0].text()
    placed = [s for s in list_segments(ours) if s.coder == "Citra"]
    assert [s.text for s in placed] == [kept_words]
    assert text[placed[0].start:placed[0].end] == kept_words
    _source_id, _code_id, our_text = _ids(ours)
    assert our_text == text  # this project's text is kept
    assert not merge_project(ours, other.location).added_anything


def test_a_new_source_comes_with_its_segments(copies: tuple[Project, Project],
                                              tmp_path: Path) -> None:
    from app.core.sources import import_sources

    ours, other = copies
    transcript = tmp_path / "I7_camat.txt"
    transcript.write_text("P: Bagaimana kinerja dinas?\nI7: Sudah cukup baik menurut saya.\n",
                          encoding="utf-8")
    import_sources(other, paths=[transcript])
    _source_id, code_id, _text = _ids(other)
    citra = ensure_coder(other, name="Citra").created
    with other.reading() as session:
        new_source = session.scalar(select(Source.id).where(Source.title == "I7_camat"))
    add_segment(other, source_id=new_source, code_id=code_id, coder_id=citra, start=32, end=49)

    report = merge_project(ours, other.location)

    assert report.added["sources"] == 1 and report.added["segments"] == 1
    segment = next(s for s in list_segments(ours) if s.source == "I7_camat")
    assert segment.text == "Sudah cukup baik "


def test_a_failing_merge_leaves_the_project_unchanged(
        copies: tuple[Project, Project], monkeypatch: pytest.MonkeyPatch) -> None:
    ours, other = copies
    _code_in_b(other)
    before = _dump(ours)

    def broken(_state: object) -> None:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(merge_coding, "_merge_memos", broken)
    with pytest.raises(RuntimeError):
        merge_project(ours, other.location)
    assert _dump(ours) == before


def test_merging_a_project_into_itself_is_refused(demo_project: Project) -> None:
    with pytest.raises(MergeSameProject):
        merge_project(demo_project, demo_project.location)


def test_merge_counts_match_the_rows(copies: tuple[Project, Project]) -> None:
    ours, other = copies
    _code_in_b(other)
    with ours.reading() as session:
        counts = [session.scalar(select(func.count()).select_from(model))
                  for model in (CodedSegment, Memo, ReviewComment)]
    report = merge_project(ours, other.location)
    with ours.reading() as session:
        after = [session.scalar(select(func.count()).select_from(model))
                 for model in (CodedSegment, Memo, ReviewComment)]
    assert [b - a for a, b in zip(counts, after)] == [
        report.added["segments"], report.added["memos"], report.added["comments"]]


def test_summaries_conclusions_and_informants_come_or_are_reported(
        copies: tuple[Project, Project]) -> None:
    from app.core.conclusions import link_evidence, save_conclusion
    from app.core.condensation import code_summary, set_code_summary
    from app.core.informants import informant_id_of
    from app.core.source_editing import update_informant
    from app.models import Conclusion, ConclusionEvidence

    ours, other = copies
    with other.reading() as session:
        codes = {name: code_id for code_id, name in session.execute(select(Code.id, Code.name))}
    set_code_summary(other, code_id=codes["Waktu"], body="Tepat waktu kecuali saat pandemi.")
    set_code_summary(other, code_id=codes["Kualitas"], body="Ringkasan versi B.")
    set_code_summary(ours, code_id=codes["Kualitas"], body="Ringkasan versi A.")
    conclusion = save_conclusion(other, code_id=codes["Kuantitas"],
                                 statement="Kuantitas kerja cukup baik.").created
    evidence = next(s for s in list_segments(other) if s.code == "Kinerja/Kuantitas")
    with other.reading() as session:
        conclusion = conclusion or session.scalar(select(Conclusion.id))
    link_evidence(other, conclusion_id=conclusion, segment_id=evidence.id, role="supporting")
    update_informant(other, informant_id=informant_id_of(other, label="I2"),
                     pseudonym="Pak Dodi (B)")

    report = merge_project(ours, other.location)

    assert report.added["summaries"] == 1 and report.added["conclusions"] == 1
    assert code_summary(ours, code_id=codes["Waktu"]) == "Tepat waktu kecuali saat pandemi."
    assert code_summary(ours, code_id=codes["Kualitas"]) == "Ringkasan versi A."
    texts = [note.text() for note in report.conflicts]
    assert any("summary of Kinerja/Kualitas" in text for text in texts)
    assert any("informant I2" in text for text in texts)
    with ours.reading() as session:
        linked = session.scalars(select(ConclusionEvidence.segment_id)).all()
        statement = session.scalar(select(Conclusion.statement)
                                   .where(Conclusion.code_id == codes["Kuantitas"]))
    assert statement == "Kuantitas kerja cukup baik." and linked == [evidence.id]
    assert not merge_project(ours, other.location).added_anything

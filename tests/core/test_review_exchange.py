"""Review in Word and back: export, the supervisor's replies and new comments, import (also
after LibreOffice saved the file), idempotence and what cannot be placed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.core.coders import ensure_coder
from app.core.project import Project
from app.core.review_exchange import export_review_document
from app.core.review_exchange_import import (
    NO_CODE,
    import_review_document,
    verdict_of,
)
from app.core.segments import list_segments
from app.errors import NotSupervisor, ReviewDocumentForeign, ReviewDocumentOtherProject
from app.models import Base, ReviewComment
from tests.core.review_word_edits import WordEdits, through_libreoffice


def _dump(project: Project) -> dict[str, list[tuple]]:
    with project.engine.connect() as connection:
        return {table.name: [tuple(row) for row in connection.execute(
                    select(table).order_by(*table.primary_key.columns))]
                for table in Base.metadata.sorted_tables}


@pytest.fixture
def supervised(demo_project: Project) -> Project:
    ensure_coder(demo_project, name="Dr. Sari", role="supervisor")
    return demo_project


def _edited(project: Project, tmp_path: Path) -> tuple[Path, list[int]]:
    """I1's segments exported; the supervisor answers three and adds two new comments."""
    exported = tmp_path / "review.docx"
    report = export_review_document(project, reviewer="Dr. Sari", path=exported,
                                    informants=["I1"], coders=["Annisa"])
    segments = [s for s in list_segments(project) if s.informant == "I1" and s.coder == "Annisa"]
    assert report.segments == len(segments) and report.sources == 1
    # Three segments no other Annisa segment shares a passage with.
    spans = [(s.start, s.end) for s in segments]
    chosen = [s.id for s in segments if spans.count((s.start, s.end)) == 1][:3]
    edits = WordEdits(exported)
    edits.reply(chosen[0], "Setuju, tepat.")
    edits.reply(chosen[1], "Revisi: batas segmen terlalu lebar.", linked=True)
    edits.reply(chosen[2], "Menarik, bandingkan dengan I3.")
    edits.comment_on_line("Tanggal:", "Kualitas: tanggal juga perlu dicatat.")
    edits.comment_on_line("Durasi:", "Bagus sekali.")
    return edits.save(tmp_path / "review-back.docx"), chosen


def _check_import(project: Project, document: Path, chosen: list[int]) -> None:
    report = import_review_document(project, path=document, reviewer="Dr. Sari")
    assert report.comments == 3 and report.verdicts == {"accepted": 1, "needs_revision": 1}
    assert report.suggestions == 1
    assert [item.reason for item in report.unplaced] == [NO_CODE]
    assert report.unplaced[0].text == "Bagus sekali."
    statuses = {s.id: s.review_status for s in list_segments(project)}
    assert statuses[chosen[0]] == "accepted" and statuses[chosen[1]] == "needs_revision"
    assert statuses[chosen[2]] == "pending"
    with project.reading() as session:
        bodies = dict(session.execute(
            select(ReviewComment.segment_id, ReviewComment.body)
            .where(ReviewComment.segment_id.in_(chosen))).all())
    assert bodies[chosen[2]] == "Menarik, bandingkan dengan I3."
    suggestion = next(s for s in list_segments(project) if s.coder == "Dr. Sari")
    assert suggestion.code == "Kinerja/Kualitas" and suggestion.review_status == "pending"
    assert suggestion.text.startswith("Tanggal:")
    assert suggestion.memo == "Kualitas: tanggal juga perlu dicatat."
    with project.reading() as session:
        from app.models import Source
        text = session.scalar(select(Source.text).where(Source.id == suggestion.source_id))
    assert text[suggestion.start:suggestion.end] == suggestion.text

    before = _dump(project)
    again = import_review_document(project, path=document, reviewer="Dr. Sari")
    assert not again.added_anything and again.already == 4
    assert _dump(project) == before


def test_replies_verdicts_and_suggestions_come_back(supervised: Project, tmp_path: Path) -> None:
    document, chosen = _edited(supervised, tmp_path)
    _check_import(supervised, document, chosen)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_same_after_libreoffice_saved_it(supervised: Project, tmp_path: Path) -> None:
    document, chosen = _edited(supervised, tmp_path)
    converted = through_libreoffice(document, tmp_path / "lo")
    assert converted.read_bytes() != document.read_bytes()
    _check_import(supervised, converted, chosen)


def test_verdict_words() -> None:
    assert verdict_of("Setuju.") == "accepted" and verdict_of("OK, bagus") == "accepted"
    assert verdict_of("revisi: terlalu lebar") == "needs_revision"
    assert verdict_of("Needs revision - see I3") == "needs_revision"
    assert verdict_of("Tolak") == "rejected" and verdict_of("Reject: not this code") == "rejected"
    assert verdict_of("Oktober saja") is None and verdict_of("Menarik") is None


def test_a_coder_cannot_give_verdicts_and_nothing_is_written(supervised: Project,
                                                             tmp_path: Path) -> None:
    document, _chosen = _edited(supervised, tmp_path)
    before = _dump(supervised)
    with pytest.raises(NotSupervisor):
        import_review_document(supervised, path=document, reviewer="Bima")
    assert _dump(supervised) == before


def test_documents_from_elsewhere_are_refused(supervised: Project, tmp_path: Path) -> None:
    from docx import Document

    plain = tmp_path / "plain.docx"
    document = Document()
    document.add_paragraph("Catatan pembimbing.")
    document.save(str(plain))
    with pytest.raises(ReviewDocumentForeign):
        import_review_document(supervised, path=plain, reviewer="Dr. Sari")
    other = Project.create(tmp_path / "other.telaah", title="Lain")
    try:
        exported = tmp_path / "other.docx"
        export_review_document(other, reviewer="Dr. Sari", path=exported)
    finally:
        other.close()
    with pytest.raises(ReviewDocumentOtherProject):
        import_review_document(supervised, path=exported, reviewer="Dr. Sari")
    with supervised.reading() as session:
        assert session.scalar(select(func.count()).select_from(ReviewComment)) == 0


def test_filters_choose_the_segments(supervised: Project, tmp_path: Path) -> None:
    path = tmp_path / "kualitas.docx"
    report = export_review_document(supervised, reviewer="Dr. Sari", path=path,
                                    codes=["Kinerja"], coders=["Bima"])
    expected = [s for s in list_segments(supervised)
                if s.code.startswith("Kinerja/") and s.coder == "Bima"]
    assert report.segments == len(expected) > 0
    from app.io.docx_review_reader import read_review_document

    marks = {comment.segment_id for comment in read_review_document(path).comments}
    assert marks == {s.id for s in expected}


def test_a_passage_several_segments_share_needs_the_segment_number(
        supervised: Project, tmp_path: Path) -> None:
    from app.core.review_exchange_import import AMBIGUOUS, GONE
    from app.core.segments import remove_segment

    exported = tmp_path / "review.docx"
    export_review_document(supervised, reviewer="Dr. Sari", path=exported, informants=["I1"])
    segments = [s for s in list_segments(supervised) if s.informant == "I1"]
    spans = [(s.start, s.end) for s in segments]
    shared = [s for s in segments if spans.count((s.start, s.end)) > 1]
    first, second = shared[0], next(s for s in shared[1:] if (s.start, s.end) == (
        shared[0].start, shared[0].end))
    alone = next(s for s in segments if spans.count((s.start, s.end)) == 1)
    edits = WordEdits(exported)
    edits.reply(first.id, "Setuju.")  # which of the two? Not said, not linked
    edits.reply(second.id, f"§{second.id} tolak: bukan kode ini.")
    edits.reply(alone.id, "Ok.")
    back = edits.save(tmp_path / "back.docx")
    remove_segment(supervised, segment_id=alone.id, actor_id=alone.coder_id)

    report = import_review_document(supervised, path=back, reviewer="Dr. Sari")

    assert report.verdicts == {"rejected": 1}
    assert sorted(item.reason for item in report.unplaced) == sorted([AMBIGUOUS, GONE])
    statuses = {s.id: s.review_status for s in list_segments(supervised)}
    assert statuses[second.id] == "rejected" and statuses[first.id] == "pending"
    with supervised.reading() as session:
        body = session.scalar(select(ReviewComment.body)
                              .where(ReviewComment.segment_id == second.id))
    assert body == "tolak: bukan kode ini."

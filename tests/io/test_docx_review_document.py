"""The review document: every segment a real Word comment on exactly its passage, read back
to the same offsets (code points, also past emoji and combining marks)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from app.errors import CorruptDocument
from app.io.docx_review_document import (
    CodeDefinition,
    ReviewDocumentContent,
    ReviewSegment,
    ReviewSource,
    write_review_document,
)
from app.io.docx_review_reader import read_review_document

TEXT = ("P: Bagaimana kualitas kerja pegawai? 😀\n"
        "I1: Kualitas belum maksimal, kata Bu Ratna\u0301.\n"
        "\n"
        "I1: Programnya jalan,\tkegiatannya ada.")


def _content(segments: list[ReviewSegment]) -> ReviewDocumentContent:
    return ReviewDocumentContent(
        project_guid="guid-1", title="Review", intro=["Untuk Dr. Sari."],
        sources=[ReviewSource(title="I1_wawancara", heading="I1_wawancara (I1)", text=TEXT,
                              segments=segments)],
        codebook_title="Codebook",
        codebook=[CodeDefinition(path="Kinerja/Kualitas",
                                 lines=(("Definition", "Mutu hasil kerja."),))],
        labels={"memo": "Memo", "status": "Status"})


def _segment(segment_id: int, words: str, *, occurrence: int = 0, **extra: object) -> ReviewSegment:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(words, start + 1)
    return ReviewSegment(id=segment_id, start=start, end=start + len(words),
                         code="Kinerja/Kualitas", coder="Annisa", **extra)  # type: ignore[arg-type]


def test_each_segment_is_a_comment_on_its_passage(tmp_path: Path) -> None:
    segments = [
        _segment(1, "kualitas kerja pegawai? 😀"),
        _segment(2, "Kualitas belum maksimal", memo="inti", status="pending",
                 thread=("Dr. Sari (needs revision, 2026-12-01): terlalu pendek",)),
        # overlaps, spans lines
        _segment(3, "belum maksimal, kata Bu Ratna\u0301.\n\nI1: Programnya"),
        _segment(4, "jalan,\tkegiatannya"),
    ]
    path = tmp_path / "review.docx"
    write_review_document(_content(segments), path)

    read = read_review_document(path)
    assert read.project_guid == "guid-1"
    assert read.sections["I1_wawancara (I1)"] == TEXT
    by_segment = {comment.segment_id: comment for comment in read.comments}
    assert set(by_segment) == {1, 2, 3, 4}
    for segment in segments:
        comment = by_segment[segment.id]
        assert (comment.start, comment.end) == (segment.start, segment.end)
        assert comment.quote == TEXT[segment.start:segment.end]
        assert comment.author == "Annisa"
    assert by_segment[2].text.splitlines() == [
        "§2 · Kinerja/Kualitas · Annisa", "Memo: inti", "Status: pending",
        "Dr. Sari (needs revision, 2026-12-01): terlalu pendek"]
    # python-docx reads the same document: real comments, the codebook in the appendix.
    document = Document(str(path))
    assert len(list(document.comments)) == 4
    assert "Mutu hasil kerja." in "\n".join(p.text for p in document.paragraphs)


def test_a_damaged_file_is_refused_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "review.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(CorruptDocument):
        read_review_document(path)

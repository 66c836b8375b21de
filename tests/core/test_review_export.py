"""The review summary's words are defined once, in the core; both front ends translate them."""

from __future__ import annotations

from pathlib import Path

from app.core.project import Project
from app.core.review_export import REVIEW_SUMMARY_LABELS, review_summary_labels
from app.core.vocabulary import REVIEW_STATUSES
from app.i18n import translator_for


def test_every_status_and_role_has_a_label() -> None:
    assert set(REVIEW_STATUSES) <= set(REVIEW_SUMMARY_LABELS)
    assert {"role_coder", "role_supervisor", "title", "was"} <= set(REVIEW_SUMMARY_LABELS)


def test_the_labels_in_both_languages() -> None:
    english = review_summary_labels(translator_for("en"))
    indonesian = review_summary_labels(translator_for("id"))
    assert english["code"] == "Code" and indonesian["code"] == "Kode"
    assert all("{text}" in labels["was"] for labels in (english, indonesian))
    assert indonesian["title"] != english["title"]


def test_the_summary_lists_a_recorded_segment_with_its_time_range(demo_project: Project,
                                                                  tmp_path: Path) -> None:
    from docx import Document

    from app.core.codes import list_codes
    from app.core.coding_by_name import code_span
    from app.core.lookup import lookup_source
    from app.core.recordings import read_recording
    from app.core.review import comment_as
    from app.core.review_export import export_review_summary
    from app.core.sources import read_source
    from app.io.sync_points import clock

    source_id = lookup_source(demo_project, title="I4_pendamping").id
    turns = read_source(demo_project, source_id=source_id).turns
    view = read_recording(demo_project, source_id=source_id)
    assert view is not None
    start, end = turns[1].start + 10, turns[2].start + 30
    begin, finish = view.passage_times(start, end) or (0, 0)
    code = next(item for item in list_codes(demo_project) if item.codable)
    changes = code_span(demo_project, source="I4_pendamping", code=code.path, coder="Uji",
                        start=start, end=end)
    assert changes.created is not None
    comment_as(demo_project, segment_id=changes.created, author="Pembimbing",
               body="Apakah ini cukup?")
    path = tmp_path / "ringkasan.docx"
    export_review_summary(demo_project, path, translate=translator_for("en"))
    cells = [cell.text for table in Document(str(path)).tables for row in table.rows
             for cell in row.cells]
    assert any(text.endswith(f"turn {turns[1].number}, {clock(begin)}\u2013{clock(finish)}")
               for text in cells)

"""The student's side of review: the question on opening, "My feedback" with "Show in
text", the margin tooltip, the role in the status bar and the first-start question."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.coders import ensure_coder
from app.core.project import Project
from app.core.review import review_segment
from app.core.segments import list_segments
from app.ui.coding.coding_margin import segment_tooltip
from app.ui.review.review_panel import ReviewPanel
from app.ui.review.review_start import last_comment_text, review_question
from app.ui.shell.launch import coder_question, project_people
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import identity, show_active


def _send_back(path: Path, coder: str, count: int) -> list[int]:
    project = Project.open(path)
    try:
        supervisor = ensure_coder(project, name="Dr. Sari", role="supervisor").created
        mine = [s for s in list_segments(project) if s.coder == coder][:count]
        for segment in mine:
            review_segment(project, segment_id=segment.id, reviewer_id=supervisor,
                           verdict="needs_revision", comment="Potong sampai koma.")
        return [segment.id for segment in mine]
    finally:
        project.close()


def test_a_student_is_told_and_shown_what_to_revise(qtbot: QtBot, demo_path: Path) -> None:
    sent_back = _send_back(demo_path, "Bima", 2)
    window = MainWindow(Project.open(demo_path), "Bima", identity)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    box = review_question(window)
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert "2 segments back for revision" in box.text()
    assert window.coder_label.text() == "Coder: Bima"
    box.button(QMessageBox.StandardButton.Yes).click()
    panel = next(w for w in window.findChildren(ReviewPanel))
    assert panel.tabs.currentWidget() is panel.feedback
    assert panel.feedback.count() == 2
    first = panel.feedback.current()
    assert first is not None and first.segment.id in sent_back
    panel.feedback.show_current()
    view = window.workspace.transcript.view
    assert view.current_segment_id == first.segment.id  # Ctrl+B now works on it
    panel.close()
    window.close()


def test_one_segment_is_said_in_the_singular(qtbot: QtBot, demo_path: Path) -> None:
    _send_back(demo_path, "Annisa", 1)
    window = MainWindow(Project.open(demo_path), "Annisa", identity)
    qtbot.addWidget(window)
    box = review_question(window)
    assert box is not None and "sent 1 segment back for revision" in box.text()
    window.close()


def test_the_status_bar_shows_a_supervisors_role(qtbot: QtBot, demo_path: Path) -> None:
    _send_back(demo_path, "Annisa", 1)
    window = MainWindow(Project.open(demo_path), "Dr. Sari", identity)
    qtbot.addWidget(window)
    assert window.coder_label.text() == "Supervisor: Dr. Sari"
    assert review_question(window) is None
    window.close()


def test_the_margin_tooltip_shows_review_status_and_last_comment(demo_path: Path) -> None:
    [segment_id] = _send_back(demo_path, "Annisa", 1)
    project = Project.open(demo_path)
    try:
        segment = next(s for s in list_segments(project) if s.id == segment_id)
        last = last_comment_text(project, segment_id)
        tip = segment_tooltip(segment, last)
    finally:
        project.close()
    assert "Review: Needs revision" in tip
    assert "Last comment: Dr. Sari (Needs revision): Potong sampai koma." in tip


def test_the_first_start_question_offers_the_projects_people(
        qtbot: QtBot, demo_path: Path) -> None:
    _send_back(demo_path, "Annisa", 1)
    people = project_people(demo_path)
    assert ("Dr. Sari", "supervisor") in people and ("Annisa", "coder") in people
    dialog = coder_question(people)
    qtbot.addWidget(dialog)
    assert dialog.comboBoxItems()[:2] == ["Annisa", "Bima"] or "Annisa" in dialog.comboBoxItems()
    assert dialog.isComboBoxEditable() and "Dr. Sari (supervisor)" in dialog.labelText()
    dialog.setTextValue("Citra")  # a new name can be typed
    assert dialog.textValue() == "Citra"
    assert project_people(None) == []

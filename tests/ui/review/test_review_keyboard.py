"""The supervisor's queue is safe and works from the keyboard: Enter never gives a verdict,
every verdict can be undone (here and through Edit › Undo), a changed segment asks first,
and Tab walks table → segment → comment → verdicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.core.coders import ensure_coder, set_coder_role
from app.core.project import Project
from app.core.review import review_segment, review_thread
from app.core.segments import list_segments, update_segment
from app.errors import TelaahError
from app.ui.host.change_hub import ChangeHub
from app.ui.review.review_panel import ReviewPanel, open_review
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import keep_shot
from tests.ui.jobs import finished

SUPERVISOR = "Dosen"


@pytest.fixture
def supervised(demo_project: Project) -> Project:
    coder_id = ensure_coder(demo_project, name=SUPERVISOR).created
    assert coder_id is not None
    set_coder_role(demo_project, coder_id=coder_id, role="supervisor")
    return demo_project


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[TelaahError]:
    shown: list[TelaahError] = []
    monkeypatch.setattr("app.ui.review.review_panel.show_error",
                        lambda _parent, error, _translate: shown.append(error))
    return shown


def _shown_panel(qtbot: QtBot, project: Project, name: str = SUPERVISOR) -> ReviewPanel:
    panel = ReviewPanel(project, ChangeHub(), name, lambda *_span: None)
    qtbot.addWidget(panel)
    with qtbot.waitExposed(panel):
        panel.show()
    with qtbot.waitActive(panel):
        panel.activateWindow()
    return panel


def _statuses(project: Project) -> dict[int, str]:
    return {s.id: s.review_status for s in list_segments(project)}


def test_enter_on_a_row_reads_it_and_never_gives_a_verdict(
        qtbot: QtBot, supervised: Project) -> None:
    panel = _shown_panel(qtbot, supervised)
    before = _statuses(supervised)
    buttons = panel.findChildren(QPushButton)
    assert buttons and not any(b.isDefault() or b.autoDefault() for b in buttons)
    panel.queue.setFocus()
    qtbot.waitUntil(panel.queue.hasFocus)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        panel.queue.setFocus()
        qtbot.keyClick(panel.queue, key)
        assert panel.segment_view.hasFocus()
        qtbot.keyClick(panel.segment_view, key)
        qtbot.keyClick(panel, key)
    assert _statuses(supervised) == before
    assert panel.model.rowCount() == 429


def test_a_verdict_is_undone_from_the_queue(qtbot: QtBot, supervised: Project) -> None:
    panel = _shown_panel(qtbot, supervised)
    assert not panel.undo_button.isEnabled()
    first = panel.current_segment()
    assert first is not None
    assert panel.give_verdict("accepted")
    assert _statuses(supervised)[first.id] == "accepted"
    assert panel.model.row_of(first.id) == -1
    assert panel.undo_button.isEnabled() and "Accepted" in panel.undo_button.toolTip()
    assert panel.undo()
    assert _statuses(supervised)[first.id] == "pending"
    assert review_thread(supervised, segment_id=first.id) == []
    assert panel.current_segment() is not None and panel.current_segment().id == first.id
    assert panel.model.rowCount() == 429


def test_an_older_verdict_is_set_back_to_pending(qtbot: QtBot, supervised: Project) -> None:
    segment = list_segments(supervised)[0]
    reviewer = ensure_coder(supervised, name=SUPERVISOR).created
    review_segment(supervised, segment_id=segment.id, reviewer_id=reviewer,
                   verdict="rejected", comment="Bukan kinerja.")
    panel = _shown_panel(qtbot, supervised)
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("rejected"))
    assert panel.current_segment() is not None and panel.current_segment().id == segment.id
    assert panel.pending_button.isEnabled()
    # A shortcut presses its button the way a click does (the button shows it pressed).
    qtbot.keyClick(panel, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _statuses(supervised)[segment.id] == "pending")
    qtbot.keyClick(panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _statuses(supervised)[segment.id] == "rejected")


def test_edit_undo_in_the_main_window_takes_a_verdict_back(
        qtbot: QtBot, window: MainWindow) -> None:
    reviewer = ensure_coder(window.project, name="Tester").created
    set_coder_role(window.project, coder_id=reviewer, role="supervisor")
    panel = open_review(window)
    assert panel is not None
    segment = panel.current_segment()
    assert segment is not None
    assert panel.give_verdict("accepted")
    undo = window.actions_by_name["undo"]
    assert undo.isEnabled()
    undo.trigger()
    assert _statuses(window.project)[segment.id] == "pending"
    qtbot.waitUntil(lambda: panel.model.row_of(segment.id) >= 0)
    panel.close()


def test_the_whole_queue_is_worked_from_the_keyboard(qtbot: QtBot, supervised: Project) -> None:
    panel = _shown_panel(qtbot, supervised)
    panel.queue.setFocus()
    qtbot.waitUntil(panel.queue.hasFocus)
    qtbot.keyClick(panel.queue, Qt.Key.Key_Down)  # the second row
    chosen = panel.current_segment()
    assert chosen is not None and panel.model.row_of(chosen.id) == 1
    walk = [panel.segment_view, panel.comment_edit, panel.accept_button, panel.revise_button,
            panel.reject_button]
    for widget in walk:
        qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Tab)
        assert panel.focusWidget() is widget
        if widget is panel.comment_edit:
            qtbot.keyClicks(panel.comment_edit, "Potong sampai koma.")
    for widget in reversed(walk[:-1]):
        qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Backtab,
                       Qt.KeyboardModifier.ShiftModifier)
        assert panel.focusWidget() is widget
    qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _statuses(supervised)[chosen.id] == "needs_revision")
    assert [c.body for c in review_thread(supervised, segment_id=chosen.id)] == [
        "Potong sampai koma."]
    assert panel.current_segment() is not None
    assert panel.model.row_of(panel.current_segment().id) == 1  # the next one, same place


def test_every_verdict_shows_its_shortcut(qtbot: QtBot, supervised: Project) -> None:
    panel = _shown_panel(qtbot, supervised)
    for button, key in ((panel.accept_button, "Ctrl+1"), (panel.revise_button, "Ctrl+2"),
                        (panel.reject_button, "Ctrl+3"), (panel.reply_button, "Ctrl+4")):
        assert key in button.text() and key in button.toolTip()
        assert button.shortcut().toString() == key


def test_a_changed_segment_asks_before_the_verdict(
        qtbot: QtBot, supervised: Project) -> None:
    panel = _shown_panel(qtbot, supervised)
    segment = panel.current_segment()
    assert segment is not None
    update_segment(supervised, segment_id=segment.id, actor_id=segment.coder_id,
                   start=segment.start, end=segment.end - 1)  # the coder, meanwhile
    asked: list[int] = []
    panel.confirm_changed = lambda seen: asked.append(seen.id) or False
    assert not panel.give_verdict("accepted")
    assert asked == [segment.id] and _statuses(supervised)[segment.id] == "pending"
    assert panel.current_segment().text == segment.text[:-1]  # reloaded: the new text
    panel.confirm_changed = lambda seen: True
    update_segment(supervised, segment_id=segment.id, actor_id=segment.coder_id,
                   start=segment.start, end=segment.end - 2)
    assert panel.give_verdict("accepted")
    assert _statuses(supervised)[segment.id] == "accepted"


def test_a_revised_segment_shows_old_and_new_side_by_side(
        qtbot: QtBot, supervised: Project) -> None:
    segment = list_segments(supervised)[0]
    reviewer = ensure_coder(supervised, name=SUPERVISOR).created
    review_segment(supervised, segment_id=segment.id, reviewer_id=reviewer,
                   verdict="needs_revision", comment="Potong.")
    update_segment(supervised, segment_id=segment.id, actor_id=segment.coder_id,
                   start=segment.start, end=segment.end - 10)
    panel = _shown_panel(qtbot, supervised)
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("revised"))
    shown = panel.segment_view.toPlainText()
    assert "Before revision" in shown and "After revision" in shown
    assert f"{segment.end - segment.start} characters" in shown
    assert f"{segment.end - 10 - segment.start} characters" in shown
    keep_shot(panel, "review_revised.png")


def test_quotes_are_readable_and_the_segment_shows_its_turn(
        qtbot: QtBot, supervised: Project) -> None:
    panel = _shown_panel(qtbot, supervised)
    segment = panel.current_segment()
    assert segment is not None
    quote = panel.model.index(0, 4).data()
    assert len(quote) >= min(len(" ".join(segment.text.split())), 200)
    assert "turn" in panel.model.index(0, 0).data()
    shown = panel.segment_view.toPlainText()
    assert " ".join(segment.text.split()) in " ".join(shown.split())
    assert len(shown) > len(segment.text) + 40  # the turn around it


def test_messages_plurals_and_the_coders_comment_box(
        qtbot: QtBot, supervised: Project, errors: list[TelaahError]) -> None:
    panel = _shown_panel(qtbot, supervised)
    assert not panel.give_verdict("needs_revision")
    message = errors[-1].message()
    assert "needs_revision" not in message and "revision" in message
    panel.coder_filter.setCurrentIndex(panel.coder_filter.findText("Bima"))
    assert panel.count_label.text() == f"{panel.model.rowCount()} segments"
    assert SUPERVISOR not in [panel.coder_filter.itemText(i)
                              for i in range(panel.coder_filter.count())]
    coder = _shown_panel(qtbot, supervised, "Bima")
    assert "revision" not in coder.comment_edit.placeholderText()
    assert "supervisor" in coder.comment_edit.placeholderText()


def test_one_segment_is_said_in_the_singular(qtbot: QtBot, supervised: Project) -> None:
    segment = list_segments(supervised)[0]
    reviewer = ensure_coder(supervised, name=SUPERVISOR).created
    review_segment(supervised, segment_id=segment.id, reviewer_id=reviewer,
                   verdict="rejected", comment="Bukan kinerja.")
    panel = _shown_panel(qtbot, supervised)
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("rejected"))
    assert panel.count_label.text() == "1 segment"


def test_the_coders_feedback_lists_quote_turn_date_and_state(
        qtbot: QtBot, supervised: Project) -> None:
    segment = next(s for s in list_segments(supervised) if s.coder == "Bima")
    reviewer = ensure_coder(supervised, name=SUPERVISOR).created
    review_segment(supervised, segment_id=segment.id, reviewer_id=reviewer,
                   verdict="needs_revision", comment="Potong sampai koma.")
    jumps: list[tuple[int, int, int]] = []
    panel = ReviewPanel(supervised, ChangeHub(), "Bima", lambda *span: jumps.append(span))
    qtbot.addWidget(panel)
    assert panel.feedback.count() == 1
    text = panel.feedback.item(0).text()
    first_word = segment.text.split()[0]
    assert "Open" in text and "Needs revision" in text and first_word in text
    assert "turn" in text and "Potong sampai koma." in text
    assert str(list_segments(supervised)[0].created_at.year)[-2:] in text
    panel.feedback.show_current()
    assert jumps == [(segment.source_id, segment.start, segment.end)]


def test_the_gui_says_where_the_summary_was_saved(
        qtbot: QtBot, supervised: Project, tmp_path: Path) -> None:
    panel = _shown_panel(qtbot, supervised)
    target = tmp_path / "ringkasan.docx"
    assert finished(qtbot, panel.export_summary(target))
    assert str(target) in panel.saved_label.text()
    assert Document(str(target)).paragraphs[0].text == "Review summary"

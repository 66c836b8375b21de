"""The transcript's context menu on a coded passage, Ctrl+M on the segment under the cursor,
Ctrl+Y, and messages that name the turn and first words (issue 15). Real widgets on a real
project file."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu
from pytestqt.qtbot import QtBot

from app.core.segments import SegmentView
from app.ui.coding.segment_menu import ADJUST_BOUNDS, CHANGE_CODE, DELETE, EDIT_MEMO, SHOW_IN_REVIEW
from app.ui.host.passage_names import segment_name
from app.ui.review.review_panel import ReviewPanel
from app.ui.shell.main_window import MainWindow
from app.ui.shell.workspace import Workspace
from tests.ui.conftest import keep_shot
from tests.ui.segment_bench import (
    FIRST,
    OFFSETS,
    OTHER_CODER,
    POPUPS,
    REAL_PICK,
    TEXT,
    build_study,
    code,
    here,
    open_window,
    parts,
    put_cursor,
    refuse_questions,
    segment_of,
    submenus,
    trigger,
    utf16,
)


@pytest.fixture
def project_path(demo_path: Path, tmp_path: Path) -> Path:
    return build_study(demo_path, tmp_path)


@pytest.fixture(autouse=True)
def no_unexpected_question(monkeypatch: pytest.MonkeyPatch) -> None:
    refuse_questions(monkeypatch)


@pytest.fixture
def window(qtbot: QtBot, project_path: Path) -> Iterator[MainWindow]:
    main_window = open_window(qtbot, project_path)
    yield main_window
    main_window.close()


def test_the_menu_lists_the_segments_under_the_pointer_with_their_actions(
        window: MainWindow) -> None:
    _workspace, _project, view = parts(window)
    inside_both = TEXT.index("antrean")
    menu = view.code_menu(utf16(inside_both))
    titles = [sub.title() for sub in submenus(menu)]
    assert titles == ["Kinerja/Kualitas — Tester", "Hambatan/Minim Diklat — Tester"]
    first = submenus(menu)[0]
    assert [a.text() for a in first.actions() if not a.isSeparator()] == [
        "Change code…", "Edit memo…", "Adjust bounds…", "Delete segment", "Show in review"]
    assert "turn 2" in first.toolTip() and "Pelayanan sudah cepat" in first.toolTip()
    # Outside any segment: no segment part, the codes as before.
    plain = view.code_menu(utf16(TEXT.index("Bagaimana")))
    assert submenus(plain) == []
    # Another coder's segment can only be shown in review.
    (others,) = submenus(view.code_menu(utf16(TEXT.index("Petugas"))))
    assert others.title() == f"{segment_of(window, 'Kuantitas').code} — Ani"
    enabled = {a.objectName(): a.isEnabled() for a in others.actions() if not a.isSeparator()}
    assert enabled == {CHANGE_CODE: False, EDIT_MEMO: False, ADJUST_BOUNDS: False,
                       DELETE: False, SHOW_IN_REVIEW: True}
    assert "Coded by Ani" in next(a for a in others.actions()
                                  if a.objectName() == DELETE).toolTip()


@POPUPS
def test_a_real_right_click_opens_the_menu_with_the_segments(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    _workspace, _project, view = parts(window)
    cursor = QTextCursor(view.document())
    cursor.setPosition(utf16(TEXT.index("Petugas")) + 2)
    point = view.cursorRect(cursor).center()
    seen: list[list[str]] = []

    def look_and_close() -> None:
        popup = QApplication.activePopupWidget()
        assert isinstance(popup, QMenu)
        seen.append([sub.title() for sub in submenus(popup)])
        keep_shot(popup, "segment_context_menu.png")
        popup.close()

    QTimer.singleShot(0, look_and_close)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                              view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    assert seen == [[f"{segment_of(window, 'Kuantitas').code} — {OTHER_CODER}"]]


def test_each_menu_action_changes_the_project(window: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    workspace, project, view = parts(window)
    target = segment_of(window, "Kualitas")
    point = utf16(TEXT.index("cepat"))

    def first_menu() -> QMenu:
        return next(sub for sub in submenus(view.code_menu(point))
                    if sub.property("segment_id") == target.id)

    monkeypatch.setattr(Workspace, "choose_code", lambda self, title: code(project, "Kuantitas"))
    trigger(first_menu(), CHANGE_CODE)
    changed = next(s for s in here(window) if s.id == target.id)
    assert changed.code_id != target.code_id
    assert view.current_segment_id == target.id

    asked: list[SegmentView] = []
    monkeypatch.setattr(Workspace, "ask_memo",
                        lambda self, segment: asked.append(segment) or "Antrean panjang: cek "
                        "jumlah loket.")
    trigger(first_menu(), EDIT_MEMO)
    assert [s.id for s in asked] == [target.id]
    assert next(s for s in here(window) if s.id == target.id).memo.startswith("Antrean")

    # Adjust bounds with no other selection: the segment is selected to be reshaped.
    view.moveCursor(QTextCursor.MoveOperation.Start)
    trigger(first_menu(), ADJUST_BOUNDS)
    assert view.selected_text() == FIRST
    assert "Ctrl+B" in window.statusBar().currentMessage()
    # ... and with a wider selection over it, the bounds follow the selection.
    wider = "Pelayanan sudah cepat, tetapi antrean masih panjang di loket."
    start = TEXT.index(wider)
    cursor = QTextCursor(view.document())
    cursor.setPosition(utf16(start))
    cursor.setPosition(utf16(start + len(wider)), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    trigger(first_menu(), ADJUST_BOUNDS)
    assert next(s for s in here(window) if s.id == target.id).text == wider

    trigger(first_menu(), SHOW_IN_REVIEW)
    panel = next(w for w in QApplication.topLevelWidgets()
                 if isinstance(w, ReviewPanel) and w.isVisible())
    shown = panel.current_segment()
    assert shown is not None and shown.id == target.id
    panel.close()

    trigger(first_menu(), DELETE)
    assert target.id not in {s.id for s in here(window)}
    assert target.id not in view.segments_by_id()
    window.actions_by_name["undo"].trigger()
    assert target.id in {s.id for s in here(window)}


def test_ctrl_m_inside_one_segment_opens_its_memo(qtbot: QtBot, window: MainWindow,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _workspace, _project, view = parts(window)
    asked: list[SegmentView] = []
    monkeypatch.setattr(Workspace, "ask_memo",
                        lambda self, segment: asked.append(segment) or "Loket kurang.")
    put_cursor(view, TEXT.index("sudah"))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert [s.code for s in asked] == ["Kinerja/Kualitas"]
    assert segment_of(window, "Kualitas").memo == "Loket kurang."
    message = window.statusBar().currentMessage()
    assert "turn 2" in message and not OFFSETS.search(message)


def test_ctrl_m_inside_several_segments_asks_which(qtbot: QtBot, window: MainWindow,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _workspace, _project, view = parts(window)
    offered: list[list[str]] = []

    def pick(self: Workspace, segments: Sequence[SegmentView]) -> SegmentView:
        offered.append([s.code for s in segments])
        return segments[1]

    monkeypatch.setattr(Workspace, "pick_segment", pick)
    monkeypatch.setattr(Workspace, "ask_memo", lambda self, segment: "Diklat jarang.")
    put_cursor(view, TEXT.index("masih"))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert offered == [["Kinerja/Kualitas", "Hambatan/Minim Diklat"]]
    assert segment_of(window, "Minim Diklat").memo == "Diklat jarang."
    assert segment_of(window, "Kualitas").memo == ""
    # Outside every segment: a message says what to do, nothing is asked.
    put_cursor(view, TEXT.index("Bagaimana"))
    qtbot.keyClick(view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert len(offered) == 1
    assert "cursor inside a coded passage" in window.statusBar().currentMessage()


def test_the_which_segment_question_names_turn_and_words(window: MainWindow) -> None:
    _workspace, _project, view = parts(window)
    names = [segment_name(s, view.place_of(s.start)) for s in here(window)[:2]]
    assert names[0] == ("Kinerja/Kualitas (Tester) — turn 2, "
                        "“Pelayanan sudah cepat, tetapi antrean masih…”")
    assert not any(OFFSETS.search(name) for name in names)


def test_the_which_segment_question_is_a_real_list_to_pick_from(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace, _project, view = parts(window)
    monkeypatch.setattr(Workspace, "pick_segment", REAL_PICK)
    shown: list[list[str]] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(10, answer)
            return
        shown.append(dialog.comboBoxItems())
        dialog.setTextValue(dialog.comboBoxItems()[1])
        dialog.accept()

    QTimer.singleShot(0, answer)
    chosen = workspace.pick_segment(
        [segment_of(window, "Kualitas"), segment_of(window, "Minim Diklat")])
    assert chosen is not None and chosen.code == "Hambatan/Minim Diklat"
    assert shown == [[
        "Kinerja/Kualitas (Tester) — turn 2, “Pelayanan sudah cepat, tetapi antrean masih…”",
        "Hambatan/Minim Diklat (Tester) — turn 2, “antrean masih panjang di loket”"]]


def test_ctrl_y_redoes_like_ctrl_shift_z(qtbot: QtBot, window: MainWindow) -> None:
    workspace, project, view = parts(window)
    start = TEXT.index("pelatihan jarang")
    view.select_span(start, start + len("pelatihan jarang"))
    workspace.applier.apply(code(project, "Minim Diklat"))
    count = len(here(window))
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(here(window)) == count - 1
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(here(window)) == count
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(here(window)) == count
    redo = window.actions_by_name["redo"]
    assert [s.toString() for s in redo.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]


def test_status_messages_name_the_turn_and_words_never_offsets(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace, project, view = parts(window)
    messages: list[str] = []
    workspace.message.connect(messages.append)
    start = TEXT.index("pelatihan jarang")
    view.select_span(start, start + len("pelatihan jarang"))
    workspace.applier.apply(code(project, "Minim Diklat"))
    new = next(s for s in here(window) if s.text == "pelatihan jarang")
    view.choose_segment(new.id)
    monkeypatch.setattr(Workspace, "choose_code", lambda self, t: code(project, "Kualitas"))
    workspace.change_segment_code()
    view.select_span(start, start + len("pelatihan jarang diadakan"))
    workspace.set_segment_bounds()
    monkeypatch.setattr(Workspace, "ask_memo", lambda self, segment: "Catatan.")
    workspace.edit_segment_memo()
    workspace.delete_segment()
    window.actions_by_name["undo"].trigger()
    view.choose_segment(new.id)
    workspace.next_segment()
    assert len(messages) >= 6
    for message in messages:
        assert not OFFSETS.search(message), message
    assert messages[0] == "Segment saved: Hambatan/Minim Diklat, turn 4, “pelatihan jarang”"
    assert "turn 4, “pelatihan jarang diadakan”" in messages[2]


def test_a_source_without_turns_is_named_by_paragraph(window: MainWindow) -> None:
    _workspace, _project, view = parts(window)
    view.show_text("Catatan observasi.\n\nLoket dua tutup sejak pagi.\n", (), ())
    assert view.place_of(len("Catatan observasi.\n\nLoket")) == (2, True)
    assert view.place_of(0) == (1, True)


def test_keyboard_edits_leave_another_coder_s_segment_alone(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _workspace, _project, view = parts(window)
    monkeypatch.setattr(Workspace, "ask_memo", lambda self, segment: "tidak boleh")
    put_cursor(view, TEXT.index("Petugas") + 2)  # inside Ani's segment only
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert segment_of(window, "Kuantitas").memo == ""
    assert window.statusBar().currentMessage() == "Coded by Ani: only they can change it."

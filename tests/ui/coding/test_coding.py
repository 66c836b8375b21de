"""Applying codes from the GUI stores code-point offsets and the exact selected text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.core.changes import Changes
from app.core.codes import CodeView, list_codes
from app.core.project import Project
from app.core.segments import SegmentView, list_segments
from app.core.sources import import_sources, read_source
from app.errors import InvalidValue
from app.ui.coding.code_tree import CodeTreeModel
from app.ui.coding.transcript_view import TranscriptView
from app.ui.shell.main_window import MainWindow
from app.ui.shell.workspace import Workspace
from tests.ui.conftest import identity, show_active

# Astral characters before and inside the passages shift UTF-16 positions away from code
# points; "x" + U+0301 has no precomposed form, so it stays two code points after NFC.
EMOJI_TEXT = (
    "Pewawancara: Bagaimana suasana kerja di kantor? 😀\n"
    "Informan: Suasananya baik 👍🏽 dan kami bangga 🇮🇩; kata Ax\u0301el, kerja sama jalan.\n"
    "Pewawancara: Apa kendalanya? 🤔\n"
    "Informan: Pegawai kurang 😟 dan diklat jarang sekali.\n"
)
PASSAGE = "baik 👍🏽 dan kami bangga 🇮🇩; kata Ax\u0301el"
SECOND_PASSAGE = "Pegawai kurang 😟"
THIRD_PASSAGE = "diklat jarang sekali"


@pytest.fixture
def emoji_window(qtbot: QtBot, demo_path: Path, tmp_path: Path) -> Iterator[MainWindow]:
    """The demo project plus an interview with emoji, open in the transcript view."""
    transcript = tmp_path / "emoji_wawancara.txt"
    transcript.write_text(EMOJI_TEXT, encoding="utf-8")
    with Project.open(demo_path) as project:
        source_id = import_sources(project, paths=[transcript]).created
    main_window = MainWindow(Project.open(demo_path), "Tester", identity)
    qtbot.addWidget(main_window)
    show_active(qtbot, main_window)
    assert main_window.workspace is not None and source_id is not None
    assert main_window.workspace.sources.select_source(source_id)
    yield main_window
    main_window.close()


def parts(window: MainWindow) -> tuple[Workspace, Project, TranscriptView]:
    assert window.workspace is not None and window.project is not None
    return window.workspace, window.project, window.workspace.transcript.view


def code_named(project: Project, path: str) -> CodeView:
    return next(code for code in list_codes(project) if code.path == path)


def select_passage(view: TranscriptView, passage: str) -> tuple[int, int]:
    """Select ``passage`` with a QTextCursor; returns its span in code points."""
    text = view.toPlainText()
    start = text.index(passage)
    end = start + len(passage)

    def utf16(point: int) -> int:
        return len(text[:point].encode("utf-16-le")) // 2

    cursor = QTextCursor(view.document())
    cursor.setPosition(utf16(start))
    cursor.setPosition(utf16(end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert cursor.selectedText() == passage
    assert utf16(start) != start  # the emoji really shift the positions
    return start, end


def double_click(qtbot: QtBot, workspace: Workspace, code: CodeView) -> None:
    """What a person's double-click delivers: press, release, then the double-click.

    QTest's mouseDClick alone sends no first press, and item views only report a
    double-click on the item the press went to.
    """
    tree = workspace.codebook.view
    centre = tree.visualRect(workspace.codebook.index_of_code(code.id)).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def my_segments(project: Project, source_id: int) -> list[SegmentView]:
    return [s for s in list_segments(project, source_id=source_id) if s.coder == "Tester"]


def tree_count(workspace: Workspace, code: CodeView) -> int:
    return int(workspace.codebook.index_of_code(code.id, CodeTreeModel.SEGMENTS).data())


def test_double_click_on_a_code_stores_the_selected_passage(qtbot: QtBot,
                                                            emoji_window: MainWindow) -> None:
    workspace, project, view = parts(emoji_window)
    source_id = workspace.transcript.source_id
    assert source_id is not None
    quality = code_named(project, "Kinerja/Kualitas")
    count_before = tree_count(workspace, quality)
    start, end = select_passage(view, PASSAGE)
    broadcasts: list[Changes] = []
    workspace.hub.changed.connect(broadcasts.append)
    # The counts change in place from the broadcast: neither list is read again.
    with (qtbot.waitSignal(workspace.hub.changed),
          qtbot.assertNotEmitted(workspace.codebook.codes_loaded),
          qtbot.assertNotEmitted(workspace.sources.reloaded)):
        double_click(qtbot, workspace, quality)
    (segment,) = my_segments(project, source_id)
    assert (segment.start, segment.end, segment.text) == (start, end, PASSAGE)
    assert segment.code_id == quality.id
    assert read_source(project, source_id=source_id).text[start:end] == PASSAGE
    # One broadcast: the new segment, plus the new coder on a first segment.
    assert len(broadcasts) == 1 and broadcasts[0].segments == {segment.id}
    assert broadcasts[0].coders == {segment.coder_id}
    assert tree_count(workspace, quality) == count_before + 1
    assert view.highlight_count() == 1
    # Where it is for a reader (turn and first words), never code-point offsets.
    assert emoji_window.statusBar().currentMessage() == (
        "Segment saved: Kinerja/Kualitas, turn 2, “baik 👍🏽 dan kami bangga 🇮🇩;…”")
    source_row = workspace.sources.model.index_of(("source", source_id), 1)
    assert source_row.data() == 1


def test_the_shortcut_key_applies_its_code(qtbot: QtBot, emoji_window: MainWindow) -> None:
    workspace, project, view = parts(emoji_window)
    source_id = workspace.transcript.source_id
    assert source_id is not None
    competence = code_named(project, "Hambatan/Kualitas dan Kompetensi ASN")
    assert competence.shortcut == "7"
    count_before = tree_count(workspace, competence)
    assert not workspace.shortcut_actions()["7"].isEnabled()  # nothing selected yet
    start, end = select_passage(view, SECOND_PASSAGE)
    assert workspace.shortcut_actions()["7"].isEnabled()
    view.setFocus()
    with qtbot.waitSignal(workspace.hub.changed):
        qtbot.keyClick(view, "7")
    (segment,) = my_segments(project, source_id)
    assert (segment.start, segment.end, segment.text) == (start, end, SECOND_PASSAGE)
    assert segment.code_id == competence.id
    assert tree_count(workspace, competence) == count_before + 1


def test_the_context_menu_lists_codes_by_category(qtbot: QtBot,
                                                  emoji_window: MainWindow) -> None:
    workspace, project, view = parts(emoji_window)
    source_id = workspace.transcript.source_id
    assert source_id is not None
    start, end = select_passage(view, THIRD_PASSAGE)
    menu = view.code_menu()
    submenus = {action.text(): action.menu() for action in menu.actions() if action.menu()}
    assert list(submenus) == ["Kinerja", "Hambatan", "Upaya"]
    obstacles = submenus["Hambatan"]
    assert isinstance(obstacles, QMenu)
    labels = [action.text() for action in obstacles.actions()]
    assert labels[0] == "Kualitas dan Kompetensi ASN\t7"
    training = next(a for a in obstacles.actions() if a.text() == "Minim Diklat")
    with qtbot.waitSignal(workspace.hub.changed):
        training.trigger()
    (segment,) = my_segments(project, source_id)
    assert (segment.start, segment.end, segment.text) == (start, end, THIRD_PASSAGE)
    assert segment.code == "Hambatan/Minim Diklat"
    menu.deleteLater()


def test_without_a_selection_the_menu_only_explains(emoji_window: MainWindow) -> None:
    _workspace, _project, view = parts(emoji_window)
    menu = view.code_menu()
    first = menu.actions()[0]
    assert first.text() == "Select a passage to apply a code" and not first.isEnabled()
    assert all(not action.isEnabled() for action in menu.actions() if action.menu())
    menu.deleteLater()


def test_a_category_is_not_applied(qtbot: QtBot, emoji_window: MainWindow) -> None:
    workspace, project, view = parts(emoji_window)
    total_before = len(list_segments(project))
    select_passage(view, PASSAGE)
    category = code_named(project, "Kinerja")
    with qtbot.assertNotEmitted(workspace.hub.changed):
        double_click(qtbot, workspace, category)
    assert len(list_segments(project)) == total_before
    assert emoji_window.statusBar().currentMessage() == (
        "“Kinerja” is a category; apply one of its codes.")


def test_an_empty_selection_gets_a_gentle_message(qtbot: QtBot,
                                                  emoji_window: MainWindow) -> None:
    workspace, project, _view = parts(emoji_window)
    total_before = len(list_segments(project))
    with qtbot.assertNotEmitted(workspace.hub.changed):
        assert workspace.applier.apply(code_named(project, "Kinerja/Waktu")) is None
    assert len(list_segments(project)) == total_before
    assert emoji_window.statusBar().currentMessage() == (
        "Select a passage in the transcript first.")


def test_a_core_error_is_reported_not_raised(qtbot: QtBot, demo_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    reported: list[object] = []
    monkeypatch.setattr("app.ui.shell.main_window.show_error",
                        lambda _parent, error, _translate: reported.append(error))
    main_window = MainWindow(Project.open(demo_path), "   ", identity)  # a blank coder name
    qtbot.addWidget(main_window)
    workspace, project, view = parts(main_window)
    workspace.sources.select_source(1)
    total_before = len(list_segments(project))
    view.select_span(10, 20)
    with qtbot.waitSignal(workspace.applier.failed):
        workspace.applier.apply(code_named(project, "Kinerja/Waktu"))
    assert len(reported) == 1 and isinstance(reported[0], InvalidValue)
    assert len(list_segments(project)) == total_before

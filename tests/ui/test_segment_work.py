"""Working on a segment where it is (issue 15): the transcript's context menu, Ctrl+M, the
memo editor and memo marks, Ctrl+Y, readable status messages, read-only windows, long names
and the margin's width. Real widgets on a real project file."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QFontMetrics, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu, QToolTip
from pytestqt.qtbot import QtBot

from app.analysis.search import SearchHit
from app.core.coders import ensure_coder
from app.core.codes import CodeView, list_codes
from app.core.project import Project
from app.core.segments import SegmentView, add_segment, list_segments
from app.core.sources import import_sources
from app.ui.analysis_table_model import RowTableModel
from app.ui.main_window import MainWindow
from app.ui.memo_dialog import MemoDialog
from app.ui.passage_names import segment_name
from app.ui.review_panel import ReviewPanel
from app.ui.search_model import SearchHitModel
from app.ui.segment_menu import (
    ADJUST_BOUNDS,
    CHANGE_CODE,
    DELETE,
    EDIT_MEMO,
    SHOW_IN_REVIEW,
)
from app.ui.settings import user_settings
from app.ui.transcript_view import TranscriptView
from app.ui.workspace import Workspace
from tests.ui.conftest import identity, keep_shot, show_active

TEXT = (
    "Pewawancara: Bagaimana pelayanan di kantor ini? 😀\n"
    "Informan: Pelayanan sudah cepat, tetapi antrean masih panjang di loket.\n"
    "Pewawancara: Apa kendala utamanya?\n"
    "Informan: Petugas kurang dan pelatihan jarang diadakan tahun ini.\n"
)
FIRST = "Pelayanan sudah cepat, tetapi antrean masih panjang"
OVERLAP = "antrean masih panjang di loket"
LATER = "Petugas kurang dan pelatihan jarang"
OFFSETS = re.compile(r"\d+\s*[–-]\s*\d+|\[\d+")
OTHER_CODER = "Ani"
# Popup menus and tooltips on the offscreen platform cannot raise themselves or grab the
# keyboard; the platform says so (besides its usual note on size hints).
POPUPS = pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))")


def utf16(point: int) -> int:
    return len(TEXT[:point].encode("utf-16-le")) // 2


def code(project: Project, name: str) -> CodeView:
    return next(c for c in list_codes(project) if c.name == name)


@pytest.fixture
def project_path(demo_path: Path, tmp_path: Path) -> Path:
    """The demo plus one new interview: FIRST coded by Tester (Kualitas), OVERLAP by Tester
    (Minim Diklat), LATER by another coder."""
    transcript = tmp_path / "wawancara_layanan.txt"
    transcript.write_text(TEXT, encoding="utf-8")
    with Project.open(demo_path) as project:
        source_id = import_sources(project, paths=[transcript]).created
        assert source_id is not None
        tester = ensure_coder(project, name="Tester").created
        other = ensure_coder(project, name=OTHER_CODER).created
        assert tester is not None and other is not None
        for passage, name, coder_id in ((FIRST, "Kualitas", tester),
                                        (OVERLAP, "Minim Diklat", tester),
                                        (LATER, "Kuantitas", other)):
            start = TEXT.index(passage)
            add_segment(project, source_id=source_id, code_id=code(project, name).id,
                        coder_id=coder_id, start=start, end=start + len(passage))
    return demo_path


def open_window(qtbot: QtBot, path: Path, *, read_only: bool = False) -> MainWindow:
    window = MainWindow(Project.open(path, read_only=read_only), "Tester", identity)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    source = next(s for s in list_segments(window.project) if s.source == "wawancara_layanan")
    assert workspace.sources.select_source(source.source_id)
    return window


REAL_PICK = Workspace.pick_segment


@pytest.fixture(autouse=True)
def no_unexpected_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal question nobody answers would hang the test: fail instead."""
    def unexpected(self: Workspace, segments: Sequence[SegmentView]) -> SegmentView:
        raise AssertionError(f"asked which of {[s.code for s in segments]}")

    monkeypatch.setattr(Workspace, "pick_segment", unexpected)


@pytest.fixture
def window(qtbot: QtBot, project_path: Path) -> Iterator[MainWindow]:
    main_window = open_window(qtbot, project_path)
    yield main_window
    main_window.close()


def parts(window: MainWindow) -> tuple[Workspace, Project, TranscriptView]:
    assert window.workspace is not None and window.project is not None
    return window.workspace, window.project, window.workspace.transcript.view


def here(window: MainWindow) -> list[SegmentView]:
    workspace, project, _view = parts(window)
    return list_segments(project, source_id=workspace.transcript.source_id)


def segment_of(window: MainWindow, code_name: str) -> SegmentView:
    return next(s for s in here(window) if s.code.endswith(code_name))


def put_cursor(view: TranscriptView, point: int) -> None:
    cursor = QTextCursor(view.document())
    cursor.setPosition(utf16(point))
    view.setTextCursor(cursor)


def submenus(menu: QMenu) -> list[QMenu]:
    return [action.menu() for action in menu.actions() if action.menu() is not None
            and action.menu().property("segment_id") is not None]


def trigger(menu: QMenu, key: str) -> None:
    action = next(a for a in menu.actions() if a.objectName() == key)
    assert action.isEnabled()
    action.trigger()


# --- the context menu ---------------------------------------------------------------------


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


# --- Ctrl+M -------------------------------------------------------------------------------


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


# --- the memo editor and memo marks -------------------------------------------------------


def test_the_memo_editor_wraps_grows_and_remembers_its_size(qtbot: QtBot) -> None:
    user_settings().remove("memo/size")
    long_memo = " ".join(["Antrean di loket pelayanan terlihat panjang pada pagi hari"] * 12)
    dialog = MemoDialog("Kinerja/Kualitas — Tester, wawancara", FIRST, long_memo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= 600 and dialog.isSizeGripEnabled()
    editor = dialog.editor
    assert editor.lineWrapMode() == editor.LineWrapMode.WidgetWidth
    assert editor.horizontalScrollBar().maximum() == 0  # nothing cut off at the right
    assert editor.document().firstBlock().layout().lineCount() > 3  # one paragraph, wrapped
    dialog.resize(900, 600)
    assert dialog.size() == QSize(900, 600)
    keep_shot(dialog, "memo_editor.png")
    dialog.editor.setPlainText("Baru.")
    dialog.accept()
    assert dialog.text() == "Baru."
    again = MemoDialog("x", "y", "")
    qtbot.addWidget(again)
    assert again.size() == QSize(900, 600)


@POPUPS
def test_a_segment_with_a_memo_has_a_mark_and_its_memo_in_the_tooltip(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace, _project, view = parts(window)
    target = segment_of(window, "Minim Diklat")
    view.margin.repaint()
    assert all(stripe.memo is None for stripe in view.margin.stripes())
    workspace.segment_actions.set_memo("Pelatihan baru\nsekali setahun.", target)
    view.margin.repaint()
    marked = [stripe for stripe in view.margin.stripes() if stripe.memo is not None]
    assert [stripe.segment_id for stripe in marked] == [target.id]
    image = view.margin.grab().toImage()
    ratio = image.devicePixelRatio()
    inside = marked[0].memo.topLeft() + QPoint(1, 4)  # within the border, beside the lines
    colour = image.pixelColor(round(inside.x() * ratio), round(inside.y() * ratio))
    assert colour.red() > 200 and colour.blue() < 160  # the yellow note is painted
    position = marked[0].memo.center()
    event = QHelpEvent(QEvent.Type.ToolTip, position, view.margin.mapToGlobal(position))
    QApplication.sendEvent(view.margin, event)
    tip = QToolTip.text()
    assert "Pelatihan baru<br>sekali setahun." in tip and "Minim Diklat" in tip
    keep_shot(view, "memo_mark.png")


# --- undo / redo --------------------------------------------------------------------------


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


# --- readable messages --------------------------------------------------------------------


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


# --- read-only ----------------------------------------------------------------------------


def test_a_read_only_window_says_so_and_disables_editing(qtbot: QtBot,
                                                         project_path: Path) -> None:
    window = open_window(qtbot, project_path, read_only=True)
    try:
        workspace, project, view = parts(window)
        assert window.read_only_bar.isVisible()
        assert window.read_only_bar.geometry().top() < window.tabs.geometry().top()
        assert "Read-only" in window.read_only_bar.findChild(
            type(window.coder_label), "read_only_message").text()
        assert "(read-only)" in window.windowTitle()
        for name in ("import", "sources", "quick_code", "in_vivo", "code_again",
                     "change_code", "set_bounds", "memo", "delete_segment", "undo", "redo"):
            assert not window.actions_by_name[name].isEnabled(), name
        assert window.actions_by_name["find"].isEnabled()
        start = TEXT.index("Petugas")
        view.select_span(start, start + 7)
        assert workspace.shortcut_actions() and not any(
            a.isEnabled() for a in workspace.shortcut_actions().values())
        menu = view.code_menu(utf16(TEXT.index("cepat")))
        code_actions = [a for a in menu.actions() if a.menu() is None and a.data() is not None]
        assert not any(a.isEnabled() for a in code_actions)
        (mine, *_rest) = submenus(menu)
        enabled = {a.objectName(): a.isEnabled() for a in mine.actions() if not a.isSeparator()}
        assert enabled[SHOW_IN_REVIEW] and not enabled[DELETE] and not enabled[EDIT_MEMO]
        codebook_menu = workspace.codebook_editor.context_menu(
            workspace.codebook.index_of_code(code(project, "Kualitas").id))
        assert codebook_menu.actions()[0].text() == "Read-only: the codebook cannot be changed"
        assert not any(action.isEnabled() for action in codebook_menu.actions())
        before = len(here(window))
        workspace.applier.apply(code(project, "Kualitas"))
        assert len(here(window)) == before
        assert "read-only" in window.statusBar().currentMessage()
        keep_shot(window, "read_only_window.png")
    finally:
        window.close()
    normal = open_window(qtbot, project_path)
    try:
        assert not normal.read_only_bar.isVisible()
        assert "(read-only)" not in normal.windowTitle()
        assert normal.actions_by_name["quick_code"].isEnabled()
    finally:
        normal.close()


# --- long names and the margin's width ----------------------------------------------------


@POPUPS
def test_long_names_elide_in_the_middle_with_the_full_name_in_a_tooltip(
        qtbot: QtBot, window: MainWindow) -> None:
    workspace, project, view = parts(window)
    long_name = "Pendataan ulang pelaku usaha mikro kecil dan menengah di seluruh kecamatan"
    workspace.codebook_editor.add(long_name, code(project, "Kualitas").parent_id)
    long_code = code(project, long_name)
    start = TEXT.index("Apa kendala")
    view.select_span(start, start + len("Apa kendala utamanya"))
    workspace.applier.apply(long_code)
    view.margin.repaint()
    segment = next(s for s in here(window) if s.code_id == long_code.id)
    label = view.margin.label_texts()[segment.id]
    assert "…" in label and label[:4] == "Pend" and label[-4:] == "atan"  # both ends kept
    stripe = next(s for s in view.margin.stripes() if s.segment_id == segment.id)
    position = stripe.label.center()
    QApplication.sendEvent(view.margin, QHelpEvent(QEvent.Type.ToolTip, position,
                                                   view.margin.mapToGlobal(position)))
    assert long_name in QToolTip.text()
    # The source tree elides in the middle and tells the whole title.
    tree = workspace.sources.view
    assert tree.textElideMode() == Qt.TextElideMode.ElideMiddle
    index = workspace.sources.model.index_of(("source", workspace.transcript.source_id))
    assert "wawancara_layanan" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_margin_widens_by_its_edge_and_remembers_the_width(
        qtbot: QtBot, project_path: Path) -> None:
    user_settings().remove("coding/margin_width")
    window = open_window(qtbot, project_path)
    try:
        _workspace, _project, view = parts(window)
        margin = view.margin
        before = view.margin_width
        edge = QPoint(2, margin.height() // 2)
        qtbot.mousePress(margin, Qt.MouseButton.LeftButton, pos=edge)
        qtbot.mouseMove(margin, QPoint(-78, margin.height() // 2))
        qtbot.mouseRelease(margin, Qt.MouseButton.LeftButton, pos=QPoint(-78, edge.y()))
        assert view.margin_width == before + 80
        assert margin.width() == before + 80
        assert view.viewportMargins().right() == before + 80
    finally:
        window.close()
    again = open_window(qtbot, project_path)
    try:
        assert parts(again)[2].margin_width == before + 80
    finally:
        again.close()


class _Names(RowTableModel):
    def headers(self) -> Sequence[str]:
        return ("Code", "Count")

    def cell(self, payload: object, row: int, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return payload if column == 0 else 3
        return None


def test_table_cells_with_long_names_tell_them_whole_in_a_tooltip(qtmodeltester) -> None:
    model = _Names()
    long_name = "Upaya/Pendataan ulang pelaku usaha mikro kecil dan menengah"
    model.set_rows(["a", "b"], [long_name, "Kualitas"])
    qtmodeltester.check(model)
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.index(0, 0).data(tip) == long_name
    assert model.index(1, 0).data(tip) is None and model.index(0, 1).data(tip) is None


def test_a_search_hit_without_a_known_turn_shows_no_offsets() -> None:
    model = SearchHitModel()
    hit = SearchHit(source_id=1, source_title="Catatan", informant=None, start=254, end=279,
                    text="antrean", before="", after="", score=100.0)
    model.set_hits([hit], {})
    assert model.position(hit) == "—"


def test_the_scroll_bar_never_covers_the_margin(qtbot: QtBot, window: MainWindow) -> None:
    assert window.show_first_interview()  # a long transcript: the scroll bar shows
    _workspace, _project, view = parts(window)
    bar = view.verticalScrollBar()
    qtbot.waitUntil(bar.isVisible)
    assert view.margin.geometry().right() < bar.mapTo(view, QPoint(0, 0)).x()
    assert view.margin.geometry().left() == view.viewport().geometry().right() + 1


def test_the_code_all_hits_list_shows_words_not_offsets(qtbot: QtBot) -> None:
    from app.ui.search_coding import CodeHitsPreview

    hit = SearchHit(source_id=1, source_title="wawancara_layanan", informant=None, start=254,
                    end=261, text="antrean", before="Pelayanan sudah cepat, tetapi ",
                    after=" masih panjang", score=100.0)
    dialog = CodeHitsPreview([hit], "Hambatan/Minim Diklat")
    qtbot.addWidget(dialog)
    text = dialog.hits.item(0).text()
    assert text.startswith("wawancara_layanan: ") and "antrean" in text
    assert not OFFSETS.search(text)


def test_the_current_segment_s_bold_label_still_fits_the_margin(window: MainWindow) -> None:
    workspace, project, view = parts(window)
    long_name = "Kualitas dan kompetensi aparatur sipil negara di bidang koperasi dan UMKM"
    workspace.codebook_editor.add(long_name, code(project, "Kualitas").parent_id)
    start = TEXT.index("Apa kendala")
    view.select_span(start, start + len("Apa kendala utamanya"))
    workspace.applier.apply(code(project, long_name))
    segment = next(s for s in here(window) if s.code.endswith(long_name))
    view.choose_segment(segment.id)
    view.margin.repaint()
    stripe = next(s for s in view.margin.stripes() if s.segment_id == segment.id)
    bold = view.margin.font()
    bold.setBold(True)
    label = view.margin.label_texts()[segment.id]
    assert "…" in label
    assert QFontMetrics(bold).horizontalAdvance(label) <= stripe.label.width()
    assert stripe.label.right() < view.margin.width()


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

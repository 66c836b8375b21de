"""The coding margin and the memo editor (issue 15): memo marks with the memo in the tooltip,
names elided in the middle, a margin widened by its edge and remembered, beside the scroll
bar; a wrapping, resizable memo editor."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QSize, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from app.ui.coding.memo_dialog import MemoDialog
from app.ui.shell.main_window import MainWindow
from app.ui.widgets.settings import user_settings
from tests.ui.conftest import keep_shot
from tests.ui.segment_bench import (
    FIRST,
    POPUPS,
    TEXT,
    build_study,
    code,
    here,
    open_window,
    parts,
    refuse_questions,
    segment_of,
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


def test_the_scroll_bar_never_covers_the_margin(qtbot: QtBot, window: MainWindow) -> None:
    assert window.show_first_interview()  # a long transcript: the scroll bar shows
    _workspace, _project, view = parts(window)
    bar = view.verticalScrollBar()
    qtbot.waitUntil(bar.isVisible)
    assert view.margin.geometry().right() < bar.mapTo(view, QPoint(0, 0)).x()
    assert view.margin.geometry().left() == view.viewport().geometry().right() + 1


def test_right_click_on_a_stripe_offers_that_segment_s_actions(window: MainWindow) -> None:
    _workspace, _project, view = parts(window)
    target = segment_of(window, "Minim Diklat")
    view.margin.repaint()
    stripe = next(s for s in view.margin.stripes() if s.segment_id == target.id)
    menu = view.margin.segment_menu(stripe.rect.center())
    assert menu is not None
    (submenu,) = [a.menu() for a in menu.actions() if a.menu() is not None]
    assert submenu.title() == "Hambatan/Minim Diklat — Tester"
    delete = next(a for a in submenu.actions() if a.objectName() == "delete")
    delete.trigger()
    assert target.id not in {s.id for s in here(window)}
    assert view.margin.segment_menu(QPoint(view.margin.width() - 3, 2)) is None  # nothing


def test_ctrl_enter_saves_the_memo(qtbot: QtBot) -> None:
    dialog = MemoDialog("Kinerja/Kualitas — Tester", FIRST, "")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    qtbot.keyClicks(dialog.editor, "Baris satu")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.editor, "baris dua")
    assert dialog.isVisible()  # Enter only started a new line
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.text() == "Baris satu\nbaris dua"


def test_the_source_tree_and_codebook_elide_in_the_middle(window: MainWindow) -> None:
    workspace, project, _view = parts(window)
    middle = Qt.TextElideMode.ElideMiddle
    assert workspace.sources.view.textElideMode() == middle
    assert workspace.codebook.view.textElideMode() == middle
    quality = code(project, "Kualitas")
    tip = workspace.codebook.index_of_code(quality.id).data(Qt.ItemDataRole.ToolTipRole)
    assert "Kinerja/Kualitas" in tip
    group = workspace.sources.model.index_of(("informant", None))
    assert group.data(Qt.ItemDataRole.ToolTipRole) == "No informant"

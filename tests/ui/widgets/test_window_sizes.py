"""Every window and dialog opens inside a 1366×768 screen less a taskbar, remembers its
size, and lays out down to 1280×720."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.core.codes import list_codes
from app.core.project import Project
from app.core.segments import list_segments
from app.core.workbench import Workbench
from app.resources import user_guide
from app.ui.analysis.citation_dialog import CitationDialog
from app.ui.analysis.excerpts_dialog import ExcerptsDialog
from app.ui.analysis.quote_check_dialog import QuoteCheckDialog
from app.ui.coding.codebook_editor import CodeDialog, SplitDialog
from app.ui.coding.quick_code import QuickCodeBox
from app.ui.coding.search_panel import SearchPanel
from app.ui.coding.sources_dialog import SourcesDialog
from app.ui.exchange.exchange_revision import RevisionDialog
from app.ui.host.analysis_context import AnalysisContext
from app.ui.host.analysis_segments import SegmentListDialog
from app.ui.host.change_hub import ChangeHub
from app.ui.review.agreement_view import AgreementView
from app.ui.review.review_panel import ReviewPanel
from app.ui.shell.about_dialog import AboutDialog
from app.ui.shell.main_window import MainWindow
from app.ui.shell.user_guide import GuideDialog
from app.ui.widgets import window_size
from tests.ui.conftest import identity

# A 1366×768 laptop with a 40 px taskbar; room for the title bar and frame.
LAPTOP = QRect(0, 0, 1366, 728)
SMALL = QRect(0, 0, 1280, 680)


def _no_jump(*_span: int) -> None:
    return None


Builder = Callable[[Project], QWidget]
BUILDERS: dict[str, Builder] = {
    "review": lambda p: ReviewPanel(p, ChangeHub(), "Tester", _no_jump),
    "agreement": lambda p: AgreementView(p, ChangeHub(), "Tester", _no_jump),
    "search": lambda p: SearchPanel(p, ChangeHub(), "Tester", _no_jump),
    "quote_check": lambda p: QuoteCheckDialog(p, ChangeHub(), "Tester", _no_jump),
    "excerpts": lambda p: ExcerptsDialog(AnalysisContext(p, ChangeHub(), "Tester", _no_jump)),
    "sources": lambda p: SourcesDialog(p, ChangeHub(), lambda _error: None),
    "code": lambda p: CodeDialog(list_codes(p)[1]),
    "split": lambda p: SplitDialog(Workbench(p, coder_name="Tester"),
                                   next(c for c in list_codes(p) if c.codable)),
    "quick_code": lambda p: QuickCodeBox([c for c in list_codes(p) if c.codable]),
    "segment_list": lambda p: SegmentListDialog("Segments", [], _no_jump),
    "revision": lambda p: RevisionDialog(p, ChangeHub(), list_segments(p)[0].source_id,
                                         "Teks baru."),
    "user_guide": lambda p: GuideDialog(user_guide("en")),
    "main": lambda p: MainWindow(p, "Tester", identity),
    "about": lambda p: AboutDialog(),
    "citation": lambda p: CitationDialog(identity),
}


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(window_size, "available_area", lambda _widget=None: LAPTOP)
    return LAPTOP


def test_fitted_rect_keeps_window_and_frame_inside() -> None:
    for wanted in (QSize(1400, 900), QSize(1200, 760), QSize(900, 760), QSize(400, 300)):
        rect = window_size.fitted_rect(wanted, LAPTOP)
        frame = rect.adjusted(-8, -40, 8, 8)
        assert LAPTOP.contains(frame), (wanted, rect)
        assert rect.width() <= wanted.width() and rect.height() <= wanted.height()


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_every_window_opens_inside_the_screen_and_lays_out_at_1280x720(
        qtbot: QtBot, demo_project: Project, laptop: QRect, name: str) -> None:
    widget = BUILDERS[name](demo_project)
    qtbot.addWidget(widget)
    if name == "main":
        window_size.fit_window(widget, "main", (1400, 900))  # as telaah gui does
    frame = widget.geometry().adjusted(-8, -40, 8, 8)
    assert laptop.contains(frame), (name, widget.geometry())
    hint = widget.minimumSizeHint()
    assert hint.width() <= SMALL.width() - 16 and hint.height() <= SMALL.height() - 48, (
        name, hint)
    widget.close()


def test_a_window_remembers_its_size(qtbot: QtBot, demo_project: Project,
                                     laptop: QRect) -> None:
    first = BUILDERS["review"](demo_project)
    qtbot.addWidget(first)
    first.show()
    first.resize(1100, 620)
    first.close()
    second = BUILDERS["review"](demo_project)
    qtbot.addWidget(second)
    assert second.size() == QSize(1100, 620)
    assert window_size.stored_size("review") == QSize(1100, 620)


def test_a_remembered_size_bigger_than_the_screen_is_shrunk(
        qtbot: QtBot, demo_project: Project, laptop: QRect) -> None:
    from app.ui.widgets.settings import user_settings

    user_settings().setValue("windows/agreement", QSize(1900, 1100))
    view = BUILDERS["agreement"](demo_project)
    qtbot.addWidget(view)
    assert laptop.contains(view.geometry().adjusted(-8, -40, 8, 8))


def test_the_guide_file_exists_for_both_languages() -> None:
    assert Path(user_guide("en")).is_file() and Path(user_guide("id")).is_file()

"""The three analysis stages as main-window tabs, and one walk through them on the demo."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMenu, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from app.core.evidence import load_evidence
from app.core.project import Project
from app.ui.analysis.analysis_tabs import (
    build_analysis_tabs,
    install,
    installed_tabs,
    open_excerpts_dialog,
)
from app.ui.analysis.conclusion_tab import ConclusionTab
from app.ui.analysis.display_tab import DisplayTab
from app.ui.analysis.reduction_tab import ReductionTab
from app.ui.host.change_hub import ChangeHub
from app.ui.host.window_api import WindowHost
from tests.ui.conftest import keep_shot


class StageWindow(WindowHost):
    """The main window's feature interface, as ``install`` uses it."""

    def __init__(self) -> None:
        super().__init__()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(QWidget(), "1 Coding")
        self.setCentralWidget(self.tabs)
        self._hub: ChangeHub | None = None
        self._project: Project | None = None
        self.jumps: list[tuple[int, int, int]] = []
        self.menus: dict[str, QMenu] = {}

    @property
    def project(self) -> Project | None:
        return self._project

    @property
    def hub(self) -> ChangeHub | None:
        return self._hub

    @property
    def coder_name(self) -> str:
        return "Tester"

    @property
    def translator(self) -> Callable[[str], str]:
        return lambda text: text

    def add_stage_tab(self, title: str, widget: QWidget) -> None:
        self.tabs.addTab(widget, title)

    def remove_stage_tab(self, widget: QWidget) -> None:
        if self.tabs.indexOf(widget) > 0:
            self.tabs.removeTab(self.tabs.indexOf(widget))

    def menu(self, key: str, title: str) -> QMenu:
        if key not in self.menus:
            self.menus[key] = self.menuBar().addMenu(title)
        return self.menus[key]

    def jump_to(self, source_id: int, start: int, end: int) -> None:
        self.jumps.append((source_id, start, end))

    def show_project(self, project: Project | None) -> None:
        self._project = project
        self._hub = ChangeHub(self) if project is not None else None
        self.project_shown.emit(project)


def titles(window: StageWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_three_stage_tabs_in_order(qtbot: QtBot, demo_project: Project) -> None:
    tabs = build_analysis_tabs(demo_project, ChangeHub(), coder_name="Tester",
                               jump_to=lambda *span: None, language="en")
    for _title, widget in tabs:
        qtbot.addWidget(widget)
    assert [title for title, _widget in tabs] == [
        "2 Data reduction", "3 Data display", "4 Conclusions"]
    assert [type(widget) for _title, widget in tabs] == [ReductionTab, DisplayTab,
                                                          ConclusionTab]


def test_install_follows_the_projects_the_window_shows(qtbot: QtBot, demo_path: Path,
                                                       tmp_path: Path) -> None:
    window = StageWindow()
    qtbot.addWidget(window)
    install(window)
    assert titles(window) == ["1 Coding"]
    first = Project.open(demo_path)
    second_path = tmp_path / "second.telaah"
    shutil.copyfile(demo_path, second_path)
    second = Project.open(second_path)
    try:
        window.show_project(first)
        assert titles(window) == ["1 Coding", "2 Data reduction", "3 Data display",
                                  "4 Conclusions"]
        window.show_project(second)
        assert titles(window) == ["1 Coding", "2 Data reduction", "3 Data display",
                                  "4 Conclusions"]
        tabs = installed_tabs(window)
        assert tabs is not None
        assert not any(page.built for page in tabs.widgets)  # built when first opened
        reduction = tabs.widgets[0].content()
        assert tabs.widgets[0].built and not tabs.widgets[1].built
        assert reduction._context.project is second  # type: ignore[attr-defined]
        dialog = open_excerpts_dialog(window)
        assert dialog is not None
        dialog.close()
        assert [a.text() for a in window.menus["analysis"].actions()] == [
            "Coded &excerpts to Word…"]
        window.show_project(None)
        assert titles(window) == ["1 Coding"]
    finally:
        first.close()
        second.close()


def test_walk_through_the_three_stages(qtbot: QtBot, demo_project: Project) -> None:
    """Condense a segment, see it displayed, conclude the indicator; progress follows."""
    window = StageWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    with qtbot.waitExposed(window):
        window.show()
    install(window)
    window.show_project(demo_project)
    tabs = installed_tabs(window)
    assert tabs is not None
    assert [window.tabs.widget(i) for i in (1, 2, 3)] == tabs.widgets
    reduction, display, conclusions = tabs.contents()
    assert isinstance(reduction, ReductionTab)
    assert isinstance(display, DisplayTab) and isinstance(conclusions, ConclusionTab)
    # Background tabs wait until they are shown.
    assert reduction.progress.text() == "" and display.refresh.out_of_date
    window.tabs.setCurrentIndex(1)

    # 2 Reduction: condense the first segment of I1 on quality.
    quality = next(e for e in load_evidence(demo_project) if e.code == "Kinerja/Kualitas"
                   and e.informant == "I1")
    panel = reduction.segments
    panel.code_a.setCurrentIndex(panel.code_a.findData(quality.code_id))
    panel.view.selectRow(panel.model.row_of(quality.id))
    panel.paraphrase.setPlainText("Standar pelayanan belum tercapai.")
    panel.save_paraphrase.click()
    qtbot.waitUntil(lambda: "1 of 429 segments condensed" in reduction.progress.text())

    # 3 Display: the statement shows in its matrix cell; write the cell's summary.
    window.tabs.setCurrentIndex(2)
    display.matrix.value.setCurrentIndex(display.matrix.value.findData("statements"))
    row = next(n for n, r in enumerate(display.matrix.matrix().rows)
               if r.code_id == quality.code_id)
    qtbot.waitUntil(lambda: "Standar pelayanan belum tercapai." in
                    display.matrix.model.index(row, 1).data())
    display.summaries.select_cell(0, 1)
    display.summaries.editor.setPlainText("Kepala dinas: kualitas belum maksimal.")
    display.summaries.save.click()
    qtbot.waitUntil(lambda: display.progress.text().startswith("Display: 1 of "))

    # 4 Conclusions: confirm the suggestion for quality.
    window.tabs.setCurrentIndex(3)
    assert conclusions.select_code(quality.code_id)
    conclusions.editor.statement.setPlainText("Kualitas kerja pegawai belum maksimal.")
    conclusions.editor.use_suggestion.click()
    assert conclusions.editor.save()
    qtbot.waitUntil(lambda: "1 of 6 indicators concluded" in conclusions.progress.text())

    # Back on reduction: it is up to date with what happened elsewhere.
    window.tabs.setCurrentIndex(1)
    assert "1 of 429 segments condensed" in reduction.progress.text()
    for number in (1, 2, 3):
        window.tabs.setCurrentIndex(number)
        keep_shot(window.tabs.currentWidget(), f"stage{number + 1}.png")
    for page in range(display.pages.count()):
        window.tabs.setCurrentIndex(2)
        display.pages.setCurrentIndex(page)
        keep_shot(display, f"display{page}.png")


def test_install_on_the_real_main_window(qtbot: QtBot, demo_path: Path) -> None:
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(Project.open(demo_path), "Tester", lambda text: text)
    qtbot.addWidget(window)
    install(window)
    tabs = installed_tabs(window)
    assert tabs is not None and tabs.widgets
    install(window)  # once is enough: a second install adds nothing
    assert window.findChildren(type(tabs)) == [tabs]
    window.close()

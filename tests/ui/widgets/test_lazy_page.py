"""A lazy tab page builds its content once, when its tab is first opened."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from app.ui.widgets.lazy_page import LazyPage


def test_the_content_is_built_when_its_tab_opens_and_only_once(qtbot: QtBot) -> None:
    built: list[QLabel] = []

    def build() -> QWidget:
        built.append(QLabel("Reduksi data"))
        return built[-1]

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("Koding"), "1")
    page = LazyPage(build)
    tabs.addTab(page, "2")
    with qtbot.waitExposed(tabs):
        tabs.show()
    assert built == [] and not page.built
    tabs.setCurrentIndex(1)
    assert len(built) == 1 and page.built
    assert built[0].isVisible()  # shown with its page, not a turn of the loop later
    tabs.setCurrentIndex(0)
    tabs.setCurrentIndex(1)
    assert page.content() is built[0] and len(built) == 1


def test_code_that_needs_the_content_gets_it_built(qtbot: QtBot) -> None:
    page = LazyPage(lambda: QLabel("Kesimpulan"))
    qtbot.addWidget(page)
    content = page.content()
    assert isinstance(content, QLabel) and content.parent() is page
    assert not content.isVisible()  # the page is not shown

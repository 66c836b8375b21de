"""A QuietLabel's new text lays the window out again only when it needs another height: a
QTabWidget above it is then not repainted whole for each changed count (issue 19)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.ui.widgets.quiet_label import QuietLabel


class LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def _tabs(qtbot: QtBot, label: QWidget) -> tuple[QTabWidget, LayoutRequests]:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(label)
    layout.addWidget(QPlainTextEdit(page), 1)
    tabs.addTab(page, "Coding")
    tabs.resize(600, 400)
    tabs.show()
    qtbot.waitExposed(tabs)
    settle()
    requests = LayoutRequests()
    tabs.installEventFilter(requests)
    return tabs, requests


def settle() -> None:
    for _ in range(5):  # each layout up the tree posts its request to the next
        QCoreApplication.processEvents()


def _heading(count: int) -> str:
    return f"<b>Wawancara 1</b><br>Interview · 5,000 words · {count} coded segments"


def test_a_new_count_of_the_same_height_stays_inside_the_label(qtbot: QtBot) -> None:
    label = QuietLabel()
    label.setText(_heading(1999))
    _tabs_widget, requests = _tabs(qtbot, label)
    height = label.height()
    for count in range(2000, 2010):
        label.setText(_heading(count))
        settle()
    assert requests.count == 0
    assert label.text() == _heading(2009) and label.label.text() == _heading(2009)
    assert label.height() == height and label.label.geometry() == label.rect()


def test_a_plain_label_would_lay_the_tabs_out_again(qtbot: QtBot) -> None:
    label = QLabel()
    label.setWordWrap(True)
    label.setText(_heading(1999))
    _tabs_widget, requests = _tabs(qtbot, label)
    label.setText(_heading(2000))
    settle()
    assert requests.count > 0  # what QuietLabel avoids


def test_a_longer_text_gets_the_height_it_needs(qtbot: QtBot) -> None:
    label = QuietLabel()
    label.setText(_heading(1))
    _tabs_widget, requests = _tabs(qtbot, label)
    height = label.height()
    label.setText(" ".join(["Judul wawancara yang sangat panjang sekali"] * 12))
    qtbot.waitUntil(lambda: label.height() > height * 2)
    assert label.height() >= label.label.heightForWidth(label.width())
    assert requests.count > 0

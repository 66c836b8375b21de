"""The start screen: what a window shows when no project is open.

New project, Open, Open the demo study and the user guide as large buttons, then the
recent projects (double-click or Enter opens one).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.resources import icon_file
from app.ui.widgets.settings import recent_projects

CONTEXT = "WelcomePanel"
BOX_WIDTH = 680
LOGO_SIZE = 72
BUTTON_HEIGHT = 48


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class WelcomePanel(QWidget):
    """The four ways to start, and the recent projects."""

    open_requested = Signal()
    create_requested = Signal()
    demo_requested = Signal()
    guide_requested = Signal()
    project_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        logo = QLabel(self)
        logo.setPixmap(QIcon(str(icon_file("telaah-128.png"))).pixmap(LOGO_SIZE, LOGO_SIZE))
        title = QLabel(
            f"<h1>{html.escape(_tr('Welcome to Telaah'))}</h1>"
            f"<p>{html.escape(_tr('Version {version}').format(version=__version__))}</p>",
            self)
        heading = QHBoxLayout()
        heading.addWidget(logo)
        heading.addSpacing(12)
        heading.addWidget(title, 1)
        intro = QLabel(
            _tr("Telaah helps you code interview transcripts, observation notes and "
                "documents against a codebook, and compare coders."),
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        self.new_button = self._button(grid, 0, 0, _tr("New project…"),
                                       _tr("An empty project with Kasmir's codebook"))
        self.new_button.clicked.connect(self.create_requested)
        self.open_button = self._button(grid, 0, 1, _tr("Open project…"),
                                        _tr("A .telaah file on this computer"))
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button = self._button(grid, 2, 0, _tr("Open the demo study"),
                                        _tr("Six invented informants, coded by two coders"))
        self.demo_button.clicked.connect(self.demo_requested)
        self.guide_button = self._button(grid, 2, 1, _tr("User guide"),
                                         _tr("Every stage and window explained (F1)"))
        self.guide_button.clicked.connect(self.guide_requested)

        recent_label = QLabel(f"<b>{html.escape(_tr('Recent projects'))}</b>", self)
        self.recent = QListWidget(self)
        self.recent.setMaximumHeight(170)
        for location in recent_projects():
            item = QListWidgetItem(location)
            item.setToolTip(location)
            self.recent.addItem(item)
        self.recent.itemActivated.connect(lambda item: self.project_chosen.emit(item.text()))
        self.no_recent = QLabel(_tr("No recent projects yet: the projects you open appear "
                                    "here."), self)
        self.no_recent.setWordWrap(True)
        self.no_recent.setVisible(self.recent.count() == 0)
        self.recent.setVisible(self.recent.count() > 0)
        tip = QLabel(_tr("Tip: once a project is open, drop .txt, .docx or .pdf files on the "
                         "window to import them."), self)
        tip.setWordWrap(True)
        tip.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        box = QWidget(self)
        box.setFixedWidth(BOX_WIDTH)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(heading)
        box_layout.addWidget(intro)
        box_layout.addSpacing(12)
        box_layout.addLayout(grid)
        box_layout.addSpacing(16)
        box_layout.addWidget(recent_label)
        box_layout.addWidget(self.recent)
        box_layout.addWidget(self.no_recent)
        box_layout.addSpacing(12)
        box_layout.addWidget(tip)
        # Stretches rather than an alignment flag, so the wrapped labels get their full
        # height for the box's width.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def _button(self, grid: QGridLayout, row: int, column: int, text: str,
                explanation: str) -> QPushButton:
        """A large button, and under it in smaller words what it does."""
        button = QPushButton(text, self)
        button.setMinimumHeight(BUTTON_HEIGHT)
        button.setToolTip(explanation)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        button.setFont(font)
        label = QLabel(explanation, self)
        label.setWordWrap(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # quieter
        grid.addWidget(button, row, column)
        grid.addWidget(label, row + 1, column, Qt.AlignmentFlag.AlignTop)
        return button

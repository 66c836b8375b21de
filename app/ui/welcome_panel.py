"""The start screen: what the window shows when no project is open."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.settings import recent_projects

CONTEXT = "WelcomePanel"
DEMO_COMMAND = "telaah demo demo.telaah"
DEMO_GUI_COMMAND = "telaah gui --demo"
BOX_WIDTH = 640


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class WelcomePanel(QWidget):
    """Recent projects (double-click opens), a new project, the demo study, or open a file."""

    open_requested = Signal()
    create_requested = Signal()
    demo_requested = Signal()
    project_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(f"<h1>{html.escape(_tr('Welcome to Telaah'))}</h1>", self)
        intro = QLabel(
            _tr("Telaah helps you code interview transcripts, observation notes and "
                "documents against a codebook, and compare coders."),
            self,
        )
        intro.setWordWrap(True)
        self.open_button = QPushButton(_tr("Open project…"), self)
        self.open_button.clicked.connect(self.open_requested)
        self.new_button = QPushButton(_tr("New project with the Kasmir codebook…"), self)
        self.new_button.clicked.connect(self.create_requested)
        self.demo_button = QPushButton(_tr("Open the demo study…"), self)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent = QListWidget(self)
        self.recent.setMaximumHeight(150)
        for location in recent_projects():
            item = QListWidgetItem(location)
            item.setToolTip(location)
            self.recent.addItem(item)
        self.recent.itemActivated.connect(lambda item: self.project_chosen.emit(item.text()))
        recent_label = QLabel(f"<b>{html.escape(_tr('Recent projects'))}</b>", self)
        demo = QLabel(
            "<p>{try_it}</p><p><code>{demo}</code></p><p>{then}</p>".format(
                try_it=html.escape(_tr("To try Telaah with the sample study, run this "
                                       "command in a terminal:")),
                demo=html.escape(DEMO_COMMAND),
                then=html.escape(_tr("Then open demo.telaah here, or start Telaah with "
                                     "{command} to open the sample study directly.")
                                 ).format(command=f"<code>{html.escape(DEMO_GUI_COMMAND)}</code>"),
            ),
            self,
        )
        demo.setWordWrap(True)
        demo.setTextFormat(Qt.TextFormat.RichText)
        demo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QWidget(self)
        box.setFixedWidth(BOX_WIDTH)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(title)
        box_layout.addWidget(intro)
        box_layout.addSpacing(12)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.new_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box_layout.addLayout(buttons)
        if self.recent.count():
            box_layout.addSpacing(8)
            box_layout.addWidget(recent_label)
            box_layout.addWidget(self.recent)
        else:
            recent_label.hide()
            self.recent.hide()
        box_layout.addSpacing(12)
        box_layout.addWidget(demo)
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

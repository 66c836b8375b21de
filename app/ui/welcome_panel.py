"""What the window shows when no project is open."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

CONTEXT = "WelcomePanel"
DEMO_COMMAND = "telaah demo demo.telaah"
DEMO_GUI_COMMAND = "telaah gui --demo"
BOX_WIDTH = 560


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class WelcomePanel(QWidget):
    open_requested = Signal()

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
        box_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
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

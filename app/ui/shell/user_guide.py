"""Help › User guide: the guide under docs/, in the window's language (Help › About is
app/ui/shell/about_dialog.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.errors import DataMissing
from app.resources import user_guide
from app.ui.widgets.window_size import fit_window

CONTEXT = "UserGuide"
GUIDE_SIZE = (900, 760)
IMAGE_MARGIN = 40  # the page's margins and the scroll bar
IMAGE_MIN_WIDTH = 320


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class GuideBrowser(QTextBrowser):
    """Shows the guide's screenshots no wider than the page, so nothing scrolls sideways."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        resource = super().loadResource(kind, name)
        if kind == QTextDocument.ResourceType.ImageResource.value and resource is not None:
            image = resource if isinstance(resource, QImage) else QImage.fromData(resource)
            width = max(IMAGE_MIN_WIDTH, self.viewport().width() - IMAGE_MARGIN)
            if not image.isNull() and image.width() > width:
                return image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            return image
        return resource


class GuideDialog(QDialog):
    """The Markdown guide rendered with its screenshots; links to other files stay inside."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Telaah user guide"))
        self.browser = GuideBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        fit_window(self, "user_guide", GUIDE_SIZE)


def show_guide(window: Any) -> GuideDialog | None:
    """Open the guide beside the window (not modal, so one can read while coding)."""
    try:
        path = user_guide(getattr(window, "language", None) or "en")
    except DataMissing as error:
        window.report(error)
        return None
    dialog = GuideDialog(path, window)
    dialog.show()
    return dialog

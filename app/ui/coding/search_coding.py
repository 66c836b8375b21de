"""'Code all hits': a preview to untick hits, then coding them, with an undo."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.search import SearchHit
from app.ui.coding.search_model import hit_context
from app.ui.widgets.window_size import fit_window

CONTEXT = "SearchCoding"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class CodeHitsPreview(QDialog):
    """Every hit ticked; the person unticks what should not be coded and confirms."""

    def __init__(self, hits: Sequence[SearchHit], code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Code all hits"))
        fit_window(self, "search_hits", (760, 480))
        intro = QLabel(_tr("Code these {count} hits with '{code}'? Untick any that should "
                           "not be coded. You can undo this afterwards.").format(
                               count=len(hits), code=code), self)
        intro.setWordWrap(True)
        self.hits = QListWidget(self)
        for hit in hits:
            item = QListWidgetItem(f"{hit.source_title}: {hit_context(hit)}", self.hits)
            item.setData(Qt.ItemDataRole.UserRole, hit)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        buttons = QDialogButtonBox(self)
        self.code_button = buttons.addButton(_tr("Code ticked hits"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.hits, 1)
        layout.addWidget(buttons)

    def ticked(self) -> list[SearchHit]:
        return [self.hits.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.hits.count())
                if self.hits.item(row).checkState() == Qt.CheckState.Checked]


def preview_hits(parent: QWidget | None, hits: Sequence[SearchHit],
                 code: str) -> list[SearchHit] | None:
    """The hits to code, or None when the person cancelled."""
    dialog = CodeHitsPreview(hits, code, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.ticked()

"""The review queue's filters: coder, code, informant and review status.

The words belong to the review window's translation context (``ReviewPanel``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.core.coders import CoderView
from app.core.codes import CodeView
from app.core.ids import CodeId, CoderId, InformantId
from app.core.informants import InformantView
from app.core.review import OPEN_STATUSES
from app.core.vocabulary import REVIEW_STATUSES
from app.ui.widgets.status_names import status_label

CONTEXT = "ReviewPanel"
ANY = None
OPEN = "open"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class QueueFilter:
    """The chosen filters, as ``review_queue`` takes them (None: any)."""

    coder_id: CoderId | None
    code_ids: frozenset[CodeId] | None
    informant_id: InformantId | None
    review_statuses: frozenset[str] | None


class QueueFilters(QWidget):
    """``changed`` when the person chooses another value in any of the four."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coder = QComboBox(self)
        self.code = QComboBox(self)
        self.informant = QComboBox(self)
        self.status = QComboBox(self)
        self.status.addItem(_tr("To review (pending or revised)"), OPEN)
        self.status.addItem(_tr("Any status"), ANY)
        for status in REVIEW_STATUSES:
            self.status.addItem(status_label(status), status)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, combo in ((_tr("Coder"), self.coder), (_tr("Code"), self.code),
                             (_tr("Informant"), self.informant), (_tr("Status"), self.status)):
            layout.addWidget(QLabel(label, self))
            layout.addWidget(combo, 1)
            combo.setMinimumContentsLength(16 if combo is self.status else 6)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(lambda _index: self.changed.emit())

    def combos(self) -> tuple[QComboBox, ...]:
        return (self.coder, self.code, self.informant, self.status)

    def fill(self, coders: Sequence[CoderView], codes: Iterable[CodeView],
             informants: Iterable[InformantView]) -> None:
        """Offer the project's coders (with segments), codes and informants; what was
        chosen stays chosen while it is still there. Says nothing (no ``changed``)."""
        choices = (
            (self.coder, [(c.name, c.id) for c in coders if c.segment_count]),
            (self.code, [("    " * c.depth + c.name, c.id) for c in codes]),
            (self.informant, [(i.label, i.id) for i in informants]),
        )
        for combo, items in choices:
            kept = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(_tr("All"), ANY)
            for text, key in items:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(kept)))
            combo.blockSignals(False)

    def show_everything(self) -> None:
        """All coders, codes and informants, any status; says nothing (no ``changed``)."""
        for combo in self.combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0 if combo is not self.status else 1)  # All / Any status
            combo.blockSignals(False)

    def chosen(self) -> QueueFilter:
        status = self.status.currentData()
        code = self.code.currentData()
        return QueueFilter(
            coder_id=self.coder.currentData(),
            code_ids=frozenset({code}) if code is not None else None,
            informant_id=self.informant.currentData(),
            review_statuses=(OPEN_STATUSES if status == OPEN
                             else None if status is ANY else frozenset({status})))

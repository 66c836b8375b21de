"""What the agreement window compares: the coders, the unit and its options, and Compute.

The words belong to the agreement window's translation context (``AgreementView``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from app.core.agreement import DEFAULT_OVERLAP, AgreementSettings
from app.core.coders import CoderView

CONTEXT = "AgreementView"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class AgreementChoices(QGroupBox):
    """The two coders with the most segments are ticked to start with."""

    def __init__(self, coders: Sequence[CoderView], parent: QWidget | None = None
                 ) -> None:
        super().__init__(_tr("What to compare"), parent)
        self.coders = QListWidget(self)
        for coder in coders:
            item = QListWidgetItem(f"{coder.name} ({coder.segment_count})", self.coders)
            item.setData(Qt.ItemDataRole.UserRole, coder.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.coders.setMaximumHeight(110)
        self.unit = QComboBox(self)
        self.unit.addItem(_tr("Segment"), "segment")
        self.unit.addItem(_tr("Character"), "character")
        self.unit.addItem(_tr("Presence"), "presence")
        self.overlap = QDoubleSpinBox(self)
        self.overlap.setRange(1, 100)
        self.overlap.setDecimals(0)
        self.overlap.setSuffix(" %")
        self.overlap.setValue(DEFAULT_OVERLAP * 100)
        self.presence_by = QComboBox(self)
        self.presence_by.addItem(_tr("source"), "source")
        self.presence_by.addItem(_tr("informant"), "informant")
        self.all_sources = QCheckBox(_tr("Compare every source"), self)
        self.all_sources.setToolTip(_tr(
            "Compare every source, not only those two coders coded; a coder who coded nothing "
            "in a source then counts as 'not coded' there."))
        self.compute_button = QPushButton(_tr("Compute"), self)
        form = QFormLayout(self)
        form.addRow(_tr("Coders (two or more)"), self.coders)
        form.addRow(_tr("Unit"), self.unit)
        form.addRow(_tr("Segment overlap needed"), self.overlap)
        form.addRow(_tr("Presence per"), self.presence_by)
        form.addRow(self.all_sources)
        form.addRow(self.compute_button)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.unit.currentIndexChanged.connect(self._update_choices)
        self._check_default_coders()
        self._update_choices()

    def _check_default_coders(self) -> None:
        """The two coders with the most segments, as a start."""
        counted = sorted(((int(self.coders.item(row).text().rsplit("(", 1)[1].rstrip(")")), row)
                          for row in range(self.coders.count())), reverse=True)
        for _count, row in counted[:2]:
            self.coders.item(row).setCheckState(Qt.CheckState.Checked)

    def set_coders(self, names: Sequence[str]) -> None:
        for row in range(self.coders.count()):
            item = self.coders.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in names else Qt.CheckState.Unchecked)

    def chosen_coders(self) -> tuple[str, ...]:
        return tuple(self.coders.item(row).data(Qt.ItemDataRole.UserRole)
                     for row in range(self.coders.count())
                     if self.coders.item(row).checkState() == Qt.CheckState.Checked)

    def _update_choices(self) -> None:
        unit = self.unit.currentData()
        self.overlap.setEnabled(unit == "segment")
        self.presence_by.setEnabled(unit == "presence")

    def settings(self) -> AgreementSettings:
        """The choices as the core takes them (raises when they are not valid)."""
        return AgreementSettings(
            coders=self.chosen_coders(), unit=self.unit.currentData(),
            overlap=round(self.overlap.value()) / 100,
            presence_by=self.presence_by.currentData(),
            all_sources=self.all_sources.isChecked())

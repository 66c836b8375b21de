"""Table models of an agreement result: figures per code, and disagreements side by side."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from app.core.agreement import (
    AgreementTable,
    Disagreement,
    DisagreementVersion,
    Figures,
    Statistic,
)
from app.core.agreement_reading import band_text
from app.core.evidence import Places
from app.ui.host.analysis_segments import place_label
from app.ui.widgets.analysis_table_model import RowTableModel
from app.ui.widgets.numbers import decimal, percent

CONTEXT = "AgreementModel"
STATISTIC_NAMES = ("percent_agreement", "cohen_kappa", "brennan_prediger",
                   "krippendorff_alpha")
VERSION_CHARS = 140


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def statistic_label(name: str) -> str:
    return {
        "percent_agreement": _tr("Percent agreement"),
        "cohen_kappa": _tr("Cohen's kappa"),
        "brennan_prediger": _tr("Brennan–Prediger kappa"),
        "krippendorff_alpha": _tr("Krippendorff's alpha"),
    }[name]


def statistic_short_label(name: str) -> str:
    return {
        "percent_agreement": _tr("% agree"),
        "cohen_kappa": _tr("Cohen κ"),
        "brennan_prediger": _tr("BP κ"),
        "krippendorff_alpha": _tr("α"),
    }[name]


def kind_label(kind: str) -> str:
    return {
        "missing": _tr("coded by one side only"),
        "boundaries": _tr("same code, different boundaries"),
        "code": _tr("same text, different code"),
    }.get(kind, kind)


def statistic_text(statistic: Statistic) -> str:
    if statistic.value is None:
        return "—"
    if statistic.name == "percent_agreement":
        return percent(statistic.value)
    return decimal(statistic.value, 3)


class AgreementFiguresModel(RowTableModel):
    """One row per code and a last row for all codes; counts then every statistic.

    ``FIGURES_ROLE`` gives a row's ``Figures``; a statistic cell's tooltip gives its
    formula, or why it is not reported.
    """

    FIGURES_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, coders: Sequence[str] = (),
                 translate: Callable[[str], str] = str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.coders = tuple(coders)
        self._translate = translate

    def set_table(self, table: AgreementTable, coders: Sequence[str]) -> None:
        self.coders = tuple(coders)
        rows = [(row.code, row.figures) for row in table.rows]
        rows.append((_tr("All codes"), table.overall))
        self.set_rows([label for label, _figures in rows], rows, reset=True)

    def _count_headers(self) -> list[str]:
        if len(self.coders) == 2:
            first, second = self.coders
            return [_tr("Both"), _tr("{coder} only").format(coder=first),
                    _tr("{coder} only").format(coder=second), _tr("Neither")]
        return [_tr("Coded by {coder}").format(coder=coder) for coder in self.coders]

    def headers(self) -> Sequence[str]:
        return [_tr("Code"), _tr("Units"), *self._count_headers(),
                *(statistic_short_label(name) for name in STATISTIC_NAMES)]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        first_statistic = len(self.headers()) - len(STATISTIC_NAMES)
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and first_statistic <= section < len(self.headers())):
            return statistic_label(STATISTIC_NAMES[section - first_statistic])
        return super().headerData(section, orientation, role)

    def _counts(self, figures: Figures) -> list[int]:
        if len(self.coders) == 2:
            return list(figures.two_by_two(*self.coders))
        return [figures.coded_by(coder) for coder in self.coders]

    def cell(self, payload: Any, row: int, column: int, role: int) -> Any:
        label, figures = payload
        if role == self.FIGURES_ROLE:
            return figures
        counts = self._counts(figures)
        first_statistic = 2 + len(counts)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return label
            if column == 1:
                return str(figures.units)
            if column < first_statistic:
                return str(counts[column - 2])
            return statistic_text(figures.statistics[column - first_statistic])
        if role == Qt.ItemDataRole.ToolTipRole and column >= first_statistic:
            statistic = figures.statistics[column - first_statistic]
            if statistic.value is None and statistic.reason:
                return self._translate(statistic.reason)
            band = band_text(statistic, self._translate)
            formula = self._translate(statistic.formula)
            return f"{band}\n{formula}" if band else formula
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row == self.rowCount() - 1:
            font = QFont()
            font.setBold(True)
            return font
        return None


def version_text(version: DisagreementVersion) -> str:
    if version.segment_id is None:
        return "—" if version.saw_source else _tr("(did not code this source)")
    text = " ".join((version.text or "").split())
    if len(text) > VERSION_CHARS:
        text = text[: VERSION_CHARS - 1] + "…"
    return f"{version.code}\n{text}"  # where it is: the row's Position column


class DisagreementModel(RowTableModel):
    """One row per disagreement: where, what kind, then each coder's version."""

    DISAGREEMENT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.coders: tuple[str, ...] = ()
        self.places: Places = {}

    def set_disagreements(self, rows: Sequence[Disagreement], coders: Sequence[str],
                          places: Places | None = None) -> None:
        """``places``: the turn or paragraph where each row starts (``turn_places``)."""
        self.places = places or {}
        self.coders = tuple(coders)
        self.set_rows([row.key for row in rows], list(rows), reset=True)

    def position(self, disagreement: Disagreement) -> str:
        place = self.places.get((disagreement.source_id, disagreement.start))
        return place_label(*place) if place and place[0] is not None else "—"

    def headers(self) -> Sequence[str]:
        return [_tr("Source"), _tr("Position"), _tr("Kind"), *self.coders]

    def cell(self, payload: Any, row: int, column: int, role: int) -> Any:
        disagreement: Disagreement = payload
        if role == self.DISAGREEMENT_ROLE:
            return disagreement
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return (f"{disagreement.source} ({disagreement.informant})"
                        if disagreement.informant else disagreement.source)
            if column == 1:
                return self.position(disagreement)
            if column == 2:
                return kind_label(disagreement.kind)
            version = disagreement.versions[column - 3]
            if role == Qt.ItemDataRole.ToolTipRole:
                return version.text or None
            return version_text(version)
        return None

"""Sources and informants: edit a source's title, kind, date and informant, and informants'
metadata, in two tables; Save stores every changed row (each row one core call)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.informants import InformantView, list_informants
from app.core.project import Project
from app.core.source_editing import update_informant, update_source
from app.core.sources import SourceView, list_sources
from app.errors import InvalidValue, TelaahError
from app.models.informant import INFORMANT_TYPES
from app.models.source import SOURCE_KINDS
from app.ui.change_hub import ChangeHub
from app.ui.transcript_panel import kind_name

CONTEXT = "SourcesDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def parse_attributes(text: str) -> dict[str, Any]:
    """``"usia=41; jabatan=guru"`` → {"usia": 41, "jabatan": "guru"} (numbers stay numbers)."""
    attributes: dict[str, Any] = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        key, separator, value = part.partition("=")
        if not separator or not key.strip():
            raise InvalidValue(field="attributes", value=part.strip(), detail="name=value; …")
        value = value.strip()
        attributes[key.strip()] = int(value) if value.lstrip("-").isdigit() else value
    return attributes


def format_attributes(attributes: dict[str, Any]) -> str:
    return "; ".join(f"{key}={value}" for key, value in attributes.items())


class SourcesDialog(QDialog):
    def __init__(self, project: Project, hub: ChangeHub, report: Callable[[TelaahError], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Sources and informants"))
        self._project, self._hub, self._report = project, hub, report
        self._sources = list_sources(project)
        self._informants = list_informants(project)
        self.sources = QTableWidget(len(self._sources), 4, self)
        self.sources.setHorizontalHeaderLabels(
            [_tr("Title"), _tr("Kind"), _tr("Date (YYYY-MM-DD)"), _tr("Informant")])
        for row, source in enumerate(self._sources):
            self._fill_source(row, source)
        self.informants = QTableWidget(len(self._informants), 5, self)
        self.informants.setHorizontalHeaderLabels(
            [_tr("Label"), _tr("Pseudonym"), _tr("Role"), _tr("Type"),
             _tr("Attributes (name=value; …)")])
        for row, informant in enumerate(self._informants):
            self._fill_informant(row, informant)
        for table in (self.sources, self.informants):
            table.horizontalHeader().setStretchLastSection(True)
            table.resizeColumnsToContents()
        tabs = QTabWidget(self)
        tabs.addTab(self.sources, _tr("Sources"))
        tabs.addTab(self.informants, _tr("Informants"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(820, 480)

    def _fill_source(self, row: int, source: SourceView) -> None:
        self.sources.setItem(row, 0, QTableWidgetItem(source.title))
        kinds = QComboBox(self.sources)
        for kind in SOURCE_KINDS:
            kinds.addItem(kind_name(kind), kind)
        kinds.setCurrentIndex(SOURCE_KINDS.index(source.kind))
        self.sources.setCellWidget(row, 1, kinds)
        self.sources.setItem(row, 2, QTableWidgetItem(
            source.source_date.isoformat() if source.source_date else ""))
        people = QComboBox(self.sources)
        people.addItem("—", None)
        for informant in self._informants:
            people.addItem(informant.label, informant.id)
        people.setCurrentIndex(max(0, people.findData(source.informant_id)))
        self.sources.setCellWidget(row, 3, people)

    def _fill_informant(self, row: int, informant: InformantView) -> None:
        for column, text in enumerate((informant.label, informant.pseudonym, informant.role)):
            self.informants.setItem(row, column, QTableWidgetItem(text))
        types = QComboBox(self.informants)
        types.addItems(list(INFORMANT_TYPES))
        types.setCurrentText(informant.informant_type)
        self.informants.setCellWidget(row, 3, types)
        self.informants.setItem(row, 4, QTableWidgetItem(format_attributes(informant.attributes)))

    def _source_values(self, row: int) -> dict[str, Any]:
        kinds = self.sources.cellWidget(row, 1)
        people = self.sources.cellWidget(row, 3)
        assert isinstance(kinds, QComboBox) and isinstance(people, QComboBox)
        text = self.sources.item(row, 2).text().strip()
        try:
            when = date.fromisoformat(text) if text else None
        except ValueError:
            raise InvalidValue(field="date", value=text, detail="YYYY-MM-DD") from None
        return {"title": self.sources.item(row, 0).text(), "kind": kinds.currentData(),
                "source_date": when, "informant_id": people.currentData()}

    def _informant_values(self, row: int) -> dict[str, Any]:
        types = self.informants.cellWidget(row, 3)
        assert isinstance(types, QComboBox)
        return {"label": self.informants.item(row, 0).text(),
                "pseudonym": self.informants.item(row, 1).text(),
                "role": self.informants.item(row, 2).text(),
                "informant_type": types.currentText(),
                "attributes": parse_attributes(self.informants.item(row, 4).text())}

    def save(self) -> bool:
        """Store changed rows; on the first error report it and keep the dialog open."""
        changes = Changes()
        try:
            for row, informant in enumerate(self._informants):
                values = self._informant_values(row)
                before = {"label": informant.label, "pseudonym": informant.pseudonym,
                          "role": informant.role, "informant_type": informant.informant_type,
                          "attributes": informant.attributes}
                if values != before:
                    changes |= update_informant(self._project, informant_id=informant.id,
                                                **values)
            for row, source in enumerate(self._sources):
                values = self._source_values(row)
                before = {"title": source.title, "kind": source.kind,
                          "source_date": source.source_date,
                          "informant_id": source.informant_id}
                if values != before:
                    changes |= update_source(self._project, source_id=source.id, **values)
        except TelaahError as error:
            self._hub.publish(changes)
            self._report(error)
            return False
        self._hub.publish(changes)
        self.accept()
        return True

"""Sources and informants: edit a source's title, kind, date and informant; add, edit and
remove informants.

The *Sources* tab is a table whose changed rows Save stores (each row one core call;
relinking a source to another informant is an undoable edit). The *Informants* tab acts at
once: Add…, Edit… and Remove… each run one undoable core edit through the edit history
(Edit ▸ Undo reverses it). Removing an informant with linked sources asks first and says
how many ("2 sources are linked to I7; remove anyway?"), then leaves them without one.

Stable names for tests and walk-throughs: the dialog ``sourcesDialog``; tables
``sourceTable`` and ``informantTable``; buttons ``addInformant``, ``editInformant`` and
``removeInformant``; the form they open is :class:`~app.ui.coding.informant_form.InformantForm`
(``informantForm``, reachable as :attr:`SourcesDialog.form` while open).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.ids import InformantId, SourceId
from app.core.informants import InformantView, informant_links, list_informants
from app.core.project import Project
from app.core.sources import SourceView, list_sources
from app.core.vocabulary import SOURCE_KINDS
from app.core.workbench import Workbench
from app.errors import InvalidValue, TelaahError
from app.ui.coding.informant_form import (
    InformantForm,
    InformantFormHost,
    format_attributes,
    informant_type_name,
    parse_attributes,
)
from app.ui.coding.informant_saving import save_edited_informant
from app.ui.coding.transcript_panel import kind_name
from app.ui.host.change_hub import ChangeHub
from app.ui.host.edit_history import EditHistory
from app.ui.widgets.conflict_dialog import Resolve, ask_resolution
from app.ui.widgets.conflict_saving import Outcome, save_with_choices
from app.ui.widgets.window_size import fit_window

__all__ = ["SourcesDialog", "format_attributes", "informant_choice", "parse_attributes"]

CONTEXT = "SourcesDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def informant_choice(informant: InformantView) -> str:
    """How an informant is offered in a list: "I7 – Bu Sari"."""
    if not informant.pseudonym:
        return informant.label
    return f"{informant.label} – {informant.pseudonym}"


def fill_informant_combo(combo: QComboBox, informants: list[InformantView],
                         chosen: int | None) -> None:
    combo.clear()
    combo.addItem(_tr("— no informant linked"), None)
    for informant in informants:
        combo.addItem(informant_choice(informant), informant.id)
    combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)


class SourcesDialog(InformantFormHost):
    def __init__(self, project: Project, hub: ChangeHub, report: Callable[[TelaahError], None],
                 parent: QWidget | None = None, *, history: EditHistory | None = None,
                 translate: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesDialog")
        self.setWindowTitle(_tr("Sources and informants"))
        self._project, self._hub, self._report = project, hub, report
        # Every change goes through the core façade: the window's, with its undo history.
        shared = history.workbench if history is not None else None
        self._wb = shared if shared is not None else Workbench(project)
        self._history = history or EditHistory(hub, self, workbench=self._wb)
        # Asked when someone else changed an informant being edited; tests answer here.
        self.resolve: Resolve = lambda parent, conflict: ask_resolution(
            parent, conflict, self._translate)
        # An informant as the open form last showed it, after "edit" put theirs in.
        self._shown: dict[InformantId, InformantView] = {}
        self._translate = translate or (lambda text: text)
        self.form: InformantForm | None = None
        # Asked before removing an informant with sources; tests replace it.
        self.confirm: Callable[[str], bool] = self._ask
        self._sources = list_sources(project)
        self._informants = list_informants(project)
        self.sources = QTableWidget(len(self._sources), 4, self)
        self.sources.setObjectName("sourceTable")
        self.sources.setHorizontalHeaderLabels(
            [_tr("Title"), _tr("Kind"), _tr("Date (YYYY-MM-DD)"), _tr("Informant")])
        for row, source in enumerate(self._sources):
            self._fill_source(row, source)
        self.informants = QTableWidget(0, 6, self)
        self.informants.setObjectName("informantTable")
        self.informants.setHorizontalHeaderLabels(
            [_tr("Id"), _tr("Pseudonym"), _tr("Role"), _tr("Type"), _tr("Attributes"),
             _tr("Sources")])
        self.informants.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.informants.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.informants.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.informants.itemDoubleClicked.connect(lambda _item: self.open_edit_form())
        self._show_informants()
        for table in (self.sources, self.informants):
            table.horizontalHeader().setStretchLastSection(True)
            table.resizeColumnsToContents()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.sources, _tr("Sources"))
        self.tabs.addTab(self._informant_page(), _tr("Informants"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        fit_window(self, "sources", (860, 500))

    def _informant_page(self) -> QWidget:
        page = QWidget(self)
        self.add_button = QPushButton(_tr("&Add…"), page)
        self.add_button.setObjectName("addInformant")
        self.add_button.clicked.connect(self.open_add_form)
        self.edit_button = QPushButton(_tr("&Edit…"), page)
        self.edit_button.setObjectName("editInformant")
        self.edit_button.clicked.connect(lambda: self.open_edit_form())
        self.remove_button = QPushButton(_tr("&Remove…"), page)
        self.remove_button.setObjectName("removeInformant")
        self.remove_button.clicked.connect(lambda: self.remove_informant())
        self.informants.itemSelectionChanged.connect(self._enable_buttons)
        hint = QLabel(_tr("Changes to informants are stored at once; Edit ▸ Undo reverses "
                          "them. Link a source to its informant on the Sources tab."), page)
        hint.setWordWrap(True)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.informants)
        layout.addLayout(row)
        layout.addWidget(hint)
        self._enable_buttons()
        return page

    def _enable_buttons(self) -> None:
        chosen = self.selected_informant() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # --- sources ---------------------------------------------------------------------------

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
        people.setObjectName(f"sourceInformant{row}")
        fill_informant_combo(people, self._informants, source.informant_id)
        self.sources.setCellWidget(row, 3, people)

    def informant_combo(self, row: int) -> QComboBox:
        """The informant chooser of the source in ``row``."""
        combo = self.sources.cellWidget(row, 3)
        assert isinstance(combo, QComboBox)
        return combo

    def source_row(self, title: str) -> int:
        return next(row for row, source in enumerate(self._sources) if source.title == title)

    def link(self, title: str, informant_label: str | None) -> None:
        """Choose the informant of the source titled ``title`` (stored by Save)."""
        combo = self.informant_combo(self.source_row(title))
        wanted = None if informant_label is None else next(
            i.id for i in self._informants if i.label == informant_label)
        combo.setCurrentIndex(max(0, combo.findData(wanted)))

    def _source_values(self, row: int) -> dict[str, Any]:
        kinds = self.sources.cellWidget(row, 1)
        assert isinstance(kinds, QComboBox)
        title_item, date_item = self.sources.item(row, 0), self.sources.item(row, 2)
        assert title_item is not None and date_item is not None, "every row has its cells"
        text = date_item.text().strip()
        try:
            when = date.fromisoformat(text) if text else None
        except ValueError:
            raise InvalidValue(field="date", value=text, detail="YYYY-MM-DD") from None
        return {"title": title_item.text(), "kind": kinds.currentData(),
                "source_date": when, "informant_id": self.informant_combo(row).currentData()}

    def save(self) -> bool:
        """Store changed source rows; on the first error (or a conflict left open) report
        it and keep the dialog open."""
        changes = Changes()
        try:
            for row, source in enumerate(self._sources):
                values = self._source_values(row)
                informant_id = values.pop("informant_id")
                outcome = self._save_source(row, source, values, informant_id)
                if outcome.status != "saved":
                    self._hub.publish(changes)
                    return False
                changes |= outcome.changes or Changes()
                if informant_id != source.informant_id:
                    self._link(source.id, values["title"], informant_id)
                self._sources[row] = replace(source, **values, informant_id=informant_id)
        except TelaahError as error:
            self._hub.publish(changes)
            self._report(error)
            return False
        self._hub.publish(changes)
        self.accept()
        return True

    def _save_source(self, row: int, source: SourceView, values: dict[str, Any],
                     informant_id: InformantId | None) -> Outcome:
        """A row's title, kind and date, checked against what the row showed."""
        fields = ("title", "kind", "source_date")

        def stored() -> dict[str, Any] | None:
            now = next((s for s in self._wb.sources.all() if s.id == source.id), None)
            return None if now is None else {key: getattr(now, key) for key in fields}

        def show_theirs(theirs: dict[str, Any]) -> None:
            self._fill_source(row, replace(source, **{**values, **theirs}))
            fill_informant_combo(self.informant_combo(row), self._informants, informant_id)

        outcome = save_with_choices(
            shown={key: getattr(source, key) for key in fields}, values=values,
            send=lambda changed, expected: self._wb.sources.update(
                source_id=source.id, expected=expected, **changed),
            stored=stored, show_theirs=show_theirs, resolve=self.resolve, parent=self)
        if outcome.status == "again" and outcome.theirs is not None:
            self._sources[row] = replace(source, **outcome.theirs)  # the next Save: over theirs
        return outcome

    def _link(self, source_id: SourceId, title: str,
              informant_id: InformantId | None) -> None:
        label = next((i.label for i in self._informants if i.id == informant_id), None)
        name = (_tr("Link {source} to {informant}").format(source=title, informant=label)
                if label else _tr("Unlink {source}").format(source=title))
        self._history.done(self._wb.informants.link_source(
            source_id=source_id, informant_id=informant_id, name=name))

    # --- informants ------------------------------------------------------------------------

    def _show_informants(self) -> None:
        self.informants.setRowCount(len(self._informants))
        for row, informant in enumerate(self._informants):
            cells = (informant.label, informant.pseudonym, informant.role,
                     informant_type_name(informant.informant_type),
                     format_attributes(informant.attributes), str(informant.source_count))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.informants.setItem(row, column, item)

    def _reload_informants(self) -> None:
        """After an informant edit: the informant table and every source's chooser, keeping
        the choices not yet saved (an informant removed meanwhile becomes none)."""
        chosen = [self.informant_combo(row).currentData() for row in range(len(self._sources))]
        self._informants = list_informants(self._project)
        known = {informant.id for informant in self._informants}
        self._sources = list_sources_in_order(self._project, self._sources)
        self._show_informants()
        for row, informant_id in enumerate(chosen):
            fill_informant_combo(self.informant_combo(row), self._informants,
                                 informant_id if informant_id in known else None)
        self._enable_buttons()

    def selected_informant(self) -> InformantView | None:
        rows = {index.row() for index in self.informants.selectedIndexes()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self._informants[row] if row < len(self._informants) else None

    def select_informant(self, label: str) -> None:
        row = next(row for row, i in enumerate(self._informants) if i.label == label)
        self.informants.selectRow(row)

    def open_add_form(self) -> InformantForm:
        """Open the form for a new informant; its OK adds it (one undoable edit)."""
        form = self._open_form(_tr("Add informant"), None)
        form.submitted.connect(lambda values: self._store(form, None, values))
        return form

    def open_edit_form(self, informant: InformantView | None = None) -> InformantForm | None:
        """Open the form on ``informant`` (default: the selected one); OK stores changes."""
        informant = informant or self.selected_informant()
        if informant is None:
            return None
        form = self._open_form(_tr("Edit informant {label}").format(label=informant.label), {
            "label": informant.label, "pseudonym": informant.pseudonym, "role": informant.role,
            "informant_type": informant.informant_type, "attributes": informant.attributes,
            "real_name": informant.real_name})
        form.submitted.connect(lambda values: self._store(form, informant, values))
        return form

    def _store(self, form: InformantForm, informant: InformantView | None,
               values: dict[str, Any]) -> None:
        done: Changes | None
        try:
            if informant is None:
                done = self._wb.informants.add(
                    name=_tr("Add informant {label}").format(label=values["label"]), **values)
            else:
                outcome = save_edited_informant(
                    self._wb, form, self._shown.get(informant.id, informant), values,
                    name=_tr("Edit informant {label}").format(label=informant.label),
                    resolve=self.resolve)
                if outcome.status == "again" and outcome.theirs is not None:
                    # The next OK is over theirs.
                    self._shown[informant.id] = replace(informant, **outcome.theirs)
                    form.show_problem(_tr("Their values are in the form now: change what "
                                          "you want and press OK again."))
                if outcome.status != "saved":
                    return
                done = outcome.changes
        except TelaahError as error:
            form.show_error(error)
            return
        if informant is not None:
            self._shown.pop(informant.id, None)
        if done is not None:
            self._history.done(done)
        form.done_ok()
        self._reload_informants()
        self.select_informant(values["label"])

    def removal_question(self, informant: InformantView) -> str:
        links = informant_links(self._project, informant_id=informant.id)
        if not links.source_count:
            question = _tr("Remove informant {label}?").format(label=links.label)
        else:
            question = _tr("{count} source(s) are linked to {label}; remove anyway? They stay, "
                           "without informant.").format(count=links.source_count,
                                                        label=links.label)
        if links.summary_cells:
            question += " " + _tr("{count} summary-grid cell(s) written for {label} are "
                                  "deleted too.").format(count=links.summary_cells,
                                                         label=links.label)
        return question + " " + _tr("Edit ▸ Undo brings it back.")

    def remove_informant(self, informant: InformantView | None = None) -> bool:
        """Remove ``informant`` (default: the selected one) after asking; True if removed."""
        informant = informant or self.selected_informant()
        if informant is None or not self.confirm(self.removal_question(informant)):
            return False
        done = self._history.run(lambda: self._wb.informants.remove(
            informant_id=informant.id, unlink_sources=True,
            name=_tr("Remove informant {label}").format(label=informant.label)))
        self._reload_informants()
        return done is not None

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, _tr("Remove informant"), question)
        return answer == QMessageBox.StandardButton.Yes


def list_sources_in_order(project: Project, shown: list[SourceView]) -> list[SourceView]:
    """The sources as stored now, in the rows they are shown in."""
    fresh = {source.id: source for source in list_sources(project)}
    return [fresh.get(source.id, source) for source in shown]


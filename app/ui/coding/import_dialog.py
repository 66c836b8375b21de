"""Import sources: one row per chosen file with its title, kind and informant.

The informant of each file is suggested from its name (``I7_wawancara.docx`` → I7,
``W3 Bu Sari.txt`` → a new informant I3 "Bu Sari"; see ``app.analysis.informant_guess``):
an existing informant is chosen in the row, an unknown one is offered as a new informant
to create ("New: I7"). *New informant…* opens the informant form for the selected row;
*Details…* edits a new informant before it exists. Import stores the new informants that
rows use and the sources in one transaction, all or nothing.

Stable names for tests and walk-throughs: the dialog ``importDialog`` with the table
``importTable``; per row the title item, :meth:`ImportDialog.kind_combo` and
:meth:`ImportDialog.informant_combo` (``importInformant<row>``); buttons ``newInformant``
and ``informantDetails``; the form they open is :attr:`ImportDialog.form`
(``informantForm``). :meth:`ImportDialog.choose` picks an informant by label;
:meth:`ImportDialog.plan` tells what Import will do.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.informants import InformantView, list_informants
from app.core.project import Project
from app.core.source_import import (
    InformantDraft,
    PlannedSource,
    suggest_informants,
    suggest_kinds,
)
from app.core.vocabulary import SOURCE_KINDS
from app.errors import DuplicateName, TelaahError
from app.ui.coding.informant_form import InformantForm, InformantFormHost
from app.ui.coding.sources_dialog import informant_choice
from app.ui.coding.transcript_panel import kind_name
from app.ui.widgets.window_size import fit_window

CONTEXT = "ImportDialog"
NEW = "new:"  # combo data of a drafted informant: "new:I7"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ImportDialog(InformantFormHost):
    """``import_requested(list[PlannedSource], list[InformantDraft])`` fires on Import;
    the owner imports and closes the dialog (or keeps it open on an error)."""

    import_requested = Signal(list, list)

    def __init__(self, project: Project, paths: Sequence[Path], parent: QWidget | None = None,
                 *, translate: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(_tr("Import sources"))
        self._paths = [Path(path) for path in paths]
        self._translate = translate or (lambda text: text)
        self._informants: list[InformantView] = list_informants(project)
        self._drafts: dict[str, InformantDraft] = {}
        self.form: InformantForm | None = None
        self.table = QTableWidget(len(self._paths), 4, self)
        self.table.setObjectName("importTable")
        self.table.setHorizontalHeaderLabels(
            [_tr("File"), _tr("Title"), _tr("Kind"), _tr("Informant")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        kinds = suggest_kinds(self._paths)
        # Observation and documentation notes have no informant.
        guesses = [guess if kind == "interview" else None for guess, kind in
                   zip(suggest_informants(project, paths=self._paths), kinds)]
        for guess in guesses:
            if guess is not None and not guess.existing:
                self._drafts.setdefault(guess.label, InformantDraft(
                    label=guess.label, pseudonym=guess.pseudonym))
        for row, (path, guess) in enumerate(zip(self._paths, guesses)):
            self._fill_row(row, path, None if guess is None else (
                guess.label if guess.existing else NEW + guess.label))
            self.kind_combo(row).setCurrentIndex(SOURCE_KINDS.index(kinds[row]))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.table.itemSelectionChanged.connect(self._enable_buttons)
        self.new_button = QPushButton(_tr("&New informant…"), self)
        self.new_button.setObjectName("newInformant")
        self.new_button.clicked.connect(lambda: self.open_new_form())
        self.details_button = QPushButton(_tr("&Details of the new informant…"), self)
        self.details_button.setObjectName("informantDetails")
        self.details_button.clicked.connect(lambda: self.open_details_form())
        hint = QLabel(_tr("The informant is suggested from the file name (I7_…, Informan 7, "
                          "W3 …). New informants are created with the import."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(_tr("&Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importSources")
        buttons.accepted.connect(self.request_import)
        buttons.rejected.connect(self.reject)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.new_button)
        row_buttons.addWidget(self.details_button)
        row_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row_buttons)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        fit_window(self, "import", (820, 200 + 30 * min(len(self._paths), 12)))
        if self._paths:
            self.table.selectRow(0)
        self._enable_buttons()

    # --- rows ------------------------------------------------------------------------------

    def _fill_row(self, row: int, path: Path, chosen: str | None) -> None:
        name = QTableWidgetItem(path.name)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        name.setToolTip(str(path))
        self.table.setItem(row, 0, name)
        self.table.setItem(row, 1, QTableWidgetItem(path.stem))
        kinds = QComboBox(self.table)
        for kind in SOURCE_KINDS:
            kinds.addItem(kind_name(kind), kind)
        self.table.setCellWidget(row, 2, kinds)
        people = QComboBox(self.table)
        people.setObjectName(f"importInformant{row}")
        self.table.setCellWidget(row, 3, people)
        self._fill_people(people, chosen)
        people.currentIndexChanged.connect(self._enable_buttons)

    def _fill_people(self, combo: QComboBox, chosen: str | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(_tr("— no informant"), None)
        for informant in self._informants:
            combo.addItem(informant_choice(informant), informant.label)
        for draft in self._drafts.values():
            text = f"{draft.label} – {draft.pseudonym}" if draft.pseudonym else draft.label
            combo.addItem(_tr("New: {informant}").format(informant=text), NEW + draft.label)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
        combo.blockSignals(False)

    def kind_combo(self, row: int) -> QComboBox:
        combo = self.table.cellWidget(row, 2)
        assert isinstance(combo, QComboBox)
        return combo

    def informant_combo(self, row: int) -> QComboBox:
        combo = self.table.cellWidget(row, 3)
        assert isinstance(combo, QComboBox)
        return combo

    def row_of(self, file_name: str) -> int:
        return next(row for row, path in enumerate(self._paths) if path.name == file_name)

    def chosen(self, row: int) -> str | None:
        """The row's informant: a label, ``"new:I7"`` for one to create, or None."""
        data = self.informant_combo(row).currentData()
        return data if isinstance(data, str) else None

    def choose(self, row: int, label: str | None) -> None:
        """Pick an existing or drafted informant by label (None: no informant)."""
        combo = self.informant_combo(row)
        if label is None:
            combo.setCurrentIndex(0)
            return
        index = combo.findData(label)
        if index < 0:
            index = combo.findData(NEW + label)
        combo.setCurrentIndex(max(0, index))

    def _selected_row(self) -> int | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return rows.pop() if len(rows) == 1 else None

    def _enable_buttons(self) -> None:
        row = self._selected_row()
        self.new_button.setEnabled(row is not None)
        chosen = self.chosen(row) if row is not None else None
        self.details_button.setEnabled(bool(chosen and chosen.startswith(NEW)))

    # --- new informants --------------------------------------------------------------------

    def open_new_form(self, row: int | None = None) -> InformantForm | None:
        """The form for a new informant for ``row`` (default: the selected row)."""
        row = self._selected_row() if row is None else row
        if row is None:
            return None
        form = self._open_form(_tr("New informant"), None)
        form.submitted.connect(lambda values: self._keep_draft(form, row, None, values))
        return form

    def open_details_form(self, row: int | None = None) -> InformantForm | None:
        """The form on the new informant chosen in ``row`` (default: the selected row)."""
        row = self._selected_row() if row is None else row
        chosen = self.chosen(row) if row is not None else None
        if row is None or not chosen or not chosen.startswith(NEW):
            return None
        draft = self._drafts[chosen[len(NEW):]]
        form = self._open_form(_tr("New informant {label}").format(label=draft.label), {
            "label": draft.label, "pseudonym": draft.pseudonym, "role": draft.role,
            "informant_type": draft.informant_type, "attributes": draft.attributes,
            "real_name": draft.real_name})
        form.submitted.connect(lambda values: self._keep_draft(form, row, draft.label, values))
        return form

    def _keep_draft(self, form: InformantForm, row: int, old_label: str | None,
                    values: dict[str, Any]) -> None:
        label = values["label"]
        taken = {informant.label for informant in self._informants} | (
            set(self._drafts) - {old_label})
        if label in taken:
            form.show_error(DuplicateName(kind="informant", name=label))
            return
        if old_label is not None:
            del self._drafts[old_label]
        self._drafts[label] = InformantDraft(**values)
        wanted = []
        for other in range(self.table.rowCount()):
            current = self.chosen(other)
            if old_label is not None and current == NEW + old_label:
                current = NEW + label
            wanted.append(NEW + label if other == row else current)
        for other, chosen in enumerate(wanted):
            self._fill_people(self.informant_combo(other), chosen)
        self._enable_buttons()
        form.done_ok()

    # --- import ----------------------------------------------------------------------------

    def plan(self) -> tuple[list[PlannedSource], list[InformantDraft]]:
        """The sources to import and the new informants the rows use."""
        sources: list[PlannedSource] = []
        used: list[InformantDraft] = []
        for row, path in enumerate(self._paths):
            chosen = self.chosen(row)
            label = chosen
            if chosen and chosen.startswith(NEW):
                label = chosen[len(NEW):]
                if self._drafts[label] not in used:
                    used.append(self._drafts[label])
            title_item = self.table.item(row, 1)
            assert title_item is not None, "every row has its title cell"
            sources.append(PlannedSource(path=path, title=title_item.text(),
                                         kind=str(self.kind_combo(row).currentData()),
                                         informant=label))
        return sources, used

    def request_import(self) -> None:
        sources, drafts = self.plan()
        self.import_requested.emit(sources, drafts)

    def show_error(self, error: TelaahError) -> None:
        """Keep the dialog open and say what went wrong (nothing was imported)."""
        self._problem().setText(error.message(self._translate))
        self._problem().show()

    def _problem(self) -> QLabel:
        label = self.findChild(QLabel, "importProblem")
        if label is None:
            label = QLabel(self)
            label.setObjectName("importProblem")
            label.setWordWrap(True)
            label.setStyleSheet("color: #9a3412")
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.count() - 1, label)
        return label

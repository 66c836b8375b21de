"""A small form for one informant: id, pseudonym, role, type, attributes and real name.

The form only collects and checks values; its owner stores them (one core call) when
``submitted`` fires. It opens window-modal without a nested event loop (``open()``), so
tests and walk-throughs drive it through its widgets or :meth:`InformantForm.fill` and
:meth:`InformantForm.submit`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.vocabulary import INFORMANT_TYPES
from app.errors import InvalidValue, TelaahError

CONTEXT = "InformantForm"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def informant_type_name(informant_type: str) -> str:
    """The type as a reader of the interface's language says it."""
    return {
        "kunci": _tr("Key informant (kunci)"),
        "utama": _tr("Main informant (utama)"),
        "pendukung": _tr("Supporting informant (pendukung)"),
    }.get(informant_type, informant_type)


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


class InformantForm(QDialog):
    """objectName ``informantForm``; fields ``informantId``, ``informantPseudonym``,
    ``informantRole``, ``informantType``, ``informantAttributes``, ``informantRealName``.

    ``submitted(dict)`` carries the keywords of ``add_informant``/``update_informant``
    (label, pseudonym, role, informant_type, attributes, real_name). The owner closes the
    form with :meth:`done_ok` once stored, or shows the problem with :meth:`show_problem`.
    """

    submitted = Signal(dict)

    def __init__(self, parent: QWidget | None = None, *, title: str = "",
                 values: dict[str, Any] | None = None,
                 translate: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self._translate = translate or (lambda text: text)
        self.setObjectName("informantForm")
        self.setWindowTitle(title or _tr("Informant"))
        self.label = self._line("informantId", _tr("e.g. I7"))
        self.pseudonym = self._line("informantPseudonym", _tr("the name used in the thesis"))
        self.role = self._line("informantRole", _tr("e.g. Kepala Bidang"))
        self.informant_type = QComboBox(self)
        self.informant_type.setObjectName("informantType")
        for informant_type in INFORMANT_TYPES:
            self.informant_type.addItem(informant_type_name(informant_type), informant_type)
        self.informant_type.setCurrentIndex(INFORMANT_TYPES.index("utama"))
        self.attributes = self._line("informantAttributes", _tr("usia=41; pendidikan=S1"))
        self.real_name = self._line("informantRealName", "")
        note = QLabel(_tr("Optional. Kept only to mask the name in quotes; never shown in "
                          "any export, citation or list."), self)
        note.setWordWrap(True)
        note.setObjectName("realNameNote")
        self.problem = QLabel(self)
        self.problem.setObjectName("informantFormProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #9a3412")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(_tr("&Id:"), self.label)
        form.addRow(_tr("&Pseudonym:"), self.pseudonym)
        form.addRow(_tr("&Role:"), self.role)
        form.addRow(_tr("&Type:"), self.informant_type)
        form.addRow(_tr("&Attributes:"), self.attributes)
        form.addRow(_tr("Real &name:"), self.real_name)
        form.addRow("", note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        if values:
            self.fill(**values)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setPlaceholderText(placeholder)
        return line

    def fill(self, *, label: str | None = None, pseudonym: str | None = None,
             role: str | None = None, informant_type: str | None = None,
             attributes: dict[str, Any] | str | None = None,
             real_name: str | None = None) -> None:
        """Set the given fields (others stay as they are)."""
        for line, value in ((self.label, label), (self.pseudonym, pseudonym),
                            (self.role, role), (self.real_name, real_name)):
            if value is not None:
                line.setText(value)
        if informant_type is not None:
            self.informant_type.setCurrentIndex(max(0, self.informant_type.findData(
                informant_type)))
        if attributes is not None:
            self.attributes.setText(attributes if isinstance(attributes, str)
                                    else format_attributes(attributes))

    def values(self) -> dict[str, Any]:
        """The form as core keywords; InvalidValue for an empty id or bad attributes."""
        label = self.label.text().strip()
        if not label:
            raise InvalidValue(field="informant id", value="", detail="it is empty")
        return {
            "label": label,
            "pseudonym": self.pseudonym.text().strip(),
            "role": self.role.text().strip(),
            "informant_type": str(self.informant_type.currentData()),
            "attributes": parse_attributes(self.attributes.text()),
            "real_name": self.real_name.text().strip(),
        }

    def submit(self) -> None:
        """OK: check the values and hand them to the owner (the form stays open until
        the owner calls :meth:`done_ok`)."""
        try:
            values = self.values()
        except InvalidValue as error:
            self.show_problem(error.message(self._translate))
            return
        self.problem.hide()
        self.submitted.emit(values)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def show_error(self, error: TelaahError) -> None:
        self.show_problem(error.message(self._translate))

    def done_ok(self) -> None:
        self.accept()


class InformantFormHost(QDialog):
    """A dialog that keeps at most one informant form open, in ``form`` (the import dialog
    and *Sources and informants* both do)."""

    form: InformantForm | None = None
    _translate: Callable[[str], str]

    def _open_form(self, title: str, values: dict[str, Any] | None) -> InformantForm:
        if self.form is not None:
            self.form.close()
        self.form = InformantForm(self, title=title, values=values, translate=self._translate)
        self.form.finished.connect(self._forget_form)
        self.form.open()
        return self.form

    def _forget_form(self) -> None:
        form = self.sender()
        if form is self.form:
            self.form = None
        if isinstance(form, QWidget):
            form.deleteLater()

"""Issue 24 through the informant form: a field someone else changed after the form was
opened is not overwritten; the form says who changed it (fields nobody touched are saved)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.core.informants import list_informants
from app.core.project import Project
from app.core.source_editing import update_informant
from app.ui.coding.informant_form import InformantForm
from app.ui.shell import project_actions
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import identity, show_active


def test_the_form_refuses_to_overwrite_a_newer_pseudonym(
        qtbot: QtBot, demo_path: Path) -> None:
    window = MainWindow(Project.open(demo_path), "Budi", identity)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    other = Project.open(demo_path)
    other.actor = "Annisa"
    try:
        dialog = project_actions.edit_sources(window)
        informant = list_informants(other)[0]
        dialog.select_informant(informant.label)
        form = dialog.open_edit_form()
        assert isinstance(form, InformantForm)
        update_informant(other, informant_id=informant.id, pseudonym="Pak Anton")
        line = form.findChild(QLineEdit, "informantPseudonym")
        assert line is not None
        line.setText("Pak Budi")
        form.buttons.button(form.buttons.StandardButton.Ok).click()
        assert form.isVisible() and "Annisa" in form.problem.text()
        assert "Pak Anton" in form.problem.text() and "Pak Budi" in form.problem.text()
        assert list_informants(other)[0].pseudonym == "Pak Anton"
        form.reject()
        dialog.close()
    finally:
        other.close()
        window.close()

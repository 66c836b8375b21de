"""Issue 24 through the informant form and the sources table: a field someone else changed
after it was shown is not overwritten silently; the person is asked (keep mine, keep
theirs, edit), and the fields nobody else touched are saved."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.core.informants import list_informants
from app.core.project import Project
from app.core.source_editing import update_informant, update_source
from app.core.sources import list_sources
from app.errors import EditConflict
from app.ui.coding.informant_form import InformantForm
from app.ui.shell import project_actions
from app.ui.shell.main_window import MainWindow
from app.ui.widgets.conflict_dialog import EDIT, KEEP_MINE, KEEP_THEIRS
from tests.ui.conftest import identity, show_active


def _line(form: InformantForm, name: str) -> QLineEdit:
    line = form.findChild(QLineEdit, name)
    assert line is not None
    return line


@pytest.mark.parametrize("answer", [KEEP_MINE, KEEP_THEIRS, EDIT])
def test_a_pseudonym_changed_meanwhile_is_asked_about(
        qtbot: QtBot, demo_path: Path, answer: str) -> None:
    window = MainWindow(Project.open(demo_path), "Budi", identity)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    other = Project.open(demo_path)
    other.actor = "Annisa"
    try:
        dialog = project_actions.edit_sources(window)
        asked: list[EditConflict] = []
        dialog.resolve = lambda _parent, conflict: asked.append(conflict) or answer
        informant = list_informants(other)[0]
        dialog.select_informant(informant.label)
        form = dialog.open_edit_form()
        assert isinstance(form, InformantForm)
        update_informant(other, informant_id=informant.id, pseudonym="Pak Anton")
        _line(form, "informantPseudonym").setText("Pak Budi")
        _line(form, "informantRole").setText("Kepala Seksi")  # nobody else touched it
        form.buttons.button(form.buttons.StandardButton.Ok).click()
        assert [(c.who, c.field_key) for c in asked] == [("Annisa", "pseudonym")]
        assert "Pak Anton" in asked[0].theirs and "Pak Budi" in asked[0].mine
        stored = list_informants(other)[0]
        if answer == KEEP_MINE:
            assert (stored.pseudonym, stored.role) == ("Pak Budi", "Kepala Seksi")
            assert not form.isVisible()
        elif answer == KEEP_THEIRS:
            assert (stored.pseudonym, stored.role) == ("Pak Anton", "Kepala Seksi")
            assert not form.isVisible()
        else:  # edit: their value in the form, nothing saved yet, OK again goes through
            assert stored.pseudonym == "Pak Anton" and stored.role == informant.role
            assert form.isVisible() and form.problem.isVisible()
            assert _line(form, "informantPseudonym").text() == "Pak Anton"
            _line(form, "informantPseudonym").setText("Pak Anton Budi")
            form.buttons.button(form.buttons.StandardButton.Ok).click()
            stored = list_informants(other)[0]
            assert (stored.pseudonym, stored.role) == ("Pak Anton Budi", "Kepala Seksi")
            assert len(asked) == 1 and not form.isVisible()
        dialog.close()
    finally:
        other.close()
        window.close()


@pytest.mark.parametrize("answer", [KEEP_MINE, KEEP_THEIRS, EDIT])
def test_a_source_title_changed_meanwhile_is_asked_about(
        qtbot: QtBot, demo_path: Path, answer: str) -> None:
    """The same through the sources table: the title someone else gave a source meanwhile
    is asked about; the date changed beside it is saved."""
    window = MainWindow(Project.open(demo_path), "Budi", identity)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    other = Project.open(demo_path)
    other.actor = "Annisa"
    try:
        dialog = project_actions.edit_sources(window)
        asked: list[EditConflict] = []
        dialog.resolve = lambda _parent, conflict: asked.append(conflict) or answer
        source = list_sources(other)[0]
        row = dialog.source_row(source.title)
        update_source(other, source_id=source.id, title="Judul dari Annisa")
        title, when = dialog.sources.item(row, 0), dialog.sources.item(row, 2)
        assert title is not None and when is not None
        title.setText("Judul dari Budi")
        when.setText("2023-04-01")
        saved = dialog.save()
        assert [(c.who, c.field_key) for c in asked] == [("Annisa", "title")]
        stored = next(s for s in list_sources(other) if s.id == source.id)
        if answer == KEEP_MINE:
            assert saved and stored.title == "Judul dari Budi"
            assert stored.source_date == date(2023, 4, 1)
        elif answer == KEEP_THEIRS:
            assert saved and stored.title == "Judul dari Annisa"
            assert stored.source_date == date(2023, 4, 1)
        else:  # edit: their title in the row, nothing of the row saved, Save again
            assert not saved and stored.title == "Judul dari Annisa"
            assert stored.source_date == source.source_date
            shown = dialog.sources.item(row, 0)
            assert shown is not None and shown.text() == "Judul dari Annisa"
            shown.setText("Judul bersama")
            assert dialog.save() and len(asked) == 1
            stored = next(s for s in list_sources(other) if s.id == source.id)
            assert (stored.title, stored.source_date) == ("Judul bersama", date(2023, 4, 1))
        dialog.close()
    finally:
        other.close()
        window.close()

"""A window opened read-only says so (a bar under the menu, the title) and switches every
editing action off (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.ui.coding.segment_menu import DELETE, EDIT_MEMO, SHOW_IN_REVIEW
from tests.ui.conftest import keep_shot
from tests.ui.segment_bench import (
    TEXT,
    build_study,
    code,
    here,
    open_window,
    parts,
    refuse_questions,
    submenus,
    utf16,
)


@pytest.fixture
def project_path(demo_path: Path, tmp_path: Path) -> Path:
    return build_study(demo_path, tmp_path)


@pytest.fixture(autouse=True)
def no_unexpected_question(monkeypatch: pytest.MonkeyPatch) -> None:
    refuse_questions(monkeypatch)


def test_a_read_only_window_says_so_and_disables_editing(qtbot: QtBot,
                                                         project_path: Path) -> None:
    window = open_window(qtbot, project_path, read_only=True)
    try:
        workspace, project, view = parts(window)
        assert window.read_only_bar.isVisible()
        assert window.read_only_bar.geometry().top() < window.tabs.geometry().top()
        assert "Read-only" in window.read_only_bar.findChild(
            type(window.coder_label), "read_only_message").text()
        assert "(read-only)" in window.windowTitle()
        for name in ("import", "sources", "quick_code", "in_vivo", "code_again",
                     "change_code", "set_bounds", "memo", "delete_segment", "undo", "redo"):
            assert not window.actions_by_name[name].isEnabled(), name
        assert window.actions_by_name["find"].isEnabled()
        start = TEXT.index("Petugas")
        view.select_span(start, start + 7)
        assert workspace.shortcut_actions() and not any(
            a.isEnabled() for a in workspace.shortcut_actions().values())
        menu = view.code_menu(utf16(TEXT.index("cepat")))
        code_actions = [a for a in menu.actions() if a.menu() is None and a.data() is not None]
        assert not any(a.isEnabled() for a in code_actions)
        (mine, *_rest) = submenus(menu)
        enabled = {a.objectName(): a.isEnabled() for a in mine.actions() if not a.isSeparator()}
        assert enabled[SHOW_IN_REVIEW] and not enabled[DELETE] and not enabled[EDIT_MEMO]
        codebook_menu = workspace.codebook_editor.context_menu(
            workspace.codebook.index_of_code(code(project, "Kualitas").id))
        assert codebook_menu.actions()[0].text() == "Read-only: the codebook cannot be changed"
        assert not any(action.isEnabled() for action in codebook_menu.actions())
        before = len(here(window))
        workspace.applier.apply(code(project, "Kualitas"))
        assert len(here(window)) == before
        assert "read-only" in window.statusBar().currentMessage()
        keep_shot(window, "read_only_window.png")
    finally:
        window.close()
    normal = open_window(qtbot, project_path)
    try:
        assert not normal.read_only_bar.isVisible()
        assert "(read-only)" not in normal.windowTitle()
        assert normal.actions_by_name["quick_code"].isEnabled()
    finally:
        normal.close()

"""The GUI changes a project through the core façade (``Workbench``), not by calling the
core's mutations itself.

A mutation is a core function that returns ``Changes`` or an undo step (``Built``). The
calls the GUI still makes directly are listed with the reason; the list may only shrink.
"""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"

# (ui module, core function): why it is still called directly.
DIRECT: dict[tuple[str, str], str] = {
    # Long work: run by the work runner on another thread with its own session.
    ("coding/recording_actions.py", "import_recording"): "runner",
    ("coding/transcribe_dialog.py", "transcribe_source"): "runner",
    ("shell/project_actions.py", "import_planned"): "runner",
    ("shell/project_actions.py", "import_sources"): "runner",
    # Undoable builders handed to EditHistory.perform, which runs them in one workbench
    # transaction and records the step.
    ("coding/media_pane.py", "code_region_undoable"): "history.perform",
    ("coding/segment_actions.py", "delete_coded_segment"): "history.perform",
    # Not yet moved onto the façade.
    ("coding/media_pane.py", "code_region"): "no history (a pane built alone)",
    ("shell/main_window.py", "poll_changes"): "reads others' changes, writes nothing",
}


def _core_mutations() -> set[str]:
    names = set()
    for path in (APP / "core").glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and node.returns is not None:
                returns = ast.unparse(node.returns)
                if "Changes" in returns or "Built" in returns:
                    names.add(node.name)
    return names


def _direct_calls() -> set[tuple[str, str]]:
    mutations = _core_mutations()
    found = set()
    for path in (APP / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in mutations):
                found.add((path.relative_to(APP / "ui").as_posix(), node.func.id))
    return found


def test_the_gui_changes_projects_through_the_workbench() -> None:
    found = _direct_calls()
    assert sorted(found - DIRECT.keys()) == [], "call these through the workbench (wb.…)"
    assert sorted(DIRECT.keys() - found) == [], "no longer called: remove them from DIRECT"


def test_the_check_sees_the_core_mutations() -> None:
    mutations = _core_mutations()
    assert {"add_segment", "save_conclusion", "set_paraphrase", "give_verdict"} <= mutations

"""The workbench starts without the document, spreadsheet and fuzzy-matching libraries:
exports, Word review and fuzzy search load them when first used (issue 19)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# What starting the GUI and showing a project may not load.
HEAVY = ("docx", "openpyxl", "numpy", "rapidfuzz", "alembic", "mako", "pygments",
         "krippendorff", "psycopg", "PIL")


def _loaded_after(code: str) -> list[str]:
    script = code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True,
                            text=True, timeout=300, env=environment)
    assert result.returncode == 0, result.stderr
    modules = json.loads(result.stdout.strip().splitlines()[-1])
    return sorted({name.split(".")[0] for name in modules} & set(HEAVY))


def test_importing_the_launcher_loads_no_heavy_library() -> None:
    assert _loaded_after("import app.ui.shell.launch") == []


def test_showing_the_main_window_on_a_project_loads_no_heavy_library(demo_path: Path) -> None:
    code = (
        "import app.ui.shell.launch\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from app.core.project import Project\n"
        "from app.ui.shell.main_window import MainWindow\n"
        "application = QApplication([])\n"
        f"window = MainWindow(Project.open({str(demo_path)!r}), 'Tester', lambda text: text)\n"
        "window.resize(1400, 900)\n"
        "window.show()\n"
        "application.processEvents()\n"
        "assert window.isVisible()\n"
    )
    assert _loaded_after(code) == []

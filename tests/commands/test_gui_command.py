"""telaah gui starts with the cyclic garbage collector paused (issue 19) and turns it back
on once the event loop runs; a screenshot run leaves it on too."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.commands.gui import BEFORE_QT

REPO = Path(__file__).resolve().parents[2]

_SCRIPT = """
import gc, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.cli import main
application = QApplication(["telaah"])
seen = []
def look():
    seen.append(gc.isenabled())
    for window in QApplication.topLevelWidgets():
        window.close()
    application.quit()
QTimer.singleShot(500, look)
code = main(["gui", sys.argv[1], "--coder", "Tester"])
print(json.dumps([code, seen, gc.isenabled()]))
"""


def _run(*arguments: str, tmp_path: Path) -> str:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                   "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, *arguments], cwd=REPO, capture_output=True,
                            text=True, timeout=300, env=environment)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_collector_runs_again_once_the_window_is_up(demo_path: Path, tmp_path: Path) -> None:
    output = _run("-c", _SCRIPT, str(demo_path), tmp_path=tmp_path)
    code, seen, after = json.loads(output.strip().splitlines()[-1])
    assert code == 0
    assert seen == [True]  # in the event loop, with the window shown
    assert after is True


def test_a_screenshot_run_leaves_the_collector_on(demo_path: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    script = ("import gc, sys\nfrom app.cli import main\n"
              "code = main(['gui', sys.argv[1], '--screenshot', sys.argv[2]])\n"
              "print(code, gc.isenabled())\n")
    output = _run("-c", script, str(demo_path), str(shot), tmp_path=tmp_path)
    assert output.strip().splitlines()[-1] == "0 True"
    assert shot.stat().st_size > 0


_FIRST_PAINT = """
import json, sys
from app.cli import main
from app.commands.gui import load_before_qt
if sys.argv[2] == "as the command does":
    load_before_qt()
before_qt = set(sys.modules)
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
application = QApplication(["telaah"])
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow)
                and not hasattr(self, "loaded")):
            self.loaded = sorted(set(sys.modules) - before_qt)
            QTimer.singleShot(0, application.quit)
        return False
first = FirstPaint()
application.installEventFilter(first)
main(["gui", sys.argv[1], "--coder", "Tester"])
print(json.dumps(first.loaded))
"""


def test_the_window_finds_its_qt_free_modules_loaded_before_qt(demo_path: Path,
                                                               tmp_path: Path) -> None:
    """Every Qt-free module of Telaah (and SQLAlchemy) that the window needs by its first
    paint is imported before PySide6 (issue 19): PySide6 reads the source of each module
    imported after it. A new one belongs in app.commands.gui.BEFORE_QT."""
    output = _run("-c", _FIRST_PAINT, str(demo_path), "as the command does",
                  tmp_path=tmp_path)
    loaded = json.loads(output.strip().splitlines()[-1])
    late = [name for name in loaded
            if (name.startswith("app.") and not name.startswith(("app.ui", "app.commands")))
            or name.split(".")[0] == "sqlalchemy"]
    assert late == [], late
    assert any(name.startswith("app.ui.shell") for name in loaded)  # the check sees imports


def test_nothing_is_loaded_before_qt_that_the_first_paint_does_not_need(
        demo_path: Path, tmp_path: Path) -> None:
    """The other way round: each module of BEFORE_QT is one the window loads by its first
    paint anyway (a stage tab's modules wait until the tab is opened)."""
    output = _run("-c", _FIRST_PAINT, str(demo_path), "without", tmp_path=tmp_path)
    loaded = set(json.loads(output.strip().splitlines()[-1]))
    assert [name for name in BEFORE_QT if name not in loaded] == []
    assert "app.ui.analysis.display_tab" not in loaded


def test_what_is_loaded_before_qt_loads_no_qt() -> None:
    script = ("import sys\nfrom app.commands.gui import load_before_qt\nload_before_qt()\n"
              "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True,
                            text=True, timeout=120, check=True)
    assert result.stdout.strip() == "[]"

"""telaah gui starts with the cyclic garbage collector paused (issue 19) and turns it back
on once the event loop runs; a screenshot run leaves it on too."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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

"""`telaah gui` installs the menu-only features just after the window's first paint (issue
19): once painted, its menus hold the same entries, in the same order and the same enabled
state, as a window that installed them at once; before, their modules need not load."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.core.project import Project
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import identity, show_active

REPO = Path(__file__).resolve().parents[3]


def _menus(window: MainWindow) -> list[tuple[str, list[tuple[str, bool]]]]:
    bar = window.menuBar()
    menus = [action.menu() for action in bar.actions() if isinstance(action.menu(), QMenu)]
    return [(menu.title(), [(action.text(), action.isEnabled()) for action in menu.actions()])
            for menu in menus if isinstance(menu, QMenu)]


def _same_menus(window: MainWindow, expected: list[tuple[str, list[tuple[str, bool]]]]
                ) -> Callable[[], bool]:
    return lambda: _menus(window) == expected


def test_after_the_first_paint_the_menus_are_those_of_an_eager_window(
        qtbot: QtBot, demo_path: Path, tmp_path: Path) -> None:
    read_only = tmp_path / "read_only.telaah"
    read_only.write_bytes(demo_path.read_bytes())
    for path, flags in ((demo_path, {}), (read_only, {"read_only": True}), (None, {})):
        # None: the start screen, where the entries that need a project are disabled.
        eager = MainWindow(Project.open(path, **flags) if path else None, "Tester", identity)
        qtbot.addWidget(eager)
        expected = _menus(eager)
        eager.close()
        later = MainWindow(Project.open(path, **flags) if path else None, "Tester", identity,
                           features_after_paint=True)
        qtbot.addWidget(later)
        file_entries = [text for text, _enabled in dict(_menus(later))["&File"]]
        assert "&Export REFI-QDA…" not in file_entries  # not before the window is painted
        show_active(qtbot, later)
        qtbot.waitUntil(_same_menus(later, expected), timeout=5000)
        assert "&Export REFI-QDA…" in [text for text, _on in dict(_menus(later))["&File"]]
        later.close()


def test_the_window_shows_before_the_exchange_agreement_and_quotation_modules_load(
        demo_path: Path) -> None:
    script = (
        "import json, sys\n"
        "from PySide6.QtCore import QEvent, QObject, QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from app.core.project import Project\n"
        "from app.ui.shell.main_window import MainWindow\n"
        "application = QApplication([])\n"
        "seen = {}\n"
        "class FirstPaint(QObject):\n"
        "    def eventFilter(self, watched, event):\n"
        "        if event.type() == QEvent.Type.Paint and watched is window and not seen:\n"
        "            seen['modules'] = sorted(sys.modules)\n"
        "            QTimer.singleShot(200, application.quit)\n"
        "        return False\n"
        f"window = MainWindow(Project.open({str(demo_path)!r}), 'Tester', lambda text: text,\n"
        "                    features_after_paint=True)\n"
        "spy = FirstPaint()\n"
        "window.installEventFilter(spy)\n"
        "window.resize(1400, 900)\n"
        "window.show()\n"
        "application.exec()\n"
        "print(json.dumps([seen['modules'], sorted(sys.modules)]))\n"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True,
                            text=True, timeout=300, env=environment)
    assert result.returncode == 0, result.stderr
    painted, afterwards = json.loads(result.stdout.strip().splitlines()[-1])
    later = ("app.ui.exchange.exchange_actions", "app.core.qdpx", "app.ui.review.agreement_view",
             "app.core.agreement", "app.ui.analysis.quote_check_dialog")
    assert not set(later) & set(painted)
    assert set(later) <= set(afterwards)

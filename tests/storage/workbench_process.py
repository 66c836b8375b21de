"""The real workbench in a process of its own, driven through its standard input.

Run as ``python tests/storage/workbench_process.py PROJECT [--read-only]``. The project is
opened the way ``telaah gui PROJECT`` opens it (session lock, backup check, main window
shown on Qt's offscreen platform); the script prints ``ready`` once the window is up.

Each line ``code SOURCE CODE CODER START END`` on standard input stores a segment through
the open workbench's own project and prints ``ack ID`` once it is committed. ``begin``
opens a write transaction that the following ``code`` lines join (each then prints ``ack
ID`` uncommitted) until ``commit`` commits them all (it prints ``committed``). ``quit``
closes the window. The tests kill the process with SIGKILL instead, as a crash would.
"""

from __future__ import annotations

import os
import sys
from contextlib import ExitStack

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSocketNotifier, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.project import Project  # noqa: E402
from app.core.segments import add_segment  # noqa: E402
from app.i18n import translator_for  # noqa: E402
from app.ui.shell.launch import run_gui  # noqa: E402
from app.ui.shell.main_window import MainWindow  # noqa: E402


def _main_window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.project is not None:
            return widget
    return None


def _serve(window: MainWindow) -> None:
    """Answer the commands on standard input from inside the running event loop."""
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, window)
    transaction = ExitStack()

    def answer() -> None:
        line = sys.stdin.readline()
        words = line.split()
        if not words or words[0] == "quit":
            notifier.setEnabled(False)
            window.close()
            QApplication.quit()
            return
        project = window.project
        assert project is not None
        if words[0] in ("begin", "commit"):
            if words[0] == "begin":
                transaction.enter_context(project.writing())
            else:
                transaction.close()
            print({"begin": "begun", "commit": "committed"}[words[0]], flush=True)
            return
        assert words[0] == "code"
        source, code, coder, start, end = (int(word) for word in words[1:6])
        changes = add_segment(project, source_id=source, code_id=code, coder_id=coder,
                              start=start, end=end, memo="workbench")
        print(f"ack {changes.created}", flush=True)

    notifier.activated.connect(answer)
    print("ready", flush=True)


def _wait_for_window() -> None:
    window = _main_window()
    if window is None:
        QTimer.singleShot(20, _wait_for_window)
        return
    _serve(window)


def main(arguments: list[str]) -> int:
    path = arguments[0]
    if "--read-only" in arguments:
        application = QApplication.instance() or QApplication(["telaah"])
        window = MainWindow(Project.open(path, read_only=True), "Reader", translator_for("en"),
                            language="en")
        window.show()
        _serve(window)
        return application.exec()
    QApplication.instance() or QApplication(["telaah"])
    QTimer.singleShot(0, _wait_for_window)
    return run_gui(path, coder="Workbench", language="en")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

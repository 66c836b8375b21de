"""GUI fixtures: real widgets on the offscreen platform over a real demo project file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.core.project import Project
from app.ui.shell.main_window import MainWindow

HERE = Path(__file__).resolve().parent
# The offscreen platform plugin warns whenever a top-level window gets size constraints
# (every QMainWindow with a layout); it says nothing about our code.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"
# Qt Multimedia (recordings) on a machine without sound hardware, PulseAudio, PipeWire or
# video acceleration says so; it plays to a null output all the same.
MULTIMEDIA_NOISE = (r"No audio device detected", r"PulseAudioService",
                    r"Couldn't (load|resolve) (va|pipewire)")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, *MULTIMEDIA_NOISE))


def identity(text: str) -> str:
    return text


def show_active(qtbot: QtBot, window: MainWindow) -> None:
    """Show the window and make it active, so window-wide shortcuts fire."""
    window.resize(1400, 900)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()


@pytest.fixture
def window(qtbot: QtBot, demo_path: Path) -> Iterator[MainWindow]:
    """The main window on a copy of the demo project, coding as 'Tester'."""
    main_window = MainWindow(Project.open(demo_path), "Tester", identity)
    qtbot.addWidget(main_window)
    show_active(qtbot, main_window)
    yield main_window
    main_window.close()


def keep_shot(widget: QWidget, name: str) -> None:
    """Grab ``widget`` as it would be seen; kept as ``name`` in $TELAAH_TEST_SHOTS when that
    is set (to look at after a run), never written anywhere else."""
    image = widget.grab()
    assert not image.isNull() and image.width() > 0 and image.height() > 0
    folder = os.environ.get("TELAAH_TEST_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(folder) / name))

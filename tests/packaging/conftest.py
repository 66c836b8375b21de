"""Helpers for the installation tests: run an installed Telaah as a user would.

These tests build the wheel (``python -m build``) and the PyInstaller bundle. They need
the ``build`` and ``pyinstaller`` packages, which the test extras leave out (a build takes
a minute or two); without them the tests are skipped, unless ``TELAAH_REQUIRE_PACKAGING=1``
(set by .ci/run), when their absence fails.
"""

from __future__ import annotations

import importlib.util
import os
import struct
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent
SCREENSHOT_SIZE = (1400, 900)


def require_module(name: str) -> None:
    """Skip without ``name``, or fail when the packaging tests are required."""
    if importlib.util.find_spec(name) is not None:
        return
    message = f"the packaging tests need '{name}' (pip install build pyinstaller)"
    if os.environ.get("TELAAH_REQUIRE_PACKAGING") == "1":
        pytest.fail(message)
    pytest.skip(message)


def user_environment(home: Path, path: Sequence[Path | str]) -> dict[str, str]:
    """A fresh user's environment: own home and settings, offscreen Qt, only ``path``.

    Nothing of the developer's environment leaks in (no PYTHONPATH, no TELAAH_DATA_DIR,
    no virtual environment)."""
    home.mkdir(parents=True, exist_ok=True)
    return {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "PATH": os.pathsep.join(str(entry) for entry in path),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }


def run(command: Sequence[str | Path], *, env: dict[str, str], cwd: Path,
        timeout: float = 300) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(part) for part in command], env=env, cwd=cwd,
                            capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, (
        f"{' '.join(map(str, command))} failed ({result.returncode}):\n"
        f"{result.stdout}\n{result.stderr}")
    assert "Traceback" not in result.stderr, result.stderr
    return result


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height
